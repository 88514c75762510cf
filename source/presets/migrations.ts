// Versioned migrations of the config file, from the first release on. Each step takes the whole
// file of one version to the next as plain data, so a step can be tested on a fixture and a file
// several versions old walks through every step. A step must not throw on odd input: whatever it
// cannot make sense of it passes through, and the current schema then refuses the result, which
// moves the file aside instead of losing it.
import {isPlainObject} from '../stage/validate.js';
import {currentConfigVersion} from './schema.js';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** `migrations[n]` turns a version-n file into a version-(n+1) file. */
export const migrations: Record<number, Migration> = {
	1: migrateV1ToV2,
	2: markOnly,
	3: markOnly,
};

export type MigrationResult =
	| {kind: 'current'; data: Record<string, unknown>}
	| {kind: 'migrated'; data: Record<string, unknown>; from: number}
	| {kind: 'newer'; version: number}
	| {kind: 'unknown'; reason: string};

export function migrateToCurrent(data: Record<string, unknown>): MigrationResult {
	const {version} = data;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {kind: 'unknown', reason: `its version field is ${JSON.stringify(version) ?? 'missing'}`};
	}

	if (version > currentConfigVersion) {
		return {kind: 'newer', version};
	}

	let migrated = data;
	// Every version below the current one has its step: migrations.test.ts walks them all from version 1.
	for (let step = version; step < currentConfigVersion; step++) {
		migrated = {...migrations[step]!(migrated), version: step + 1};
	}

	return version === currentConfigVersion ? {kind: 'current', data} : {kind: 'migrated', data: migrated, from: version};
}

/*
Version 1, the first release, kept presets as a list, with the request under `stage`, the client
settings beside it, times as epoch milliseconds, and any text as a name:

	{"version": 1,
	 "presets": [{"name": "Weekly show", "description": "…", "stage": {…CreateStage request…},
	              "region": "us-east-1", "profile": "video", "output": "table",
	              "created": 1767225600000, "updated": 1767225600000}],
	 "draft": {"stage": {…}, "step": "participants", "region": "…", "profile": "…",
	           "endpointUrl": "…", "saved": 1767225600000}}

Version 2 keys presets by a command-line-safe name (so two processes can merge by key), puts the
request under `request` and the settings under `defaults`, and writes ISO 8601 times.
*/
function migrateV1ToV2(data: Record<string, unknown>): Record<string, unknown> {
	const presets: Record<string, unknown> = {};
	const list = Array.isArray(data.presets) ? data.presets : [];
	for (const entry of list) {
		if (!isPlainObject(entry)) {
			// Passed through under a name the schema refuses, so the file is moved aside, not trimmed.
			presets[`invalid entry ${Object.keys(presets).length + 1}`] = entry;
			continue;
		}

		const name = uniqueName(safeName(entry.name), presets);
		const defaults = pickStrings(entry, ['region', 'profile', 'output']);
		presets[name] = {
			...(typeof entry.description === 'string' && entry.description !== '' ? {description: entry.description} : {}),
			request: entry.stage ?? {},
			...(Object.keys(defaults).length > 0 ? {defaults} : {}),
			createdAt: isoTime(entry.created),
			updatedAt: isoTime(entry.updated ?? entry.created),
		};
	}

	const result: Record<string, unknown> = {presets};
	if (isPlainObject(data.draft)) {
		const {draft} = data;
		const settings = pickStrings(draft, ['region', 'profile', 'endpointUrl']);
		result.draft = {
			request: draft.stage ?? {},
			...(typeof draft.step === 'string' ? {step: draft.step} : {}),
			...(Object.keys(settings).length > 0 ? {settings} : {}),
			savedAt: isoTime(draft.saved),
		};
	}

	return result;
}

/** "Weekly show" → "Weekly-show": version 1 took any text; now a name is typed on command lines. */
function safeName(name: unknown): string {
	const text = typeof name === 'string' ? name : '';
	const safe = text
		.trim()
		.replaceAll(/[^\w.-]+/g, '-')
		.replace(/^[^A-Za-z\d]+/, '')
		.slice(0, 64)
		.replace(/-+$/, '');
	return safe === '' ? 'preset' : safe;
}

/** Version 1 allowed two presets with one name; both are kept, the later one as `name-2`. */
function uniqueName(name: string, taken: Record<string, unknown>): string {
	if (!(name in taken)) {
		return name;
	}

	for (let suffix = 2; ; suffix++) {
		const candidate = `${name.slice(0, 60)}-${suffix}`;
		if (!(candidate in taken)) {
			return candidate;
		}
	}
}

function isoTime(value: unknown): unknown {
	if (typeof value === 'number' && Number.isFinite(value)) {
		return new Date(value).toISOString();
	}

	// Anything else is passed through for the schema to judge.
	return value ?? new Date(0).toISOString();
}

function pickStrings(source: Record<string, unknown>, keys: string[]): Record<string, string> {
	const picked: Record<string, string> = {};
	for (const key of keys) {
		const value = source[key];
		if (typeof value === 'string' && value !== '') {
			picked[key] = value;
		}
	}

	return picked;
}

/*
Versions 3 and 4 only add optional fields: 3 a preset's `lastUsedAt` (when a stage was last created
from it, so the start screen lists the most recently used first), 4 a `count` on a preset and on
the draft (a batch, `--count`). An older file has none, and none is made up (a preset never used
sorts by when it was saved; one with no count makes one stage); the step only marks the file with
the new version, so a release that does not know the field, whose schema would refuse it, leaves
the file alone as newer instead of moving it aside.
*/
function markOnly(data: Record<string, unknown>): Record<string, unknown> {
	return data;
}
