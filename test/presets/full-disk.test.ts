// A real full disk: the config folder on a 64 KiB tmpfs with 4 KiB left, where a write of the
// config file comes up short. Whatever the store fails to write, the file that was there stays
// byte for byte, no staging or temporary file is left, and the user reads one line (exit 253).
// A file written for the user (a token export) that does not fit is removed, not left half written.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {exitCodes} from '../../source/basics/errors.js';
import {openPresetStore} from '../../source/presets/store.js';
import {exportTokens, tokenExport} from '../../source/tokens/export-tokens.js';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-full-disk-'));
let mountProblem: string | undefined;
try {
	execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], {stdio: 'pipe'});
} catch (error) {
	mountProblem = (error as Error).message.split('\n')[0];
}

test.after.always(() => {
	if (mountProblem === undefined) {
		execFileSync('umount', [mountPoint]);
	}

	fs.rmSync(mountPoint, {recursive: true, force: true});
});

const diskTest = mountProblem === undefined ? test.serial : test.skip;
if (mountProblem !== undefined) {
	console.log(`Skipping the full-disk tests: no tmpfs could be mounted (${mountProblem}).`);
}

let folders = 0;

/** A config folder holding one saved preset, on a disk with `leave` bytes free. */
function nearlyFullFolder(t: ExecutionContext, leave = 4096) {
	const configDir = path.join(mountPoint, `config-${++folders}`);
	const filler = path.join(mountPoint, `filler-${folders}`);
	t.teardown(() => {
		fs.rmSync(configDir, {recursive: true, force: true});
		fs.rmSync(filler, {force: true});
	});
	openPresetStore({configDir}).savePreset({name: 'kept', description: 'saved while there was room', request: {name: 'kept-stage', tags: {team: 'video'}}});
	const {bavail, bsize} = fs.statfsSync(mountPoint);
	fs.writeFileSync(filler, Buffer.alloc((bavail * bsize) - leave));
	t.is(fs.statfsSync(mountPoint).bavail * bsize, leave, 'the disk is as full as the test means');
	const file = path.join(configDir, 'config.json');
	return {configDir, file, before: fs.readFileSync(file)};
}

/** Tags and a description that make the config file larger than the 4 KiB left. */
const bigPreset = ['--tags', JSON.stringify(Object.fromEntries(Array.from({length: 50}, (_, i) => [`k${i}`, 'v'.repeat(60)]))), '--description', 'x'.repeat(1000)];

diskTest('a save that does not fit keeps the old file whole, says so in one line (253), and leaves no stray file', async t => {
	const {configDir, file, before} = nearlyFullFolder(t);
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir});

	const saved = await runCli(['presets', 'save', 'big', ...bigPreset], {env});
	t.is(saved.code, exitCodes.config, saved.stderr);
	t.is(saved.stdout, '');
	t.regex(saved.stderr, /^Cannot write the config file .*config\.json: only \d+ of its \d+ bytes reached the disk \(is it full\?\); it was left as it was\.\n$/);
	t.deepEqual(fs.readFileSync(file), before);
	t.deepEqual(fs.readdirSync(configDir).sort(), ['config.json']);

	// The next run finds every preset where it was, and moves nothing aside.
	const listed = await runCli(['presets', 'list', '--output', 'json'], {env});
	t.is(listed.code, exitCodes.ok, listed.stderr);
	t.is(listed.stderr, '');
	t.deepEqual((JSON.parse(listed.stdout) as {presets: Array<{name: string}>}).presets.map(({name}) => name), ['kept']);
	t.deepEqual(fs.readdirSync(configDir).sort(), ['config.json']);
});

diskTest('a disk with no room at all: the write fails before a byte, and the old file and the folder are as they were', t => {
	const {configDir, file, before} = nearlyFullFolder(t, 0);
	const store = openPresetStore({configDir});
	const error = t.throws(() => store.savePreset({name: 'more', request: {name: 'more-stage'}}));
	t.is((error as {exitCode?: number}).exitCode, exitCodes.config);
	t.regex(error.message, /^Cannot write the config file .*config\.json: .*; it was left as it was\.$/);
	t.deepEqual(fs.readFileSync(file), before);
	t.deepEqual(fs.readdirSync(configDir).sort(), ['config.json']);
	t.deepEqual(openPresetStore({configDir}).listPresets().map(({name}) => name), ['kept']);
});

diskTest('with room again, the same save goes through', async t => {
	const {configDir} = nearlyFullFolder(t, 16 * 1024);
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir});
	const saved = await runCli(['presets', 'save', 'big', ...bigPreset], {env});
	t.is(saved.code, exitCodes.ok, saved.stderr);
	t.deepEqual(openPresetStore({configDir}).listPresets().map(({name}) => name), ['big', 'kept']);
	t.deepEqual(fs.readdirSync(configDir).sort(), ['config.json']);
});

diskTest('a token export that does not fit leaves no half-written file of tokens behind', async t => {
	const {configDir} = nearlyFullFolder(t);
	const tokens = Array.from({length: 12}, (_, i) => ({participantId: `p${i}`, userId: `user-${i}`, token: 't'.repeat(1024)}));
	const content = tokenExport({stageArn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcd', region: 'us-west-2', tokens, now: Date.parse('2026-11-28T11:00:00.000Z')});
	const error = await t.throwsAsync(exportTokens(configDir, content));
	t.is((error as NodeJS.ErrnoException).code, 'ENOSPC');
	t.deepEqual(fs.readdirSync(configDir).sort(), ['config.json']);
});

diskTest('presets export --file on a full disk: one line with the reason, 255, no file left, the presets as they were', async t => {
	const {configDir, file, before} = nearlyFullFolder(t, 0);
	const target = path.join(mountPoint, `export-${folders}.json`);
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir});
	const exported = await runCli(['presets', 'export', '--file', target], {env});
	t.is(exported.code, exitCodes.other, exported.stderr);
	t.is(exported.stderr, `Cannot write ${target}: no space left on device (ENOSPC)\n`);
	t.false(fs.existsSync(target));
	t.deepEqual(fs.readFileSync(file), before);
});
