// Every stage of the region: all pages of ListStages, one after the other and spaced, so a long
// list stays inside the service's rate (5 requests a second for stage operations) however many
// pages it takes. Plain async code over the IvsApi port, for every front end.
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

export type Pacing = {signal?: AbortSignal; wait?: (ms: number, signal?: AbortSignal) => Promise<unknown>};

/** Stages a page (ListStages' maxResults, 1–100): the most the service gives, so the fewest requests. */
const defaultPageSize = 100;

export function pacedWait(pacing: Pacing): (ms: number) => Promise<unknown> {
	const wait = pacing.wait ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, signal ? {signal} : {}));
	return async ms => wait(ms, pacing.signal);
}

export async function listAllStages(api: Pick<IvsApi, 'listStages'>, pacing: Pacing & {pageSize?: number} = {}): Promise<StageSummary[]> {
	const wait = pacedWait(pacing);
	const stages: StageSummary[] = [];
	let nextToken: string | undefined;
	for (let page = 0; page < maxStagePages; page++) {
		if (page > 0) {
			// each page needs the last one's token, and the rate is shared with every other call
			await wait(requestSpacingMs);
		}

		const response = await api.listStages({maxResults: pacing.pageSize ?? defaultPageSize, ...(nextToken ? {nextToken} : {})}, pacing.signal ? {signal: pacing.signal} : {});
		stages.push(...response.stages);
		nextToken = response.nextToken || undefined;
		if (!nextToken) {
			break;
		}
	}

	return stages;
}
