import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {openPresetStore} from '../../source/presets/store.js';
import {ConfigError} from '../../source/basics/errors.js';
import {fixedClock, tempConfigDir} from './helpers.js';

const corruptName = 'config.json.corrupt-2026-11-28T11-00-00.000Z';

function setUp(t: Parameters<typeof tempConfigDir>[0], contents: string) {
	const configDir = tempConfigDir(t);
	const file = path.join(configDir, 'config.json');
	fs.writeFileSync(file, contents);
	return {configDir, file, aside: path.join(configDir, corruptName)};
}

test('a file that is not JSON is moved aside, the user is told where, and work goes on', t => {
	const broken = '{"version": 2, "presets": {"weekly": ';
	const {configDir, file, aside} = setUp(t, broken);
	const store = openPresetStore({configDir, now: fixedClock()});

	t.is(store.notices.length, 1);
	t.regex(store.notices[0]!, /^The config file .*config\.json was not valid JSON \(.+\); moved it aside to .*config\.json\.corrupt-2026-11-28T11-00-00\.000Z and started with no presets\.$/);
	t.true(store.notices[0]!.includes(aside));
	// Never a silent reset: the bytes are all still there.
	t.is(fs.readFileSync(aside, 'utf8'), broken);
	t.false(fs.existsSync(file));

	t.deepEqual(store.listPresets(), []);
	store.savePreset({name: 'fresh', request: {}});
	t.deepEqual(openPresetStore({configDir}).listPresets().map(({name}) => name), ['fresh']);
	t.is(fs.readFileSync(aside, 'utf8'), broken);
	// Told once, not on every read.
	t.is(store.notices.length, 1);
});

test('a file that fails the schema is moved aside with the reason', t => {
	const invalid = JSON.stringify({version: 2, presets: {weekly: {request: 'not an object', createdAt: 'yesterday'}}});
	const {configDir, aside} = setUp(t, invalid);
	const store = openPresetStore({configDir, now: fixedClock()});
	t.is(store.notices.length, 1);
	t.true(store.notices[0]!.includes(`failed the schema: /presets/weekly: must have required property 'updatedAt'; /presets/weekly/request: must be object; /presets/weekly/createdAt: must match format "date-time"`));
	t.true(store.notices[0]!.includes(aside));
	t.is(fs.readFileSync(aside, 'utf8'), invalid);
});

test('a file holding something other than an object, or no version, is moved aside too', t => {
	for (const contents of ['[]', '"text"', '{"presets": {}}', '']) {
		const {configDir, aside} = setUp(t, contents);
		const store = openPresetStore({configDir, now: fixedClock()});
		t.is(store.notices.length, 1, contents);
		t.is(fs.readFileSync(aside, 'utf8'), contents);
	}
});

test('a second corrupt file at the same moment gets its own name', t => {
	const {configDir, file, aside} = setUp(t, 'one');
	openPresetStore({configDir, now: fixedClock()});
	fs.writeFileSync(file, 'two');
	const store = openPresetStore({configDir, now: fixedClock()});
	t.is(fs.readFileSync(aside, 'utf8'), 'one');
	t.is(fs.readFileSync(`${aside}-2`, 'utf8'), 'two');
	t.true(store.notices[0]!.endsWith(`${aside}-2 and started with no presets.`));
});

test('a file from a newer release is left alone and refused with exit 253', t => {
	const newer = JSON.stringify({version: 5, presets: {}, somethingNew: true});
	const {configDir, file} = setUp(t, newer);
	const error = t.throws(() => openPresetStore({configDir}), {instanceOf: ConfigError});
	t.is(error.exitCode, 253);
	t.regex(error.message, /was written by a newer ivs-stage-wizard \(config version 5; this one reads up to 4\)/);
	t.is(fs.readFileSync(file, 'utf8'), newer);
	t.deepEqual(fs.readdirSync(configDir), ['config.json']);
});

test('an empty object (what a bare conf writes) is an empty store, not a corrupt one', t => {
	const {configDir} = setUp(t, '{}');
	const store = openPresetStore({configDir});
	t.deepEqual(store.notices, []);
	t.deepEqual(store.listPresets(), []);
});

test('a file that goes bad while a store is open is caught at the next read', t => {
	const configDir = tempConfigDir(t);
	const store = openPresetStore({configDir, now: fixedClock()});
	store.savePreset({name: 'kept', request: {}});
	const good = fs.readFileSync(store.path, 'utf8');
	fs.writeFileSync(store.path, good.slice(0, 20));
	t.deepEqual(store.listPresets(), []);
	t.is(store.notices.length, 1);
	t.is(fs.readFileSync(path.join(configDir, corruptName), 'utf8'), good.slice(0, 20));
});

test('a hand-edited preset the service would refuse is the user\'s to fix: kept, not moved aside', t => {
	const edited = {
		version: 2,
		presets: {weekly: {request: {name: 'show', participantTokenConfigurations: [{duration: 0}]}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}},
	};
	const {configDir} = setUp(t, JSON.stringify(edited));
	const store = openPresetStore({configDir});
	t.deepEqual(store.notices, []);
	t.deepEqual(store.requirePreset('weekly').request, edited.presets.weekly.request);
	t.deepEqual(fs.readdirSync(configDir), ['config.json']);
});
