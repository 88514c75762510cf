// What the review's Enter starts: one stage or a batch through the run's stage session
// (wizard/stage-session.ts). The wizard's state only follows it, through the reducer: each attempt
// and each stage made as it happens, then the outcome. Once stages exist, what follows creation
// runs; with --output (or after Ctrl+C stopped a batch) the wizard ends there, so the formatted
// output can follow it. Plain functions called from the key's handler, not hooks: no effect
// watches the state to start work.
import type {Dispatch} from 'react';
import type {StageSession} from '../wizard/stage-session.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import type {WizardAction, WizardState} from '../wizard/wizard-state.js';
import type {DraftKeeper} from './hooks/use-draft-autosave.js';

export type CreationRun = {
	session: StageSession;
	dispatch: Dispatch<WizardAction>;
	now: () => number;
	draft: DraftKeeper;
	/** --output was given: the wizard ends at creation and the formatted output follows it. */
	explicitOutput: boolean;
	/**
	 * Aborted once the wizard has ended (Ctrl+C while CreateStage was out): no attempt starts after
	 * it, and what follows creation is not run (the draft the last lines name stays).
	 */
	ended: AbortSignal;
	/** Ctrl+C's stop for a batch: the stage in flight is finished, no other is started. */
	batchStop: AbortSignal;
	onExit: (outcome: WizardOutcome) => void;
	/** Ctrl+C stopped a batch before it made anything: the run ends as any interrupted one does. */
	onStoppedEmpty: () => void;
};

/** The outcome of a batch that has ended, as the final report takes it. */
export function batchOutcome(state: WizardState, notices: string[]): Extract<WizardOutcome, {kind: 'batch'}> | undefined {
	const {creation} = state;
	if (creation.status !== 'batch' || !creation.ended) {
		return undefined;
	}

	return {
		kind: 'batch',
		results: creation.results,
		total: creation.total,
		connection: state.connection,
		notices,
		...(creation.ended.failure ? {failure: creation.ended.failure} : {}),
		...(creation.ended.interrupted ? {interrupted: true} : {}),
	};
}

/** Creates what the review shows, with the request, connection and count as they are now (fixed while it runs). */
export async function startCreation(run: CreationRun, state: WizardState): Promise<void> {
	await (state.count > 1 ? createBatch(run, state) : createOne(run, state));
}

async function createOne(run: CreationRun, state: WizardState): Promise<void> {
	const {session, dispatch} = run;
	dispatch({type: 'creationStarted'});
	const creation = await session.create({request: state.request, connection: state.connection, stagesBefore: state.stagesBefore}, {
		signal: run.ended,
		onProgress(progress) {
			dispatch({type: 'creationProgressed', progress});
		},
	});
	if (run.ended.aborted) {
		return;
	}

	if (!creation.ok) {
		// Back to the review, where the failure shows with every input kept.
		dispatch({type: 'creationFailed', code: creation.code, message: creation.message, stagesBefore: creation.stagesBefore});
		return;
	}

	dispatch({type: 'creationSucceeded', response: creation.response, ...(creation.adoption ? {adoption: creation.adoption} : {})});
	await session.afterCreation({state, ownsDraft: run.draft.owns()});
	if (run.explicitOutput) {
		run.onExit({kind: 'created', response: creation.response, connection: state.connection, notices: session.notices()});
	}
}

async function createBatch(run: CreationRun, state: WizardState): Promise<void> {
	const {session, dispatch} = run;
	dispatch({type: 'batchStarted', total: state.count, startedAt: run.now()});
	const outcome = await session.createBatch(
		{request: state.request, connection: state.connection, count: state.count},
		{
			signal: AbortSignal.any([run.batchStop, run.ended]),
			onEvent(event) {
				// The progress bar reads the stages made from the state.
				if (event.type === 'created') {
					dispatch({type: 'batchStageCreated', response: event.response});
				}
			},
		},
	);
	const failure = outcome.failure ? {n: outcome.failure.n, code: outcome.failure.code, message: outcome.failure.message} : undefined;
	dispatch({type: 'batchEnded', failure, interrupted: outcome.interrupted});
	if (run.ended.aborted) {
		return;
	}

	if (outcome.results.length === 0) {
		if (outcome.interrupted) {
			run.onStoppedEmpty();
		}

		return;
	}

	await session.afterCreation({state, ownsDraft: run.draft.owns()});
	if (run.explicitOutput || outcome.interrupted) {
		run.onExit({
			kind: 'batch',
			results: outcome.results,
			total: state.count,
			connection: state.connection,
			notices: session.notices(),
			...(failure ? {failure} : {}),
			...(outcome.interrupted ? {interrupted: true} : {}),
		});
	}
}
