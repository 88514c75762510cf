// Versioned migrations of the config file (why they are not conf's: README.md). Each step takes the
// whole file of one version to the next as plain data, so a step can be tested on a fixture and a
// file several versions old walks through every step. A step must not throw on odd input: whatever
// it cannot make sense of it passes through, and the current schema then refuses the result, which
// moves the file aside instead of losing it.
import {isPlainObject} from '../stage/validate.js';
import {currentConfigVersion} from './schema.js';
import {pickStrings} from './pick-strings.js';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

// Versions 3 and 4 only add optional fields (a preset's `lastUsedAt`, then a `count`), and none is
// made up; marking the file with the new version still matters: a release that does not know the
// field, whose schema would refuse it, then leaves the file alone as newer instead of moving it aside.
const markOnly: Migration = data => data;

/** `migrations[n]` turns a version-n file into a version-(n+1) file. */
const migrations: Record<number, Migration> = {1: migrateV1ToV2, 2: markOnly, 3: markOnly};

type MigrationResult =
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

// Version 1 (test/fixtures/presets/config-v1.json) kept presets as a list, the request under
// `stage`, the settings beside it, epoch-millisecond times, and any text as a name. Version 2 keys
// presets by a command-line-safe name (so two processes can merge by key), with `request`,
// `defaults` and ISO 8601 times.
function migrateV1ToV2(data: Record<string, unknown>): Record<string, unknown> {
	const presets: Record<string, unknown> = {};
	for (const entry of Array.isArray(data.presets) ? data.presets : []) {
		if (!isPlainObject(entry)) {
			// Passed through under a name the schema refuses, so the file is moved aside, not trimmed.
			presets[`invalid entry ${Object.keys(presets).length + 1}`] = entry;
			continue;
		}

		const defaults = pickStrings(entry, ['region', 'profile', 'output']);
		presets[newName(entry.name, presets)] = {
			...(typeof entry.description === 'string' && entry.description !== '' ? {description: entry.description} : {}),
			request: entry.stage ?? {},
			...(defaults ? {defaults} : {}),
			createdAt: isoTime(entry.created),
			updatedAt: isoTime(entry.updated ?? entry.created),
		};
	}

	const {draft} = data;
	if (!isPlainObject(draft)) {
		return {presets};
	}

	const settings = pickStrings(draft, ['region', 'profile', 'endpointUrl']);
	return {
		presets,
		draft: {
			request: draft.stage ?? {},
			...(typeof draft.step === 'string' ? {step: draft.step} : {}),
			...(settings ? {settings} : {}),
			savedAt: isoTime(draft.saved),
		},
	};
}

/**
 * "Weekly show" → "Weekly-show": version 1 took any text; now a name is typed on command lines.
 * Version 1 also allowed two presets with one name; both are kept, the later one as `name-2`.
 */
function newName(name: unknown, taken: Record<string, unknown>): string {
	const safe = (typeof name === 'string' ? name : '').trim().replaceAll(/[^\w.-]+/g, '-').replace(/^[^A-Za-z\d]+/, '').slice(0, 64).replace(/-+$/, '') || 'preset';
	let unique = safe;
	for (let suffix = 2; unique in taken; suffix++) {
		unique = `${safe.slice(0, 60)}-${suffix}`;
	}

	return unique;
}

/** Anything but epoch milliseconds a Date can hold (toISOString throws past ±8.64e15) is passed through for the schema to judge. */
function isoTime(value: unknown): unknown {
	const time = typeof value === 'number' ? new Date(value) : undefined;
	return time && !Number.isNaN(time.getTime()) ? time.toISOString() : (value ?? new Date(0).toISOString());
}
