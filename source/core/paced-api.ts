// An api whose named operations each wait their turn on a pacer of their own (pacer.ts): the
// service rates each stage operation on its own (5 a second), so a batch's CreateStage attempts
// (retries included) and the ListStages and GetStage that look for a lost answer's stage, or
// prune's listing, checks and deletes, never meet a throttling answer. One wrapper for every
// caller: each says, for every method of the api it hands in, whether it waits.
import {Pacer, type PaceClock} from './pacer.js';

/** For each method of the api: 'paced' waits its turn, 'as is' goes straight through (a cheap call, or one not rated). */
export type Pacing<Api> = {readonly [Name in keyof Api]-?: 'paced' | 'as is'};

export type PaceOptions = {
	/** Time between request starts of one operation; default 200 ms (5 TPS). */
	intervalMs?: number | undefined;
	clock?: PaceClock | undefined;
};

export function pacedApi<Api extends object>(api: Api, pacing: Pacing<Api>, {intervalMs, clock}: PaceOptions = {}): Api {
	const paced: Record<string, unknown> = {};
	for (const [name, how] of Object.entries<'paced' | 'as is'>(pacing)) {
		const method: unknown = (api as Record<string, unknown>)[name];
		if (typeof method !== 'function') {
			// An optional method this api lacks (stageAdopted): left out, as it was.
			continue;
		}

		const call = (method as (...args: unknown[]) => unknown).bind(api);
		if (how === 'as is') {
			paced[name] = call;
			continue;
		}

		const pacer = new Pacer(intervalMs, clock);
		paced[name] = async (...args: unknown[]) => {
			await pacer.turn();
			return call(...args);
		};
	}

	return paced as Api;
}
