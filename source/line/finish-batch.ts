// Once a batch has ended with stages made (all, or some before a failure or Ctrl+C): what follows
// creation, as in the Ink wizard (the stage session's afterCreation: the draft goes, the preset is
// marked used, --save-preset saves with the count), then the final report lists every stage made;
// the failure, if any, is its to print.
import type {BatchOutcome} from '../core/create-batch.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import type {Session} from './session.js';

export async function finishBatch(session: Session, outcome: BatchOutcome): Promise<WizardOutcome> {
	const state = session.state();
	const {stageSession} = session;
	if (outcome.results.length > 0) {
		await stageSession.afterCreation({state, ownsDraft: true});
	}

	const failure = outcome.failure ? {n: outcome.failure.n, code: outcome.failure.code, message: outcome.failure.message} : undefined;
	return {
		kind: 'batch',
		results: outcome.results,
		total: state.count,
		connection: state.connection,
		notices: stageSession.notices(),
		...(failure ? {failure} : {}),
		...(outcome.interrupted ? {interrupted: true} : {}),
	};
}
