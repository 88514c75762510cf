// An IvsApi whose stage operations wait their turn (pacer.ts): every attempt of CreateStage a batch
// makes, its retries included, and the ListStages and GetStage calls that look for a stage whose
// answer was lost. The service rates each operation on its own, so each has its own pacer.
import type {IvsApi} from '../ivs/ivs-api.js';
import {Pacer, type PaceClock} from './pacer.js';

export type PacedApi = Pick<IvsApi, 'createStage' | 'listStages' | 'getStage' | 'createParticipantToken' | 'maxAttempts' | 'stageAdopted'>;

export function pacedApi(api: PacedApi, intervalMs: number, clock?: PaceClock): PacedApi {
	const create = new Pacer(intervalMs, clock);
	const list = new Pacer(intervalMs, clock);
	const get = new Pacer(intervalMs, clock);
	return {
		async createStage(request, options) {
			await create.turn();
			return api.createStage(request, options);
		},
		async listStages(query, options) {
			await list.turn();
			return api.listStages(query, options);
		},
		async getStage(arn, options) {
			await get.turn();
			return api.getStage(arn, options);
		},
		// 50 a second, and made only when a lost answer's stage is adopted: no pacing needed.
		createParticipantToken: async (request, options) => api.createParticipantToken(request, options),
		maxAttempts: async () => api.maxAttempts(),
		...(api.stageAdopted ? {stageAdopted: api.stageAdopted.bind(api)} : {}),
	};
}
