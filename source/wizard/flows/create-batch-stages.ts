// A batch from either front end (the Ink wizard's progress screen, line mode's lines): the quota
// checked first, then the batch, over one connection (../../core/create-batch-in-quota.ts, as the
// drop-in and run make theirs). Returns what happened as a value, never throws: a refusal is a
// failure at stage 1 that made nothing, shown on the review screen like any other.
import type {BatchEvent, BatchFailure, BatchOutcome} from '../../core/create-batch.js';
import {createBatchInQuota, type QuotaRefusal} from '../../core/create-batch-in-quota.js';
import {describeError} from '../../core/describe-error.js';
import {withIvs, type Services} from '../../ivs/services.js';
import type {CreateStageRequest} from '../../stage/request.js';
import type {Connection} from '../wizard-state.js';

export type BatchToCreate = {request: CreateStageRequest; connection: Connection; count: number};

export type BatchContext = {
	services: Pick<Services, 'connect'>;
	now: () => number;
	/** Stops the batch after the stage in flight. */
	signal?: AbortSignal;
	onEvent?: (event: BatchEvent) => void;
};

export async function createBatchStages({request, connection, count}: BatchToCreate, context: BatchContext): Promise<BatchOutcome> {
	const outcome = await withIvs(context.services, connection, async api =>
		createBatchInQuota(api, request, count, {
			quotaCheck: true,
			now: context.now,
			...(context.signal ? {signal: context.signal} : {}),
			...(context.onEvent ? {onProgress: context.onEvent} : {}),
		}),
	);
	return 'refused' in outcome ? {results: [], failure: refusalFailure(outcome.refused)} : outcome;
}

function refusalFailure(refused: QuotaRefusal): BatchFailure {
	if (refused.kind === 'listing failed') {
		return {ok: false, n: 1, ...describeError(refused.error, 'ListStages'), error: refused.error};
	}

	// The wizard always checks the quota (it takes no --no-quota-check): that advice is left out.
	return {ok: false, n: 1, code: 'Not enough room in the stage quota', message: refused.problem.replace(', or give --no-quota-check to create until the quota stops it', '')};
}
