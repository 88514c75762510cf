// A batch as every front end makes one (the wizard and line mode, the drop-in's --count, `run
// --count`): the quota checked first with one ListStages (every page), then createBatch
// (create-batch.ts), handed that listing as the stages there were so it does not list again. A
// batch the quota cannot hold is refused before anything is created, rather than stopped part-way
// at the quota; --no-quota-check skips the check and creates until the quota stops it. Never
// throws: a refusal is a value, which each front end words its own way (the review screen's
// failure, or the AWS CLI's error line and exit code).
import type {IvsApi} from '../ivs/ivs-api.js';
import type {CreateStageRequest} from '../stage/request.js';
import {createBatch, type BatchApi, type BatchOptions, type BatchOutcome} from './create-batch.js';
import {quotaProblem, stageRoom} from './quota-check.js';

export type QuotaRefusal =
	/** The batch cannot fit: `problem` is the line that says so. */
	| {kind: 'no room'; problem: string}
	/** The check's ListStages failed. */
	| {kind: 'listing failed'; error: unknown};

/** The batch's outcome, or why it was refused before anything was created. */
export type CheckedBatch = BatchOutcome | {refused: QuotaRefusal};

export type CheckedBatchOptions = Omit<BatchOptions, 'stagesBefore'> & {
	/** False with --no-quota-check. */
	quotaCheck: boolean;
};

export async function createBatchInQuota(api: BatchApi & Pick<IvsApi, 'region'>, request: CreateStageRequest, count: number, options: CheckedBatchOptions): Promise<CheckedBatch> {
	const {quotaCheck, ...batchOptions} = options;
	if (!quotaCheck) {
		return createBatch(api, request, count, batchOptions);
	}

	let room;
	try {
		room = await stageRoom(api);
	} catch (error) {
		return {refused: {kind: 'listing failed', error}};
	}

	const problem = quotaProblem(count, room, await api.region().catch(() => undefined));
	if (problem) {
		return {refused: {kind: 'no room', problem}};
	}

	return createBatch(api, request, count, {...batchOptions, stagesBefore: room.stages});
}
