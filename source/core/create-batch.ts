// N stages from one request: `--count N`, the wizard's "How many stages", `run --count`. Each stage
// goes through createOneStage (never a duplicate when an answer is lost), one after the other, its
// name's placeholders expanded with {n} = 1…N; every request waits its turn inside the service's
// rate (paced-api.ts). The first failure stops the batch, and so does the signal, after the stage
// in flight: what was made is always handed back, in the order of n. Never throws.
import type {IvsApi} from '../ivs/ivs-api.js';
import {expandRequestPlaceholders} from '../stage/name-placeholders.js';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import {createOneStage, type Adoption, type CreationProgress, type OneStage} from './create-one-stage.js';
import {listAllStages} from './list-all-stages.js';
import {pacedApi, type Pacing} from './paced-api.js';
import type {PaceClock} from './pacer.js';

export type BatchFailure = Extract<OneStage, {ok: false}> & {
	/** The stage that failed: 1…N. */
	n: number;
};

export type BatchOutcome = {
	/** Every stage made, in the order of n (results[i] is stage i + 1). */
	results: CreateStageResponse[];
	/** What stopped the batch before N, if anything did but the signal. */
	failure?: BatchFailure;
	/** The signal stopped it (after the stage in flight). */
	interrupted?: boolean;
	/** Stages whose lost answer was resolved by finding the stage (adopted), by n. */
	adopted?: Array<Adoption & {n: number}>;
};

export type BatchEvent =
	/** Stage n's request is about to wait for its turn and go out. */
	| {type: 'starting'; n: number; name: string | undefined}
	/** A step of stage n's creation (createOneStage's progress). */
	| {type: 'progress'; n: number; progress: CreationProgress}
	/** Stage n exists. */
	| {type: 'created'; n: number; response: CreateStageResponse; adopted?: Adoption};

export type BatchApi = Pick<IvsApi, 'createStage' | 'listStages' | 'getStage' | 'createParticipantToken' | 'maxAttempts' | 'stageAdopted'>;

/** CreateStage, and the ListStages and GetStage that look for a lost answer's stage; tokens (50 a second) are made only when one is adopted. */
const batchPacing: Pacing<BatchApi> = {createStage: 'paced', listStages: 'paced', getStage: 'paced', createParticipantToken: 'as is', maxAttempts: 'as is', stageAdopted: 'as is'};

export type BatchOptions = {
	/** Epoch milliseconds: the moment {date} and {time} name (one moment for the whole batch). */
	now: () => number;
	/** For {user}; the system's user by default. */
	user?: string;
	onProgress?: (event: BatchEvent) => void;
	/** Stops the batch after the stage in flight. */
	signal?: AbortSignal;
	/**
	 * The stages there are (ARNs), listed just now (the quota check): the batch lists once itself
	 * otherwise, so a lost answer can tell the stage it made from the ones before.
	 */
	stagesBefore?: ReadonlySet<string>;
	/** Time between request starts; default 200 ms (5 TPS). */
	intervalMs?: number;
	/** The pacing clock and the retry waits; tests may drive them. */
	clock?: PaceClock;
};

/** The name of stage n: the request's with its placeholders expanded. */
export function batchRequest(request: CreateStageRequest, n: number, context: {now: Date; user?: string}): CreateStageRequest {
	return expandRequestPlaceholders(request, {now: context.now, n, ...(context.user === undefined ? {} : {user: context.user})});
}

export async function createBatch(api: BatchApi, request: CreateStageRequest, count: number, options: BatchOptions): Promise<BatchOutcome> {
	const emit = options.onProgress ?? (() => undefined);
	const paced = pacedApi(api, batchPacing, {intervalMs: options.intervalMs, clock: options.clock});
	const moment = {now: new Date(options.now()), ...(options.user === undefined ? {} : {user: options.user})};
	const results: CreateStageResponse[] = [];
	const adopted: Array<Adoption & {n: number}> = [];
	const outcome = (extra: Partial<BatchOutcome> = {}): BatchOutcome => ({results, ...(adopted.length > 0 ? {adopted} : {}), ...extra});

	let known: Set<string> | undefined = options.stagesBefore ? new Set(options.stagesBefore) : undefined;
	if (!known && !options.signal?.aborted) {
		emit({type: 'progress', n: 1, progress: {type: 'listing'}});
		// Without a listing each stage lists for itself (createOneStage), which costs a request each.
		known = await listAllStages(paced)
			.then(stages => new Set(stages.flatMap(stage => (stage.arn ? [stage.arn] : []))))
			.catch(() => undefined);
	}

	for (let n = 1; n <= count; n++) {
		if (options.signal?.aborted) {
			return outcome({interrupted: true});
		}

		const stageRequest = batchRequest(request, n, moment);
		emit({type: 'starting', n, name: stageRequest.name});
		// One stage after the other, inside the rate.
		const one = await createOneStage(paced, stageRequest, {
			...(known ? {before: {arns: known, fresh: true}} : {}),
			onProgress(progress) {
				emit({type: 'progress', n, progress});
			},
			...(options.clock ? {wait: options.clock.wait} : {}),
		});
		if (!one.ok) {
			return outcome({failure: {...one, n}});
		}

		results.push(one.response);
		const arn = one.response.stage?.arn;
		if (known && arn) {
			// The next stage's "before": this one is not a stage its lost answer could have made.
			known = new Set(known).add(arn);
		}

		if (one.adopted) {
			adopted.push({...one.adopted, n});
		}

		emit({type: 'created', n, response: one.response, ...(one.adopted ? {adopted: one.adopted} : {})});
	}

	return outcome();
}
