// Sends CreateStage and says so in plain lines: one when it starts, one per retry the SDK makes
// (seen through the client's onAttempt), and the service's code and message when it fails.
import process from 'node:process';
import type {WizardServices} from '../ivs/wizard-services.js';
import {expandRequestPlaceholders} from '../presets/placeholders.js';
import type {CreateStageResponse} from '../stage/request.js';
import {describeError} from '../wizard/describe-error.js';
import type {WizardState} from '../wizard/wizard-state.js';
import type {Printer} from './printer.js';

export type Creation = {ok: true; response: CreateStageResponse} | {ok: false; code: string; message: string};

export function attemptLine(attempt: number): string | undefined {
	// The first attempt is announced before it starts; only retries are news.
	return attempt > 1 ? `  retrying: attempt ${attempt} (the SDK retries throttling and server errors)…` : undefined;
}

/**
 * No prompt is open while the request is out, so Ctrl+C arrives as SIGINT and the entry exits 130.
 * Before it does, one line says what is known: the request may have reached the service, and where
 * the draft is.
 */
export async function createStage(state: WizardState, services: WizardServices, now: () => number, out: Printer, draftPath: string): Promise<Creation> {
	// A name from a preset may still hold {date}; it is expanded at the moment of creation.
	const request = expandRequestPlaceholders(state.request, {now: new Date(now())});
	const onInterrupt = () => {
		out.line();
		out.warning(`Interrupted while creating: the stage may exist already (aws ivs-realtime list-stages). Your draft is kept in ${draftPath}.`);
	};

	process.once('SIGINT', onInterrupt);
	out.line('Creating the stage…');
	try {
		const response = await services.createStage(request, state.connection, ({attempt}) => {
			const line = attemptLine(attempt);
			if (line) {
				out.line(line);
			}
		});
		return {ok: true, response};
	} catch (error) {
		return {ok: false, ...describeError(error, 'CreateStage')};
	} finally {
		process.off('SIGINT', onInterrupt);
	}
}
