// Before a batch: does it fit in the region's stage quota? One ListStages (every page) says how
// many stages there are; create-batch-in-quota.ts refuses a batch that cannot fit before anything
// is created, and hands the listing on to the batch, so a lost answer can tell its stage from the
// ones already there.
import type {IvsApi} from '../ivs/ivs-api.js';
import {stageQuota} from '../stage/service-quotas.js';
import {listAllStages} from './list-all-stages.js';

export type QuotaRoom = {
	/** The ARNs of the stages there are. */
	stages: ReadonlySet<string>;
	/** How many more the quota allows (never below 0). */
	room: number;
};

export async function stageRoom(api: Pick<IvsApi, 'listStages'>, quota = stageQuota): Promise<QuotaRoom> {
	const stages = await listAllStages(api);
	const arns = new Set(stages.flatMap(stage => (stage.arn ? [stage.arn] : [])));
	return {stages: arns, room: Math.max(0, quota - arns.size)};
}

/** The line that refuses a batch the quota cannot hold; undefined when it fits. */
export function quotaProblem(count: number, room: QuotaRoom, region: string | undefined, quota = stageQuota): string | undefined {
	if (count <= room.room) {
		return undefined;
	}

	const where = region ? ` in ${region}` : '';
	const existing = room.stages.size;
	return `--count ${count}: ${existing} of the quota of ${quota} stages${where} exist already, so there is room for ${room.room}; nothing was created. Delete stages, lower --count, or give --no-quota-check to create until the quota stops it`;
}
