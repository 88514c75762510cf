// Creating the stage in line mode (the stage session's create, as in the Ink wizard): one line
// when it starts, one per retry, one when an answer was lost and the flow looks for the stage, one
// when it adopts the stage it found; the failure's code and message are ask-review's to print.
import process from 'node:process';
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {CreationProgress} from '../wizard/flows/create-stage.js';
import type {SessionCreation, StageSession} from '../wizard/stage-session.js';
import type {WizardState} from '../wizard/wizard-state.js';
import type {Printer} from './printer.js';

/** The line for each step of the flow worth a line; undefined for the others. */
export function progressLine(progress: CreationProgress): string | undefined {
	switch (progress.type) {
		case 'attempt': {
			// The first attempt is announced before it starts; only retries are news.
			return progress.attempt > 1 ? `  retrying: attempt ${progress.attempt} (the last one failed on throttling, a server error or the network, and made no stage)…` : undefined;
		}

		case 'listingFailed': {
			return `  could not list the stages first (${safe(progress.reason)}): if the answer is lost, a second stage cannot be ruled out`;
		}

		case 'checking': {
			return `  attempt ${progress.attempt} may have reached the service (${safe(progress.reason)}): looking for the stage before trying again…`;
		}

		case 'adopting': {
			return `  found it: the service had created ${safe(progress.arn)}; adopting it and creating its participant tokens…`;
		}

		case 'listing': {
			return undefined;
		}
	}
}

/**
 * No prompt is open while the request is out, so Ctrl+C arrives as SIGINT and the entry exits 130.
 * Before it does, one line says what is known: the request may have reached the service, and where
 * the draft is.
 */
export async function createStageWithLines(stageSession: StageSession, state: WizardState, out: Printer, draftPath: string): Promise<SessionCreation> {
	const onInterrupt = () => {
		out.line();
		out.warning(`Interrupted while creating: the stage may exist already (aws ivs-realtime list-stages). Your draft is kept in ${draftPath}.`);
	};

	process.once('SIGINT', onInterrupt);
	out.line('Creating the stage…');
	try {
		return await stageSession.create({request: state.request, connection: state.connection, stagesBefore: state.stagesBefore}, {
			onProgress(progress) {
				const line = progressLine(progress);
				if (line) {
					out.line(line);
				}
			},
		});
	} finally {
		process.off('SIGINT', onInterrupt);
	}
}
