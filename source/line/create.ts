// Creating the stage in line mode (the flow is wizard/flows/create-stage.ts): one line when it
// starts, one per retry the SDK makes, and the service's code and message when it fails.
import process from 'node:process';
import type {Services} from '../ivs/services.js';
import {createStage, type Creation} from '../wizard/flows/create-stage.js';
import type {WizardState} from '../wizard/wizard-state.js';
import type {Printer} from './printer.js';

export type {Creation} from '../wizard/flows/create-stage.js';

export function attemptLine(attempt: number): string | undefined {
	// The first attempt is announced before it starts; only retries are news.
	return attempt > 1 ? `  retrying: attempt ${attempt} (the SDK retries throttling and server errors)…` : undefined;
}

/**
 * No prompt is open while the request is out, so Ctrl+C arrives as SIGINT and the entry exits 130.
 * Before it does, one line says what is known: the request may have reached the service, and where
 * the draft is.
 */
export async function createStageWithLines(state: WizardState, services: Services, now: () => number, out: Printer, draftPath: string): Promise<Creation> {
	const onInterrupt = () => {
		out.line();
		out.warning(`Interrupted while creating: the stage may exist already (aws ivs-realtime list-stages). Your draft is kept in ${draftPath}.`);
	};

	process.once('SIGINT', onInterrupt);
	out.line('Creating the stage…');
	try {
		return await createStage(state, {
			services,
			now,
			onAttempt(attempt) {
				const line = attemptLine(attempt);
				if (line) {
					out.line(line);
				}
			},
		});
	} finally {
		process.off('SIGINT', onInterrupt);
	}
}
