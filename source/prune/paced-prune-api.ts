// The calls prune makes, each operation on a pacer of its own (../core/pacer.ts): the service
// rates each stage operation at 5 a second on its own (constraints.md), so listing, checking and
// deleting 100 stages never meets a throttling answer, and never leans on the SDK's retries.
import {Pacer, type PaceClock} from '../core/pacer.js';
import type {IvsApi} from '../ivs/ivs-api.js';

export type PruneApi = Pick<IvsApi, 'listStages' | 'getStage' | 'listStageSessions' | 'listParticipants' | 'deleteStage'>;

export function pacedPruneApi(api: PruneApi, intervalMs?: number, clock?: PaceClock): PruneApi {
	const pacer = () => new Pacer(intervalMs, clock);
	const list = pacer();
	const get = pacer();
	const sessions = pacer();
	const participants = pacer();
	const remove = pacer();
	return {
		async listStages(query, options) {
			await list.turn();
			return api.listStages(query, options);
		},
		async getStage(arn, options) {
			await get.turn();
			return api.getStage(arn, options);
		},
		async listStageSessions(query, options) {
			await sessions.turn();
			return api.listStageSessions(query, options);
		},
		async listParticipants(query, options) {
			await participants.turn();
			return api.listParticipants(query, options);
		},
		async deleteStage(arn, options) {
			await remove.turn();
			return api.deleteStage(arn, options);
		},
	};
}
