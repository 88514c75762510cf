import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {presetExportText} from '../../source/presets/export-format.js';
import {openPresetStore} from '../../source/presets/store.js';
import {PresetExistsError, PresetNotFoundError} from '../../source/presets/preset-name.js';
import {UsageError} from '../../source/basics/errors.js';
import {fixedClock, tempConfigDir} from './helpers.js';

const weekly = {
	name: 'weekly',
	description: 'Friday stream',
	request: {
		name: 'show-{date}',
		participantTokenConfigurations: [{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'] as Array<'PUBLISH' | 'SUBSCRIBE'>}],
		tags: {team: 'video'},
	},
	defaults: {region: 'us-west-2', output: 'table'},
};

test('a saved preset is listed, read back whole, and survives a new store on the same folder', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({configDir, now: fixedClock()});
	const saved = store.savePreset(weekly);
	t.deepEqual(saved, {...weekly, createdAt: '2026-11-28T11:00:00.000Z', updatedAt: '2026-11-28T11:00:00.000Z'});

	const again = openPresetStore({configDir});
	t.deepEqual(again.listPresets(), [saved]);
	t.deepEqual(again.getPreset('weekly'), saved);
	t.deepEqual(again.requirePreset('weekly'), saved);
	t.is(again.path, path.join(configDir, 'config.json'));
	t.deepEqual(again.notices, []);
});

test('IVS_STAGE_WIZARD_CONFIG_DIR replaces the config folder', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}});
	store.savePreset(weekly);
	t.is(store.path, path.join(configDir, 'config.json'));
	t.true(fs.existsSync(path.join(configDir, 'config.json')));
});

test('the config file and its folder are private to the user (0600, 0700)', t => {
	if (process.platform === 'win32') {
		t.pass('POSIX modes only');
		return;
	}

	const configDir = path.join(tempConfigDir(t), 'nested', 'config');
	const store = openPresetStore({configDir});
	store.savePreset(weekly);
	store.saveDraft({request: {name: 'x'}});
	t.is(fs.statSync(store.path).mode & 0o777, 0o600);
	t.is(fs.statSync(configDir).mode & 0o777, 0o700);
	// A file that another tool left readable becomes private at the next write.
	fs.chmodSync(store.path, 0o644);
	store.deletePreset('weekly');
	t.is(fs.statSync(store.path).mode & 0o777, 0o600);
	// No lock files left behind.
	t.deepEqual(fs.readdirSync(configDir), ['config.json']);
});

test('list is sorted by name', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	for (const name of ['zeta', 'Alpha', 'mid']) {
		store.savePreset({name, request: {}});
	}

	t.deepEqual(store.listPresets().map(({name}) => name), ['Alpha', 'mid', 'zeta']);
});

test('saving over an existing name needs overwrite; it keeps createdAt and moves updatedAt', t => {
	const configDir = tempConfigDir(t);
	openPresetStore({configDir, now: fixedClock('2026-01-01T00:00:00.000Z')}).savePreset(weekly);
	const store = openPresetStore({configDir, now: fixedClock('2026-02-01T00:00:00.000Z')});
	const error = t.throws(() => store.savePreset({...weekly, description: 'changed'}), {instanceOf: PresetExistsError});
	t.is(error.message, 'A preset named "weekly" already exists.');
	t.is(store.requirePreset('weekly').description, 'Friday stream');

	const updated = store.savePreset({...weekly, description: 'changed'}, {overwrite: true});
	t.is(updated.createdAt, '2026-01-01T00:00:00.000Z');
	t.is(updated.updatedAt, '2026-02-01T00:00:00.000Z');
	t.is(store.requirePreset('weekly').description, 'changed');
});

test('an unknown name gets one line listing the names that exist', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	const none = t.throws(() => store.requirePreset('nope'), {instanceOf: PresetNotFoundError});
	t.is(none.message, 'No preset named "nope". There are no presets yet; save one with: ivs-stage-wizard presets save NAME [options]');
	t.is(none.exitCode, 252);

	store.savePreset({name: 'b', request: {}});
	store.savePreset({name: 'a', request: {}});
	t.is(store.getPreset('nope'), undefined);
	t.is(t.throws(() => store.requirePreset('nope')).message, 'No preset named "nope". Presets: a, b');
});

test('a preset name must be safe to type; an invalid request is refused with the field', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	const badName = t.throws(() => store.savePreset({name: 'has space', request: {}}), {instanceOf: UsageError});
	t.regex(badName.message, /^Preset name "has space" is not allowed/);

	const badRequest = t.throws(() =>
		store.savePreset({name: 'ok', request: {name: 'show', participantTokenConfigurations: [{duration: 0}]}}),
	);
	t.is(badRequest.message, 'preset "ok": participantTokenConfigurations[0].duration: 0 must be at least 1');
	t.deepEqual(store.listPresets(), []);
});

test('the name is validated with its placeholders expanded', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	// Saved as typed: the placeholders are expanded only to check, and at each use.
	t.is(store.savePreset({name: 'p', request: {name: '{user}-{date}-{time}'}}).request.name, '{user}-{date}-{time}');
	t.is(store.getPreset('p')?.request.name, '{user}-{date}-{time}');
	t.is(
		t.throws(() => store.savePreset({name: 'q', request: {name: 'x-{week}'}})).message,
		'preset "q": name: "x-{week}" has unknown placeholder {week} (known: {date}, {time}, {user}, {n})',
	);
	// 128 characters is the limit; `{date}` counts as the 10 it becomes.
	t.is(store.savePreset({name: 'r', request: {name: `${'a'.repeat(118)}{date}`}}).request.name, `${'a'.repeat(118)}{date}`);
	t.regex(t.throws(() => store.savePreset({name: 's', request: {name: `${'a'.repeat(119)}{date}`}})).message, /must have at most 128 characters/);
	t.deepEqual(store.listPresets().map(preset => preset.name), ['p', 'r'], 'only the valid ones were saved');
});

test('delete and rename', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	store.savePreset(weekly);
	store.savePreset({name: 'other', request: {}});

	store.renamePreset('weekly', 'friday');
	t.deepEqual(store.listPresets().map(({name}) => name), ['friday', 'other']);
	t.is(store.requirePreset('friday').description, 'Friday stream');
	t.throws(() => store.renamePreset('friday', 'other'), {instanceOf: PresetExistsError});
	t.throws(() => store.renamePreset('missing', 'x'), {instanceOf: PresetNotFoundError, message: /Presets: friday, other/});
	t.throws(() => store.renamePreset('friday', 'bad name'), {instanceOf: UsageError});

	t.true(store.deletePreset('friday'));
	t.false(store.deletePreset('friday'));
	t.deepEqual(store.listPresets().map(({name}) => name), ['other']);
});

test('names with dots are keys, not paths', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	store.savePreset({name: 'team.weekly', request: {name: 'a'}});
	t.is(store.requirePreset('team.weekly').request.name, 'a');
	const file = JSON.parse(fs.readFileSync(store.path, 'utf8')) as {presets: Record<string, unknown>};
	t.deepEqual(Object.keys(file.presets), ['team.weekly']);
});

test('the file holds a version and the presets keyed by name', t => {
	const store = openPresetStore({configDir: tempConfigDir(t), now: fixedClock()});
	store.savePreset(weekly);
	t.deepEqual(JSON.parse(fs.readFileSync(store.path, 'utf8')), {
		version: 4,
		presets: {
			weekly: {
				description: 'Friday stream',
				request: weekly.request,
				defaults: weekly.defaults,
				createdAt: '2026-11-28T11:00:00.000Z',
				updatedAt: '2026-11-28T11:00:00.000Z',
			},
		},
	});
});

test('drafts: saved with a time, read back, replaced, cleared; presets untouched', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({configDir, now: fixedClock()});
	store.savePreset(weekly);
	t.is(store.getDraft(), undefined);
	store.saveDraft({request: {name: 'half-done'}, step: 'participants', settings: {region: 'eu-west-1', endpointUrl: 'http://me:secret@127.0.0.1:4566/'}});
	t.deepEqual(openPresetStore({configDir}).getDraft(), {
		request: {name: 'half-done'},
		step: 'participants',
		settings: {region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:4566/'},
		savedAt: '2026-11-28T11:00:00.000Z',
	});
	// A draft need not be valid yet: it is what was typed so far.
	store.saveDraft({request: {name: 'bad name!'}});
	t.deepEqual(store.getDraft(), {request: {name: 'bad name!'}, savedAt: '2026-11-28T11:00:00.000Z'});
	store.clearDraft();
	t.is(store.getDraft(), undefined);
	store.clearDraft();
	t.is(store.listPresets().length, 1);
});

test('a token-like value never reaches the file, and the caller is told where it was', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	const jwt = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJob3N0IiwiZXhwIjoxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
	// What a careless caller might pass: a request with pieces of a CreateStage response mixed in.
	const request = {
		name: 'show',
		tags: {team: 'video', pasted: jwt},
		participantTokens: [{participantId: 'p', token: jwt}],
		participantTokenConfigurations: [{userId: 'host', attributes: {token: 'plain'}}],
	};
	store.savePreset({name: 'careless', request});
	store.saveDraft({request: {...request, name: 'draft'}});
	const text = fs.readFileSync(store.path, 'utf8');
	t.false(text.includes(jwt));
	t.false(text.includes('participantTokens"'));
	t.deepEqual(store.requirePreset('careless').request, {
		name: 'show',
		tags: {team: 'video'},
		participantTokenConfigurations: [{userId: 'host', attributes: {}}],
	});
	t.deepEqual(store.notices, [
		'Left tags.pasted, participantTokens, participantTokenConfigurations[0].attributes.token out of preset "careless": tokens are never saved.',
		'Left tags.pasted, participantTokens, participantTokenConfigurations[0].attributes.token out of the saved draft: tokens are never saved.',
	]);
});

test('a preset default output must be a known format', t => {
	const store = openPresetStore({configDir: tempConfigDir(t)});
	t.throws(() => store.savePreset({name: 'x', request: {}, defaults: {output: 'csv'}}), {instanceOf: UsageError, message: 'preset "x": defaults.output: "csv" must be one of json, text, table, yaml, yaml-stream, off'});
	t.deepEqual(store.savePreset({name: 'y', request: {}, defaults: {region: '', output: 'yaml'}}).defaults, {output: 'yaml'});
});

test('a change that changes nothing writes nothing', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({configDir});
	t.false(store.deletePreset('nothing-here'));
	store.clearDraft();
	t.deepEqual(fs.readdirSync(configDir), []);
});

test('a stage created from a preset marks it used; an overwrite keeps that time; an export leaves it out', t => {
	const configDir = tempConfigDir(t);
	let time = '2026-11-28T11:00:00.000Z';
	const store = openPresetStore({configDir, now: () => new Date(time)});
	store.savePreset(weekly);
	t.is(store.getPreset('weekly')!.lastUsedAt, undefined);
	time = '2026-11-29T08:30:00.000Z';
	store.markPresetUsed('weekly');
	store.markPresetUsed('gone');
	t.like(openPresetStore({configDir}).getPreset('weekly'), {lastUsedAt: '2026-11-29T08:30:00.000Z', updatedAt: '2026-11-28T11:00:00.000Z'});
	time = '2026-11-30T00:00:00.000Z';
	store.savePreset({...weekly, description: 'changed'}, {overwrite: true});
	t.like(store.getPreset('weekly'), {description: 'changed', lastUsedAt: '2026-11-29T08:30:00.000Z', updatedAt: '2026-11-30T00:00:00.000Z'});
	t.false(presetExportText(store.listPresets(), new Date()).includes('lastUsedAt'));
});
