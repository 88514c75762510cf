// A batch in line mode (the stage session's createBatch, as in the Ink wizard): a line as it
// starts, a line per stage made (n/N, its name and ARN), and Ctrl+C stops it after the stage in
// flight.
import process from 'node:process';
import type {BatchOutcome} from '../core/create-batch.js';
import {progressFigures, formatDuration} from '../core/progress.js';
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {StageSession} from '../wizard/stage-session.js';
import type {WizardAction, WizardState} from '../wizard/wizard-state.js';
import type {Printer} from './printer.js';

export async function createBatchWithLines(
	stageSession: StageSession,
	state: WizardState,
	now: () => number,
	out: Printer,
	dispatch: (action: WizardAction) => void,
): Promise<BatchOutcome> {
	const stop = new AbortController();
	const onInterrupt = () => {
		stop.abort();
		dispatch({type: 'batchStopRequested'});
		out.line();
		out.warning('Stopping after the stage in flight: every stage made so far is kept and listed.');
	};

	process.once('SIGINT', onInterrupt);
	const total = state.count;
	out.line(`Creating ${total} stages, at most 5 a second (about ${formatDuration(((total - 1) * 1000) / 5)})…`);
	const startedAt = performance.now();
	dispatch({type: 'batchStarted', total, startedAt: now()});
	try {
		const outcome = await stageSession.createBatch({request: state.request, connection: state.connection, count: total}, {
			signal: stop.signal,
			onEvent(event) {
				if (event.type !== 'created') {
					return;
				}

				dispatch({type: 'batchStageCreated', response: event.response});
				const figures = progressFigures(event.n, total, performance.now() - startedAt);
				const left = figures.leftMs === undefined || event.n === total ? '' : `, ${formatDuration(figures.leftMs)} left`;
				out.line(`  ${event.n}/${total} ${safe(event.response.stage?.name || '(no name)')}  ${safe(event.response.stage?.arn ?? '')}${left}`);
			},
		});
		const failure = outcome.failure ? {n: outcome.failure.n, code: outcome.failure.code, message: outcome.failure.message} : undefined;
		dispatch({type: 'batchEnded', failure, interrupted: outcome.interrupted});
		return outcome;
	} finally {
		process.off('SIGINT', onInterrupt);
	}
}
