// Every stage of the region: all pages of ListStages, one after the other and paced, so a long
// list stays inside the service's rate (5 requests a second for stage operations) however many
// pages it takes. Plain async code over the IvsApi port, for every front end and command.
import {setTimeout as delay} from 'node:timers/promises';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../ivs/ivs-api.js';

/** Between two requests of one listing: 4 a second, inside the service's 5. */
export const requestSpacingMs = 250;

/**
 * A region holds at most a few thousand stages (the quota is 1,000 by default); 100 pages of 100
 * is far beyond that, and bounds a listing whose pages never end (a service that keeps answering
 * with a nextToken).
 */
export const maxStagePages = 100;

export type Pacing = {
	signal?: AbortSignal;
	wait?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
	/**
	 * The caller's own pace (a Pacer's turn, shared with its other calls): awaited before every
	 * request, in place of this listing's spacing between pages.
	 */
	turn?: () => Promise<void>;
};

/** Stages a page (ListStages' maxResults, 1–100): the most the service gives, so the fewest requests. */
const defaultPageSize = 100;

/** A listing that would not end: cut off rather than read for ever, and never taken for the whole list. */
export class ListingTooLongError extends Error {
	constructor() {
		super(`ListStages still had more after ${maxStagePages} pages; stopped reading (is its nextToken going round in circles?)`);
		this.name = 'ListingTooLongError';
	}
}

export function pacedWait(pacing: Pacing): (ms: number) => Promise<unknown> {
	const wait = pacing.wait ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, signal ? {signal} : {}));
	return async ms => wait(ms, pacing.signal);
}

export async function listAllStages(api: Pick<IvsApi, 'listStages'>, pacing: Pacing & {pageSize?: number} = {}): Promise<StageSummary[]> {
	const wait = pacedWait(pacing);
	const stages: StageSummary[] = [];
	const seenTokens = new Set<string>();
	let nextToken: string | undefined;
	for (let page = 0; page < maxStagePages; page++) {
		// each page needs the last one's token, and the rate is shared with every other call
		if (pacing.turn) {
			await pacing.turn();
		} else if (page > 0) {
			await wait(requestSpacingMs);
		}

		const response = await api.listStages({maxResults: pacing.pageSize ?? defaultPageSize, ...(nextToken ? {nextToken} : {})}, pacing.signal ? {signal: pacing.signal} : {});
		stages.push(...response.stages);
		nextToken = response.nextToken || undefined;
		if (!nextToken) {
			return stages;
		}

		// A token seen before would go round for ever.
		if (seenTokens.has(nextToken)) {
			break;
		}

		seenTokens.add(nextToken);
	}

	// A partial list read as the whole would call a stage missing that is there.
	throw new ListingTooLongError();
}
