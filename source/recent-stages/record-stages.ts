// The one function that writes the record of recent stages (README.md): the services port calls
// it after each CreateStage and DeleteStage, whichever front end made the call. It never throws:
// a stage that was made must never be reported as failed because a convenience file could not be
// written.
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {replaceFile} from '../basics/new-file.js';
import {checkedEntry, maxRecentStages, readRecentStages, serializeRecentStages, stageArnRegion, type RecentStage} from './recent-stages-file.js';

export type StageChange = {
	/** Stages just created (CreateStage's answer's `stage`). */
	created?: ReadonlyArray<{arn?: string | undefined; name?: string | undefined}>;
	/** ARNs of stages just deleted, or found gone. */
	deleted?: readonly string[];
	now?: Date;
};

// Writes in one process take turns, so a batch's stages never overwrite each other's entries.
let turn: Promise<void> = Promise.resolve();

/** Adds the created stages (newest first, 50 kept) and drops the deleted ones; resolves when written or given up. */
export async function updateRecentStages(filePath: string | undefined, change: StageChange): Promise<void> {
	if (!filePath) {
		return;
	}

	const update = turn.then(async () => write(filePath, change)).catch(() => undefined);
	turn = update;
	await update;
}

async function write(filePath: string, {created = [], deleted = [], now = new Date()}: StageChange): Promise<void> {
	const made = created.flatMap(stage => {
		const entry = checkedEntry({arn: stage.arn, name: stage.name ?? '', region: stageArnRegion(stage.arn), createdAt: now.toISOString()});
		return entry ? [entry] : [];
	}).reverse();
	const gone = new Set([...deleted, ...made.map(entry => entry.arn)]);
	const before = readRecentStages(filePath);
	const kept = before.filter(entry => !gone.has(entry.arn));
	if (made.length === 0 && kept.length === before.length) {
		// Nothing to add and nothing of ours deleted: the file stays as it is.
		return;
	}

	const stages: RecentStage[] = [...made, ...kept].slice(0, maxRecentStages);
	await mkdir(path.dirname(filePath), {recursive: true, mode: 0o700});
	await replaceFile(filePath, serializeRecentStages(stages), 0o600);
}
