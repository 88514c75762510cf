// The stages there are, and which of them a CreateStage request would have made: what the creation
// flow compares before and after an attempt whose answer was lost. A stage made by that request
// has its name and its tags (CreateStage sets nothing else ListStages shows).
import {isDeepStrictEqual} from 'node:util';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {CallOptions, IvsApi} from '../ivs/ivs-api.js';
import type {CreateStageRequest} from '../stage/request.js';

/** The most a page holds (ListStages' maxResults: 1–100). */
const pageSize = 100;

/**
 * Pages read at most: 20,000 stages, two hundred times the default quota of 100 per region. An
 * endpoint that hands out tokens past that is not listing stages; the listing counts as failed.
 */
export const maxListPages = 200;

export class ListingTooLongError extends Error {
	constructor() {
		super(`ListStages still had more after ${maxListPages} pages of ${pageSize}; stopped reading`);
		this.name = 'ListingTooLongError';
	}
}

/** Every stage in the connection's account and region, page after page. */
export async function listAllStages(api: Pick<IvsApi, 'listStages'>, options: CallOptions = {}): Promise<StageSummary[]> {
	const stages: StageSummary[] = [];
	const seenTokens = new Set<string>();
	let nextToken: string | undefined;
	for (let page = 0; page < maxListPages; page++) {
		// each page needs the last one's token
		const answer = await api.listStages({maxResults: pageSize, ...(nextToken ? {nextToken} : {})}, options);
		stages.push(...answer.stages);
		nextToken = answer.nextToken || undefined;
		if (!nextToken) {
			return stages;
		}

		// A token seen before would loop for ever.
		if (seenTokens.has(nextToken)) {
			throw new ListingTooLongError();
		}

		seenTokens.add(nextToken);
	}

	throw new ListingTooLongError();
}

/** Whether `stage` is one `request` would have made: the same name ('' when none) and the same tags. */
export function stageMatches(stage: StageSummary, request: Pick<CreateStageRequest, 'name' | 'tags'>): boolean {
	return (stage.name ?? '') === (request.name ?? '') && isDeepStrictEqual({...stage.tags}, {...request.tags});
}

/** The stages that match `request` and are not among `before` (ARNs): those an earlier attempt may have made. */
export function newMatches(stages: readonly StageSummary[], request: Pick<CreateStageRequest, 'name' | 'tags'>, before: ReadonlySet<string>): StageSummary[] {
	return stages.filter(stage => stage.arn !== undefined && !before.has(stage.arn) && stageMatches(stage, request));
}
