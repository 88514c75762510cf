// Runs a batch (wizard/flows/create-batch-stages.ts) once the review screen starts one: each stage
// made goes to the reducer as it arrives (the progress bar reads it there), Ctrl+C's stop request
// aborts after the stage in flight, and once it has ended with stages made the after-creation flow
// runs (draft cleared, preset marked used, --save-preset with the count). With --output the
// wizard ends there, so the {"results"} output can follow it.
import {useEffect, useRef, type Dispatch} from 'react';
import type {Services} from '../../ivs/services.js';
import type {PresetStore} from '../../presets/store.js';
import {afterCreation} from '../../wizard/flows/after-creation.js';
import {createBatchStages} from '../../wizard/flows/create-batch-stages.js';
import {adoptionNotice} from '../../wizard/flows/create-stage.js';
import type {WizardOutcome} from '../../wizard/outcome.js';
import type {WizardAction, WizardState} from '../../wizard/wizard-state.js';
import type {DraftKeeper} from './use-draft-autosave.js';

export type CreateBatchOptions = {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	services: Services;
	now: () => number;
	store: PresetStore;
	draft: DraftKeeper;
	savePreset?: string | undefined;
	presetName?: string | undefined;
	explicitOutput: boolean;
	notices: string[];
	onExit: (outcome: WizardOutcome) => void;
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

export function useCreateBatch(options: CreateBatchOptions): void {
	const {state, dispatch} = options;
	const batch = state.creation.status === 'batch' ? state.creation : undefined;
	const running = batch !== undefined && !batch.ended;
	const stop = useRef<AbortController | undefined>(undefined);
	// The latest options, for the effects below that run once per batch (useLatest's, inline: the
	// hooks linter knows a useRef is stable).
	const latest = useRef(options);
	latest.current = options;

	useEffect(() => {
		if (!running || stop.current) {
			return;
		}

		const controller = new AbortController();
		stop.current = controller;
		// A batch starts once; its request, connection and count are fixed while it runs.
		const {services, now, state: starting} = latest.current;
		void createBatchStages({request: starting.request, connection: starting.connection, count: starting.count}, {
			services,
			now,
			signal: controller.signal,
			onEvent(event) {
				if (event.type === 'created') {
					dispatch({type: 'batchStageCreated', response: event.response});
				}
			},
		}).then(async outcome => {
			const failure = outcome.failure ? {n: outcome.failure.n, code: outcome.failure.code, message: outcome.failure.message} : undefined;
			dispatch({type: 'batchEnded', failure, interrupted: outcome.interrupted});
			stop.current = undefined;
			if (outcome.results.length === 0) {
				return;
			}

			const {store, draft, savePreset, presetName, notices} = latest.current;
			notices.push(...(outcome.adopted ?? []).map(adopted => `Stage ${adopted.n}: ${adoptionNotice(adopted)}`));
			notices.push(...(await afterCreation({state: latest.current.state, store, ownsDraft: draft.owns(), savePreset, presetName})));
		});
	}, [running, dispatch]);

	// Ctrl+C while it runs: stop after the stage in flight.
	useEffect(() => {
		if (batch?.stopping) {
			stop.current?.abort();
		}
	}, [batch?.stopping]);

	// With --output, or when Ctrl+C stopped it, the wizard ends as soon as the batch has.
	const ended = batch?.ended !== undefined && batch.results.length > 0;
	useEffect(() => {
		const {state: current, notices, explicitOutput, onExit} = latest.current;
		const outcome = batchOutcome(current, notices);
		if (ended && outcome && (explicitOutput || outcome.interrupted)) {
			onExit(outcome);
		}
	}, [ended]);
}
