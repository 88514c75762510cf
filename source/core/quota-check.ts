// Before a batch: does it fit in the region's stage quota? One ListStages (every page) says how
// many stages there are; a batch that cannot fit is refused before anything is created (exit 252),
// rather than stopping part-way at the quota. The listing is handed on to the batch, so a lost
// answer can tell its stage from the ones already there.
import {UsageError} from '../basics/errors.js';
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

export function assertRoomFor(count: number, room: QuotaRoom, region: string | undefined, quota = stageQuota): void {
	const problem = quotaProblem(count, room, region, quota);
	if (problem) {
		throw new UsageError(problem);
	}
}
