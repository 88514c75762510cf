// The stage's work for one wizard run, as one object both front ends share: the Ink wizard calls
// it from the review's Enter and shows what it reports, line mode calls it from the review's answer
// and prints it. It creates one stage (never a duplicate: flows/create-stage.ts) or a batch
// (flows/create-batch-stages.ts, the quota checked first), runs what follows (flows/after-creation.ts), and keeps the run's
// notices, the lines for the very end, in the order they arose. Every call returns a promise that
// never rejects and reports progress through the callbacks it is given; an AbortSignal stops the
// work where stopping cannot lose a stage. No React, Ink or prompts: it is tested on its own.
import {adoptionNotice} from '../core/adopt-stage.js';
import type {BatchEvent, BatchOutcome} from '../core/create-batch.js';
import type {Services} from '../ivs/services.js';
import {afterCreation, type AfterCreationInput} from './flows/after-creation.js';
import {createBatchStages, type BatchToCreate} from './flows/create-batch-stages.js';
import {createStage, type CreateStageContext, type Creation, type CreationProgress, type StageToCreate} from './flows/create-stage.js';

export type StageSessionOptions = {
	now: () => number;
	/** Where the draft is cleared, the preset marked used and --save-preset saved. */
	store: AfterCreationInput['store'];
	/** --save-preset's name. */
	savePreset?: string | undefined;
	/** --preset: the preset the command line's request came from. */
	presetName?: string | undefined;
	/** For tests: the waits between attempts. */
	wait?: CreateStageContext['wait'];
};

export type CreateCallbacks = {
	/** Each step: the listing, an attempt, a look for a lost answer's stage, an adoption. */
	onProgress?: (progress: CreationProgress) => void;
	/**
	 * Stops it before the next attempt goes out (the outcome is then `interrupted`). An attempt out
	 * is seen through, and so is the look for the stage a lost answer may have made: a stage made is
	 * always in the outcome.
	 */
	signal?: AbortSignal;
};

export type BatchCallbacks = {
	/** Each stage as it starts and as it is made, and each step of its creation. */
	onEvent?: (event: BatchEvent) => void;
	/** Stops the batch after the stage in flight; the outcome lists every stage made. */
	signal?: AbortSignal;
};

/** One stage's outcome; `adoption` is the line that says it was adopted after its answer was lost. */
export type SessionCreation = (Extract<Creation, {ok: true}> & {adoption?: string}) | Extract<Creation, {ok: false}>;

/** What the stages were made from, for what follows them (the draft, the preset, --save-preset). */
export type MadeFrom = {
	state: AfterCreationInput['state'];
	/** The stored draft is this run's (resumed, or saved by it); another run's is left alone. */
	ownsDraft: boolean;
};

export type StageSession = {
	create: (stage: StageToCreate, callbacks?: CreateCallbacks) => Promise<SessionCreation>;
	createBatch: (batch: BatchToCreate, callbacks?: BatchCallbacks) => Promise<BatchOutcome>;
	/** Once stages exist: the notices it found are added to the run's, and resolved with. */
	afterCreation: (made: MadeFrom) => Promise<string[]>;
	/** A line for the very end (a draft that could not be saved…). */
	notice: (message: string) => void;
	/** The run's notices so far, in order (a copy: the outcome keeps what was said by then). */
	notices: () => string[];
};

export function createStageSession(services: Pick<Services, 'connect'>, options: StageSessionOptions): StageSession {
	const notices: string[] = [];
	const {now} = options;
	return {
		async create(stage, callbacks = {}) {
			const creation = await createStage(stage, {
				services,
				now,
				...(callbacks.onProgress ? {onProgress: callbacks.onProgress} : {}),
				...(callbacks.signal ? {signal: callbacks.signal} : {}),
				...(options.wait ? {wait: options.wait} : {}),
			});
			if (!creation.ok || !creation.adopted) {
				return creation;
			}

			// Said when it happens, and again at the very end, where it stays on the terminal.
			const adoption = adoptionNotice(creation.adopted);
			notices.push(adoption);
			return {...creation, adoption};
		},

		async createBatch(batch, callbacks = {}) {
			const outcome = await createBatchStages(batch, {
				services,
				now,
				...(callbacks.signal ? {signal: callbacks.signal} : {}),
				...(callbacks.onEvent ? {onEvent: callbacks.onEvent} : {}),
			});
			notices.push(...(outcome.adopted ?? []).map(adopted => `Stage ${adopted.n}: ${adoptionNotice(adopted)}`));
			return outcome;
		},

		async afterCreation({state, ownsDraft}) {
			const found = await afterCreation({state, store: options.store, ownsDraft, savePreset: options.savePreset, presetName: options.presetName});
			notices.push(...found);
			return found;
		},

		notice(message) {
			notices.push(message);
		},

		notices: () => [...notices],
	};
}
