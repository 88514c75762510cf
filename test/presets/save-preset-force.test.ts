// --save-preset never replaces a preset silently: without --force a taken name is refused before
// anything is sent (252, in `presets save`'s words), and the preset is as it was. Real processes,
// a real config folder, the sandbox endpoint.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {exitCodes} from '../../source/basics/errors.js';
import {tempConfigDir} from './helpers.js';

function setUp(t: Parameters<typeof tempConfigDir>[0]) {
	const configDir = tempConfigDir(t);
	return {env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir}), file: path.join(configDir, 'config.json')};
}

test('--save-preset NAME over an existing preset is refused before sending, and the preset is untouched', async t => {
	const {env, file} = setUp(t);
	t.is((await runCli(['presets', 'save', 'weekly', '--name', 'show-{date}', '--description', 'Friday stream'], {env})).code, exitCodes.ok);
	const before = fs.readFileSync(file);

	// No endpoint answers here: a refusal that came after sending would be a connection error instead.
	const refused = await runCli(['--endpoint-url', 'http://127.0.0.1:9', '--region', 'us-west-2', '--no-sign-request', '--name', 'other', '--save-preset', 'weekly'], {env});
	t.deepEqual(refused, {code: exitCodes.usage, signal: null, stdout: '', stderr: 'A preset named "weekly" already exists. Use --force to replace it.\n'});
	t.deepEqual(fs.readFileSync(file), before);
});

test('--save-preset NAME --force replaces it, once the stage exists', async t => {
	const {env} = setUp(t);
	await runCli(['presets', 'save', 'weekly', '--name', 'show-{date}'], {env});
	const replaced = await runCli(['--sandbox', '--name', 'other', '--save-preset', 'weekly', '--force', '--query', 'stage.name', '--output', 'text'], {env});
	t.is(replaced.code, exitCodes.ok, replaced.stderr);
	t.is(replaced.stdout, 'other\n');
	const shown = await runCli(['presets', 'show', 'weekly', '--output', 'json'], {env});
	t.is((JSON.parse(shown.stdout) as {request: {name: string}}).request.name, 'other');
});

test('a new name needs no --force; --force without --save-preset is refused as meaningless', async t => {
	const {env} = setUp(t);
	const saved = await runCli(['--sandbox', '--name', 'fresh', '--save-preset', 'fresh', '--output', 'off'], {env});
	t.is(saved.code, exitCodes.ok, saved.stderr);
	const lonely = await runCli(['--sandbox', '--name', 'x', '--force'], {env});
	t.is(lonely.code, exitCodes.usage);
	t.is(lonely.stderr, '--force lets --save-preset replace a preset of the same name; give --save-preset NAME, or leave --force out\n');
});
