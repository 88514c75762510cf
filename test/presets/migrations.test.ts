import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {migrateToCurrent} from '../../source/presets/migrations.js';
import {currentConfigVersion} from '../../source/presets/schema.js';
import {openPresetStore} from '../../source/presets/store.js';
import {recentFirst} from '../../source/wizard/preset-lines.js';
import {fixedClock, fixturesDir, tempConfigDir} from './helpers.js';

const v1Text = fs.readFileSync(path.join(fixturesDir, 'config-v1.json'), 'utf8');

const expectedPresets = [
	{
		name: 'Weekly-show',
		description: 'Friday stream: a host and two guests',
		request: {
			name: 'show-{date}',
			participantTokenConfigurations: [
				{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 120},
				{userId: 'guest', capabilities: ['PUBLISH', 'SUBSCRIBE'], attributes: {role: 'guest'}},
			],
			tags: {team: 'video'},
		},
		defaults: {region: 'us-west-2', profile: 'video', output: 'table'},
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-08T00:00:00.000Z',
	},
	{
		name: 'class',
		request: {name: 'class-{user}', participantTokenConfigurations: [{userId: 'teacher', capabilities: ['PUBLISH', 'SUBSCRIBE']}]},
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
	},
	{
		name: 'class-2',
		description: 'A second preset with the same name, which version 1 allowed',
		request: {name: 'one-to-one'},
		createdAt: '2026-01-02T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
	},
];

test('a version-1 file is migrated to the current version step by step', t => {
	t.is(currentConfigVersion, 4);
	const result = migrateToCurrent(JSON.parse(v1Text) as Record<string, unknown>);
	t.is(result.kind, 'migrated');
	if (result.kind !== 'migrated') {
		return;
	}

	t.is(result.from, 1);
	t.is(result.data.version, 4);
	t.deepEqual(Object.keys(result.data.presets as object), ['Weekly-show', 'class', 'class-2']);
	t.deepEqual(result.data.draft, {
		request: {name: 'draft-stage', tags: {k: 'v'}},
		step: 'participants',
		settings: {region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:4566'},
		savedAt: '2026-01-03T00:00:00.000Z',
	});
});

test('opening a store on a version-1 file migrates it, keeps every preset, and rewrites the file privately', t => {
	const configDir = tempConfigDir(t);
	const file = path.join(configDir, 'config.json');
	fs.writeFileSync(file, v1Text, {mode: 0o644});

	const store = openPresetStore({configDir, now: fixedClock()});
	// Listed by name, case-insensitively, as people read lists.
	t.deepEqual(store.listPresets(), [expectedPresets[1], expectedPresets[2], expectedPresets[0]]);
	t.deepEqual(store.notices, []);

	// Migrated once, on disk, so the next run reads version 4 directly.
	const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as {version: number; presets: Record<string, unknown>};
	t.is(onDisk.version, 4);
	t.deepEqual(Object.keys(onDisk.presets), ['Weekly-show', 'class', 'class-2']);
	if (process.platform !== 'win32') {
		t.is(fs.statSync(file).mode & 0o777, 0o600);
	}

	// The migrated presets work like any other.
	store.savePreset({name: 'new', request: {}});
	t.deepEqual(openPresetStore({configDir}).listPresets().map(({name}) => name), ['class', 'class-2', 'new', 'Weekly-show']);
});

test('a write to a version-1 file migrates it first, so nothing of it is lost', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({configDir});
	// Written after the store was opened (an older release running alongside): savePreset takes the
	// lock and re-reads, and the version-1 presets must come along.
	fs.writeFileSync(path.join(configDir, 'config.json'), v1Text);
	store.savePreset({name: 'added', request: {}});
	t.is(store.listPresets().length, 4);
});

test('a file without a version, or one whose migration gives an invalid file, is not guessed at', t => {
	t.deepEqual(migrateToCurrent({presets: {}}), {kind: 'unknown', reason: 'its version field is missing'});
	t.deepEqual(migrateToCurrent({version: 0}), {kind: 'unknown', reason: 'its version field is 0'});
	t.deepEqual(migrateToCurrent({version: 9}), {kind: 'newer', version: 9});
	t.deepEqual(migrateToCurrent({version: 4, presets: {}}), {kind: 'current', data: {version: 4, presets: {}}});
});

const v2Text = fs.readFileSync(path.join(fixturesDir, 'config-v2.json'), 'utf8');

test('a version-2 file becomes version 3, then 4, as it is: no preset gets a made-up last use or count', t => {
	const v2 = JSON.parse(v2Text) as Record<string, unknown>;
	const result = migrateToCurrent(v2);
	t.deepEqual(result, {kind: 'migrated', from: 2, data: {...v2, version: 4}});
	t.deepEqual(migrateToCurrent({...v2, version: 3}), {kind: 'migrated', from: 3, data: {...v2, version: 4}});
});

test('opening a store on a version-2 file migrates it; presets never used sort by when they were saved', t => {
	const configDir = tempConfigDir(t);
	const file = path.join(configDir, 'config.json');
	fs.writeFileSync(file, v2Text);
	const store = openPresetStore({configDir, now: fixedClock('2026-12-01T09:00:00.000Z')});
	t.deepEqual(store.notices, []);
	t.deepEqual(store.listPresets().map(({name, lastUsedAt}) => ({name, lastUsedAt})), [
		{name: 'class', lastUsedAt: undefined},
		{name: 'weekly', lastUsedAt: undefined},
	]);
	t.is((JSON.parse(fs.readFileSync(file, 'utf8')) as {version: number}).version, 4);
	t.deepEqual(recentFirst(store.listPresets()).map(({name}) => name), ['weekly', 'class']);
	store.markPresetUsed('class');
	t.deepEqual(recentFirst(store.listPresets()).map(({name}) => name), ['class', 'weekly']);
	t.is(store.getPreset('class')!.lastUsedAt, '2026-12-01T09:00:00.000Z');
});

test('a version-1 time past what a date can hold is moved aside with the file, not a crash', t => {
	const configDir = tempConfigDir(t);
	fs.writeFileSync(path.join(configDir, 'config.json'), JSON.stringify({version: 1, presets: [{name: 'far', stage: {}, created: 1e20}]}));
	const store = openPresetStore({configDir, now: fixedClock()});
	t.deepEqual(store.listPresets(), []);
	t.is(store.notices.length, 1);
	t.regex(store.notices[0]!, /^The config file .*config\.json failed the schema: \/presets\/far\/createdAt: must be string.*; moved it aside to .*config\.json\.corrupt-/);
});
