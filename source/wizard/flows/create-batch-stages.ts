// A batch from either front end (the Ink wizard's progress screen, line mode's lines): the quota
// checked first with one ListStages, then createBatch (batch/create-batch.ts) over one connection.
// Returns what happened as a value, never throws: a quota the batch cannot fit is a failure at
// stage 1 that made nothing, shown on the review screen like any other.
import {createBatch, type BatchEvent, type BatchOutcome} from '../../core/create-batch.js';
import {quotaProblem, stageRoom} from '../../core/quota-check.js';
import {withIvs, type Services} from '../../ivs/services.js';
import type {CreateStageRequest} from '../../stage/request.js';
import {describeError} from '../../core/describe-error.js';
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
	return withIvs(context.services, connection, async api => {
		let stagesBefore: ReadonlySet<string> | undefined;
		try {
			const room = await stageRoom(api);
			const problem = quotaProblem(count, room, await api.region().catch(() => undefined));
			if (problem) {
				return {results: [], failure: {ok: false, n: 1, code: 'Not enough room in the stage quota', message: problem.replace(', or give --no-quota-check to create until the quota stops it', '')}};
			}

			stagesBefore = room.stages;
		} catch (error) {
			return {results: [], failure: {ok: false, n: 1, ...describeError(error, 'ListStages'), error}};
		}

		return createBatch(api, request, count, {
			now: context.now,
			stagesBefore,
			...(context.signal ? {signal: context.signal} : {}),
			...(context.onEvent ? {onProgress: context.onEvent} : {}),
		});
	});
}
