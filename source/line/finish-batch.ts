// Once a batch has ended with stages made (all, or some before a failure or Ctrl+C): the shared
// after-creation flow (the draft goes, the preset is marked used, --save-preset saves with the
// count), then the final report lists every stage made; the failure, if any, is its to print.
import type {BatchOutcome} from '../batch/create-batch.js';
import {afterCreation} from '../wizard/flows/after-creation.js';
import {adoptionNotice} from '../wizard/flows/create-stage.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import type {Session} from './session.js';

export async function finishBatch(session: Session, outcome: BatchOutcome): Promise<WizardOutcome> {
	const state = session.state();
	const {notices, store, globals} = session;
	if (outcome.results.length > 0) {
		notices.push(...(await afterCreation({state, store, ownsDraft: true, savePreset: globals.savePreset, presetName: globals.preset})));
	}

	for (const adopted of outcome.adopted ?? []) {
		notices.push(`Stage ${adopted.n}: ${adoptionNotice(adopted)}`);
	}

	const failure = outcome.failure ? {n: outcome.failure.n, code: outcome.failure.code, message: outcome.failure.message} : undefined;
	return {
		kind: 'batch',
		results: outcome.results,
		total: state.count,
		connection: state.connection,
		notices,
		...(failure ? {failure} : {}),
		...(outcome.interrupted ? {interrupted: true} : {}),
	};
}
