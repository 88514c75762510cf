// Ctrl+D (end of input) at a prompt, in a real pseudo-terminal: line mode ends as Ctrl+C does
// (draft kept, one line, 130), `presets delete` takes it as "no"; never Node's exit 13 and its
// "unsettled top-level await" warning.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {keys, spawnLine} from '../line/helpers/line-pty.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const ctrlD = '\u0004';

test('Ctrl+D in line mode is an interruption: the draft is kept, one line, exit 130', async t => {
	const configDir = temporaryDir(t, 'ivs-ctrl-d-');
	const session = spawnLine(['--plain', '--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});

	await session.answer('Stage name', 'half-done', keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.waitForText(/^\? Tags/m);
	session.write(ctrlD);
	t.is((await session.exited).exitCode, 130);
	const configFile = path.join(configDir, 'config.json');
	await session.waitForText(`Interrupted: no stage was created. Your draft is kept in ${configFile}; run again to resume it.`);
	t.false(session.raw().includes('unsettled'), session.raw());
	const {draft} = JSON.parse(readFileSync(configFile, 'utf8')) as {draft: {request: unknown}};
	t.deepEqual(draft.request, {name: 'half-done'});
});

test('Ctrl+D after typing deletes, it does not end the question', async t => {
	const configDir = temporaryDir(t, 'ivs-ctrl-d-');
	const session = spawnLine(['--plain', '--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText(/^\? Stage name/m);
	// Ctrl+A, then Ctrl+D deletes the character under the cursor, as in any readline.
	await session.answer('Stage name', 'xkeep', '\u0001', ctrlD, keys.enter);
	t.regex(session.transcript(), /^✔ Stage name keep$/m);
	await session.waitForText(/^\? How many stages/m);
	session.write(keys.ctrlC);
	t.is((await session.exited).exitCode, 130);
});

test('Ctrl+D at the presets delete question is "no": the preset is kept, exit 0', async t => {
	const configDir = temporaryDir(t, 'ivs-ctrl-d-');
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: configDir};
	const saved = await runCli(['presets', 'save', 'weekly', '--name', 'show'], {env: cleanEnv(env)});
	t.is(saved.code, 0, saved.stderr);

	const session = spawnLine(['presets', 'delete', 'weekly'], {env, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText(/^\? Delete preset "weekly"\?/m);
	session.write(ctrlD);
	t.is((await session.exited).exitCode, 0);
	await session.waitForText('Kept preset "weekly".');
	t.false(session.raw().includes('unsettled'), session.raw());
	const {presets} = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {presets: Record<string, unknown>};
	t.truthy(presets.weekly);
});
