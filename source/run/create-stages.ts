// The create step of run (and of publish), through the core every front end calls: one stage with
// createOneStage (never a duplicate when an answer is lost), --count N with createBatchInQuota (the
// quota checked first, then each stage through createOneStage, paced inside the CreateStage rate).
// A failure becomes the AWS CLI's error line (../cli/creation-error.ts: exit 254 for the service's
// refusals), or the flow's fuller words when the stage may exist, since run cannot delete a stage
// it cannot name.
import {adoptionNotice} from '../core/adopt-stage.js';
import {createBatchInQuota} from '../core/create-batch-in-quota.js';
import type {Adoption} from '../core/create-one-stage.js';
import {createOneStage} from '../core/create-one-stage.js';
import {batchProgress} from '../cli/batch-progress.js';
import {creationError, refusalError} from '../cli/creation-error.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {safeText} from '../output/safe-text.js';
import type {CreateStageRequest} from '../stage/request.js';
import type {Created} from './run-around-stages.js';

export type CreateContext = {
	/** For the AWS CLI's connection error line, which names the endpoint. */
	endpoint: string | undefined;
	stderr: NodeJS.WritableStream;
	/** Aborted by a signal: a batch stops after the stage in flight (and what it made is deleted). */
	signal: AbortSignal;
};

export type BatchPlan = {
	count: number;
	/** False with --no-quota-check. */
	quotaCheck: boolean;
	now: () => Date;
};

export async function createStages(api: IvsApi, request: CreateStageRequest, batch: BatchPlan | undefined, context: CreateContext): Promise<Created> {
	if (!batch) {
		const result = await createOneStage(api, request);
		if (!result.ok) {
			return {responses: [], batch: false, failure: creationError(result, context.endpoint)};
		}

		tellAdoptions(result.adopted ? [result.adopted] : [], context);
		return {responses: [result.response], batch: false};
	}

	// A batch the quota cannot hold is refused (252) before anything is created, as create-stage does.
	const progress = batchProgress(context.stderr, batch.count);
	const outcome = await createBatchInQuota(api, request, batch.count, {
		quotaCheck: batch.quotaCheck,
		now: () => batch.now().getTime(),
		signal: context.signal,
		onProgress: progress.onEvent,
	});
	if ('refused' in outcome) {
		throw refusalError(outcome.refused, context.endpoint);
	}

	progress.end();
	tellAdoptions(outcome.adopted ?? [], context);
	const created: Created = {responses: outcome.results, batch: true};
	if (outcome.failure) {
		created.failure = creationError(outcome.failure, context.endpoint, [`The batch stopped at stage ${outcome.failure.n} of ${batch.count}; the command was not run.`]);
	}

	return created;
}

/** A stage whose lost answer was resolved by finding it: said on stderr (no token in the line). */
function tellAdoptions(adoptions: readonly Adoption[], context: CreateContext): void {
	for (const adoption of adoptions) {
		context.stderr.write(`${safeText(adoptionNotice(adoption))}\n`);
	}
}
