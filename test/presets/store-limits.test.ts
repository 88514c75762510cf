// The limits that keep the config file readable: an import file, one preset and the whole store are
// bounded, refused before anything is written with the limit in the one line (252), and the store
// is left byte for byte. Real export files in a temp dir, the command run as the bin runs it.
import fs from 'node:fs';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {exitCodes} from '../../source/basics/errors.js';
import {importFileByteLimit, presetByteLimit, storeByteLimit} from '../../source/presets/limits.js';
import {openPresetStore} from '../../source/presets/store.js';
import {presetsCommand, readAllFiles, tempConfigDir} from './helpers.js';

function setUp(t: ExecutionContext) {
	const {configDir, run} = presetsCommand(t, {name: 'kept', request: {name: 'kept-stage'}});
	const workDir = tempConfigDir(t);
	const exportFile = (presets: unknown[], padding = 0) => {
		const file = path.join(workDir, 'export.json');
		fs.writeFileSync(file, JSON.stringify({format: 'ivs-stage-wizard/presets', version: 1, presets}) + ' '.repeat(padding));
		return file;
	};

	return {configDir, run, exportFile, before: readAllFiles(configDir)};
}

test('an import file over the import limit is refused before it is read whole, naming the limit', async t => {
	const {configDir, run, exportFile, before} = setUp(t);
	// Valid JSON (whitespace after it), so only the size can refuse it.
	const file = exportFile([{name: 'small', request: {name: 'small'}}], importFileByteLimit);
	const result = await run(['import', file]);
	t.deepEqual(result, {code: exitCodes.usage, stdout: '', stderr: `Cannot import ${file}: it is larger than 16 MiB (16777216 bytes), the most an import may read; nothing was imported\n`});
	t.deepEqual(readAllFiles(configDir), before);
});

test('an import that would take the store past its limit is refused before writing, and the store is as it was', async t => {
	const {configDir, run, exportFile, before} = setUp(t);
	// 17 presets of ~500 KB each: every one under the preset limit, together over the store's.
	const profile = 'p'.repeat(presetByteLimit - 1024);
	const presets = Array.from({length: Math.ceil(storeByteLimit / profile.length) + 1}, (_, i) => ({name: `big-${i}`, request: {}, defaults: {profile}}));
	const result = await run(['import', exportFile(presets)]);
	t.is(result.code, exitCodes.usage);
	t.regex(result.stderr, /^Cannot save: the config file .*config\.json would hold \d+ bytes, over its limit of 8 MiB \(8388608 bytes\); nothing was changed\. Delete or export presets you no longer use\.\n$/);
	t.is(result.stdout, '');
	t.deepEqual(readAllFiles(configDir), before);
	t.deepEqual(openPresetStore({configDir}).listPresets().map(({name}) => name), ['kept']);
});

test('one preset over the preset limit is refused by name, before the lock', async t => {
	const {configDir, run, exportFile, before} = setUp(t);
	const result = await run(['import', exportFile([{name: 'huge', request: {}, defaults: {profile: 'p'.repeat(presetByteLimit)}}])]);
	t.is(result.code, exitCodes.usage);
	t.regex(result.stderr, /^preset "huge" would take \d+ bytes, over the limit of 524288 bytes for one preset; nothing was saved\n$/);
	t.deepEqual(readAllFiles(configDir), before);
});

test('a description over 1024 characters is one line and 252, not a config error', async t => {
	const {configDir, run, before} = setUp(t);
	const result = await run(['save', 'wordy', '--description', 'x'.repeat(1025)]);
	t.deepEqual(result, {code: exitCodes.usage, stdout: '', stderr: 'preset "wordy": description: must have at most 1024 characters (it has 1025)\n'});
	t.deepEqual(readAllFiles(configDir), before);
});

test('an import names how many it imported and the first five, not every name', async t => {
	const {run, exportFile} = setUp(t);
	const presets = Array.from({length: 7}, (_, i) => ({name: `room-${i + 1}`, request: {name: `room-${i + 1}`}}));
	const result = await run(['import', exportFile(presets)]);
	t.deepEqual(result, {code: exitCodes.ok, stdout: 'Imported 7 presets: room-1, room-2, room-3, room-4, room-5 and 2 more.\n', stderr: ''});
});

test('a store already past the limit (an older release\'s) can still shrink: a delete goes through', async t => {
	const {configDir, run} = setUp(t);
	const file = path.join(configDir, 'config.json');
	const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {presets: Record<string, unknown>};
	const profile = 'p'.repeat(1024 * 1024);
	for (let i = 0; i < 9; i++) {
		data.presets[`old-${i}`] = {request: {}, defaults: {profile}, createdAt: '2026-11-28T11:00:00.000Z', updatedAt: '2026-11-28T11:00:00.000Z'};
	}

	fs.writeFileSync(file, JSON.stringify(data));
	t.true(fs.statSync(file).size > storeByteLimit);
	const result = await run(['delete', 'old-0', '--yes']);
	t.deepEqual(result, {code: exitCodes.ok, stdout: 'Deleted preset "old-0".\n', stderr: ''});
	t.is(openPresetStore({configDir}).listPresets().length, 9);
});
