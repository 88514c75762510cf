// The record of the stages this tool created lately: its place, its shape, and a read that never
// fails. Read on every Tab (completion), so it loads nothing but node:fs and the regular-file
// check; the writer is record-stages.ts.
import path from 'node:path';
import {readRegularFileSync} from '../basics/read-regular-file.js';

export const recentStagesFileName = 'recent-stages.json';
export const recentStagesFormat = 'ivs-stage-wizard/recent-stages';
/** How many stages the record keeps, newest first. */
export const maxRecentStages = 50;
/** 50 entries of at most 128-character ARNs and names take under 20 KB; anything larger is not ours. */
export const recentStagesReadLimit = 64 * 1024;

export type RecentStage = {arn: string; name: string; region: string; createdAt: string};

// The API model's StageArn and StageName patterns (both at most 128 characters).
const stageArn = /^arn:aws:ivs:([a-z0-9-]+):\d+:stage\/[a-zA-Z0-9-]+$/;
const stageName = /^[\w-]{0,128}$/;
const region = /^[a-z0-9-]{1,32}$/;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function recentStagesPath(configDir: string): string {
	return path.join(configDir, recentStagesFileName);
}

/** The region an ARN names, or undefined when it is no stage ARN. */
export function stageArnRegion(arn: unknown): string | undefined {
	return typeof arn === 'string' && arn.length <= 128 ? stageArn.exec(arn)?.[1] : undefined;
}

/** An entry rebuilt from what passes the checks (so no other key survives), or undefined. */
export function checkedEntry(value: unknown): RecentStage | undefined {
	if (value === null || typeof value !== 'object') {
		return undefined;
	}

	const {arn, name, region: where, createdAt} = value as Record<string, unknown>;
	const fits = stageArnRegion(arn) !== undefined
		&& typeof name === 'string' && stageName.test(name)
		&& typeof where === 'string' && region.test(where)
		&& typeof createdAt === 'string' && isoTime.test(createdAt) && !Number.isNaN(Date.parse(createdAt));
	return fits ? {arn: arn as string, name, region: where, createdAt} : undefined;
}

/** The entries of a record's text that pass the checks, each ARN once, at most 50; [] for anything else. */
export function parseRecentStages(text: string): RecentStage[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}

	const stages = (data as {format?: unknown; stages?: unknown} | null)?.format === recentStagesFormat ? (data as {stages: unknown}).stages : undefined;
	if (!Array.isArray(stages)) {
		return [];
	}

	const seen = new Set<string>();
	const entries: RecentStage[] = [];
	for (const value of stages.slice(0, maxRecentStages)) {
		const entry = checkedEntry(value);
		if (entry && !seen.has(entry.arn)) {
			seen.add(entry.arn);
			entries.push(entry);
		}
	}

	return entries;
}

export function serializeRecentStages(stages: readonly RecentStage[]): string {
	return `${JSON.stringify({format: recentStagesFormat, version: 1, stages}, undefined, '\t')}\n`;
}

/** The record at `filePath`; [] when it is missing, not a regular file, too large or not a record. */
export function readRecentStages(filePath: string): RecentStage[] {
	try {
		return parseRecentStages(readRegularFileSync(filePath, recentStagesReadLimit).toString('utf8'));
	} catch {
		return [];
	}
}
