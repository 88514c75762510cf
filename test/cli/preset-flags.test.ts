// --preset and --save-preset on the main command, without a terminal: real processes, a real
// config folder in a temp dir, and the sandbox endpoint.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

function configEnv() {
	return cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: mkdtempSync(path.join(tmpdir(), 'ivs-presets-'))});
}

function localDate(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

test('--preset creates its stage; options override it; --save-preset keeps the placeholders', async t => {
	const env = configEnv();
	const saved = await runCli(
		['presets', 'save', 'weekly', '--name', 'show-{date}', '--participant-token-configurations', 'userId=host,capabilities=PUBLISH', '--tags', 'team=video'],
		{env},
	);
	t.is(saved.code, 0, saved.stderr);

	const fromPreset = await runCli(['--sandbox', '--preset', 'weekly', '--query', '[stage.name, stage.tags.team, participantTokens[0].userId]', '--output', 'text'], {env});
	t.is(fromPreset.code, 0, fromPreset.stderr);
	const today = localDate();
	t.is(fromPreset.stdout, `show-${today}\tvideo\thost\n`);

	const overridden = await runCli(['--sandbox', '--preset', 'weekly', '--name', 'special', '--save-preset', 'copy', '--query', 'stage.name', '--output', 'text'], {env});
	t.is(overridden.code, 0, overridden.stderr);
	t.is(overridden.stdout, 'special\n');

	const resaved = await runCli(['--sandbox', '--preset', 'weekly', '--save-preset', 'weekly-again', '--output', 'off'], {env});
	t.is(resaved.code, 0, resaved.stderr);
	const shown = await runCli(['presets', 'show', 'weekly-again', '--output', 'json'], {env});
	t.is(shown.code, 0, shown.stderr);
	t.regex(shown.stdout, /"name": "show-\{date\}"/, 'the saved preset keeps {date}, not today\'s date');

	// A stage created from a preset marks it used (the wizard's start screen lists the last used
	// first); one only saved is not.
	const config = JSON.parse(readFileSync(path.join(env.IVS_STAGE_WIZARD_CONFIG_DIR!, 'config.json'), 'utf8')) as {presets: Record<string, {lastUsedAt?: string}>};
	t.regex(config.presets.weekly!.lastUsedAt ?? '', /^\d{4}-\d\d-\d\dT/);
	t.is(config.presets['weekly-again']!.lastUsedAt, undefined);
});

test('an unknown preset is one line naming the presets that exist, exit 252', async t => {
	const env = configEnv();
	await runCli(['presets', 'save', 'class', '--name', 'class'], {env});
	const result = await runCli(['--sandbox', '--preset', 'clas'], {env});
	t.is(result.code, 252);
	t.is(result.stderr.trim().split('\n').length, 1);
	t.regex(result.stderr, /clas/);
	t.regex(result.stderr, /class/);
});
