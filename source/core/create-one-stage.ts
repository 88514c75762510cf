// Create one stage and never leave a duplicate. CreateStage has no idempotency token: when its
// answer is lost after the service read the request (a connection closed or reset, a timeout, a
// 5xx), the stage may exist, and the SDK's retry would make a second one. So here:
//
//   1. the stages there are already are noted (one ListStages, every page), unless the caller
//      hands in a listing it just took (a batch's quota check);
//   2. CreateStage goes out with the SDK's retries off, and this loop retries instead, as often as
//      the SDK would (its maxAttempts) and with its backoff;
//   3. after a failure that may have reached the service, it lists again before retrying: one new
//      stage with the request's name and tags is adopted (adopt-stage.ts); several are reported
//      with their ARNs, never guessed between; none means the attempt made nothing, so it retries.
//
// A refusal that proves nothing was made (a 4xx other than throttling) ends it at once. Returns
// what happened as a value, never throws. One stage per call: a batch calls it once per stage.
import {setTimeout as delay} from 'node:timers/promises';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import {failureKind, retryable, type FailureKind} from '../ivs/creation-failure.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import {describeError, errorLine, type DescribedError} from './describe-error.js';
import {adoptStage} from './adopt-stage.js';
import {listAllStages} from './list-all-stages.js';
import {newMatches, stageMatches} from './stage-listing.js';

/** The stages there were before the first try at this stage (their ARNs). */
export type StagesBefore = {
	arns: ReadonlySet<string>;
	/**
	 * Listed just now (a batch's quota check, with the stages it made since added): sent at once.
	 * Otherwise (an earlier try whose outcome was not known) the flow lists first, and adopts the
	 * stage that earlier try made, if there is one, instead of sending.
	 */
	fresh: boolean;
};

export type CreationProgress =
	/** Noting the stages already there, before sending. */
	| {type: 'listing'}
	/** That listing failed: a lost answer can then be checked only if no such stage exists at all. */
	| {type: 'listingFailed'; reason: string}
	/** HTTP attempt `attempt` of CreateStage is going out. */
	| {type: 'attempt'; attempt: number}
	/** Attempt `attempt` failed in a way that may have reached the service: looking for the stage. */
	| {type: 'checking'; attempt: number; reason: string}
	/** The stage was found: its details and tokens are being fetched and made. */
	| {type: 'adopting'; arn: string};

export type Adoption = {arn: string; tokens: number; problems: string[]};

export type OneStage =
	| {ok: true; response: CreateStageResponse; adopted?: Adoption}
	| ({
			ok: false;
			/** Set when the stage may exist: hand it back as `before` (fresh: false) to try again without a duplicate. */
			stagesBefore?: string[];
			/** What the last attempt threw (absent when the failure is this flow's own finding): the AWS CLI's words and exit code come from it. */
			error?: unknown;
			/** The signal stopped it before an attempt went out: no attempt it stopped had made a stage. */
			interrupted?: true;
	  } & DescribedError);

export type OneStageOptions = {
	before?: StagesBefore;
	onProgress?: (progress: CreationProgress) => void;
	/** Waits between attempts (tests and batches may pace them); default: a timer. */
	wait?: (ms: number) => Promise<void>;
	random?: () => number;
	/**
	 * Stops it before the next attempt goes out. Never in the middle of one, nor before looking for
	 * the stage a lost answer may have made: what was sent is seen through, so a stage made is named.
	 */
	signal?: AbortSignal;
};

/**
 * The SDK's retry delays (@smithy/core/retry: Retry.delay(), Retry.throttlingDelay(),
 * MAXIMUM_RETRY_DELAY; a test keeps them equal), so a retry here waits as the SDK's would.
 */
export const retryDelays = {baseMs: 50, throttledBaseMs: 1000, maxMs: 20_000} as const;

/** The SDK's backoff (its DefaultRetryBackoffStrategy): full jitter under a base doubled at each retry, capped. */
export function backoffMs(failedAttempt: number, kind: FailureKind, random: () => number = Math.random): number {
	const base = kind === 'throttled' ? retryDelays.throttledBaseMs : retryDelays.baseMs;
	return Math.floor(random() * Math.min(base * 2 ** (failedAttempt - 1), retryDelays.maxMs));
}

/**
 * Before looking for a stage whose answer was lost, at least this long: a service that read the
 * request may still be making the stage when the connection breaks.
 */
export const lookAgainAfterMs = 1000;

type Api = Pick<IvsApi, 'createStage' | 'listStages' | 'getStage' | 'createParticipantToken' | 'maxAttempts' | 'stageAdopted'>;

type Look = {kind: 'none'} | {kind: 'one'; stage: StageSummary} | {kind: 'several'; arns: string[]} | {kind: 'unknown'; arns: string[]} | {kind: 'failed'; reason: string};

/** Which stages an attempt may have made: new ones when `before` is known, any matching one otherwise. */
async function lookForStage(api: Api, request: CreateStageRequest, before: ReadonlySet<string> | undefined): Promise<Look> {
	let stages;
	try {
		stages = await listAllStages(api);
	} catch (error) {
		return {kind: 'failed', reason: errorLine(error, 'ListStages')};
	}

	if (!before) {
		// Without the earlier listing a matching stage may be this attempt's or older: only none is sure.
		const matching = stages.filter(stage => stageMatches(stage, request)).map(stage => stage.arn!);
		return matching.length === 0 ? {kind: 'none'} : {kind: 'unknown', arns: matching};
	}

	const found = newMatches(stages, request, before);
	if (found.length === 0) {
		return {kind: 'none'};
	}

	return found.length === 1 ? {kind: 'one', stage: found[0]!} : {kind: 'several', arns: found.map(stage => stage.arn!)};
}

export async function createOneStage(api: Api, request: CreateStageRequest, options: OneStageOptions = {}): Promise<OneStage> {
	const onProgress = options.onProgress ?? (() => undefined);
	const wait = options.wait ?? (async (ms: number) => delay(ms));
	const random = options.random ?? Math.random;
	const given = options.before;
	let before = given?.arns;

	const adopt = async (stage: StageSummary): Promise<OneStage> => {
		const arn = stage.arn!;
		onProgress({type: 'adopting', arn});
		const adopted = await adoptStage(api, stage, request);
		await api.stageAdopted?.(adopted.response);
		return {ok: true, response: adopted.response, adopted: {arn, tokens: adopted.response.participantTokens?.length ?? 0, problems: adopted.problems}};
	};

	if (!given?.fresh) {
		onProgress({type: 'listing'});
		const stages = await listAllStages(api).catch((error: unknown) => {
			onProgress({type: 'listingFailed', reason: errorLine(error, 'ListStages')});
			return undefined;
		});
		if (stages && given) {
			// An earlier try whose outcome was not known may have made the stage since.
			const made = newMatches(stages, request, given.arns);
			if (made.length === 1) {
				return adopt(made[0]!);
			}

			if (made.length > 1) {
				return several(request, made.map(stage => stage.arn!), [...given.arns]);
			}
		}

		if (stages) {
			before = new Set(stages.flatMap(stage => (stage.arn ? [stage.arn] : [])));
		}
	}

	// An earlier try's stage not looked for (the listing failed): any failure hands its stages back.
	const unresolved = given && !given.fresh && before === given.arns ? [...given.arns] : undefined;

	const maxAttempts = Math.max(1, await api.maxAttempts().catch(() => 3));
	for (let attempt = 1; ; attempt++) {
		if (options.signal?.aborted) {
			return {ok: false, interrupted: true, code: 'Interrupted', message: `Stopped before attempt ${attempt} of CreateStage went out.`, ...(unresolved ? {stagesBefore: unresolved} : {})};
		}

		let failure: unknown;
		try {
			// one attempt after the other
			const response = await api.createStage(request, {
				singleAttempt: true,
				onAttempt() {
					onProgress({type: 'attempt', attempt});
				},
			});
			return {ok: true, response};
		} catch (error) {
			failure = error;
		}

		const kind = failureKind(failure);
		const last = attempt >= maxAttempts;
		if (kind !== 'unknown') {
			if (!retryable(kind) || last) {
				return {ok: false, ...describeError(failure, 'CreateStage'), error: failure, ...(unresolved ? {stagesBefore: unresolved} : {})};
			}

			await wait(backoffMs(attempt, kind, random));
			continue;
		}

		await wait(Math.max(lookAgainAfterMs, backoffMs(attempt, kind, random)));
		const reason = errorLine(failure, 'CreateStage');
		onProgress({type: 'checking', attempt, reason});
		const look = await lookForStage(api, request, before);
		switch (look.kind) {
			case 'one': {
				return adopt(look.stage);
			}

			case 'several': {
				return several(request, look.arns, [...(before ?? [])]);
			}

			case 'unknown':
			case 'failed': {
				return mayExist(failure, look, before);
			}

			case 'none': {
				if (last) {
					return {ok: false, ...describeError(failure, 'CreateStage'), error: failure, ...(unresolved ? {stagesBefore: unresolved} : {})};
				}
			}
		}
	}
}

function several(request: CreateStageRequest, arns: string[], before: string[]): OneStage {
	const tags = Object.keys(request.tags ?? {}).length > 0 ? ' with these tags' : '';
	return {
		ok: false,
		code: 'Several matching stages',
		// The ARNs early: they are what the user acts on, and the review screen shows a few lines.
		message: `${arns.length} stages named "${request.name ?? ''}"${tags} appeared after CreateStage's answer was lost: ${arns.join(', ')}. Not guessing which one is this one: look at them (aws ivs-realtime get-stage --arn …) and delete the ones you do not want.`,
		stagesBefore: before,
	};
}

function mayExist(failure: unknown, look: Extract<Look, {kind: 'unknown' | 'failed'}>, before: ReadonlySet<string> | undefined): OneStage {
	const described = describeError(failure, 'CreateStage');
	const why =
		look.kind === 'failed'
			? `looking for it failed (${look.reason})`
			: `stages with its name and tags exist (${look.arns.join(', ')}), and as the stages could not be listed before sending, which is new cannot be told`;
	return {
		ok: false,
		code: described.code,
		message: `${described.message} The stage may have been created: ${why}. Check with aws ivs-realtime list-stages before creating it again.`,
		error: failure,
		...(before ? {stagesBefore: [...before]} : {}),
	};
}
