// Line mode with --preset NAME, as the Ink wizard: everything is filled in, so it opens on the
// review (no start question, no steps), Enter creates, and editing a step is offered there.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {runCli} from '../helpers/run-cli.js';
import {keys, spawnLine} from './helpers/line-pty.js';
import {temporaryDir} from './helpers/temporary-dir.js';

test('--preset opens on the review: Enter creates the preset\'s stage, editing a step is offered', async t => {
	const configDir = temporaryDir(t, 'ivs-line-preset-');
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: configDir};
	const saved = await runCli(['presets', 'save', 'weekly', '--name', 'weekly-show', '--tags', 'team=video', '--participant-token-configurations', 'userId=host,capabilities=PUBLISH'], {env});
	t.is(saved.code, 0, saved.stderr);

	const session = spawnLine(['--plain', '--sandbox', '--preset', 'weekly'], {env, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText(/^\? Ready\?/m);
	const review = session.transcript();
	t.regex(review, /Review/);
	t.regex(review, /weekly-show/);
	t.regex(review, /team=video/);
	t.regex(review, /No problems: the stage can be created\./);
	t.regex(session.screen(), /Edit a step/);
	// Nothing was asked before the review: not the start, not a step.
	t.notRegex(review, /What would you like to do\?|Stage name|Step \d of/);

	await session.answer('Ready?', keys.enter);
	await session.answer('What next?', keys.enter);
	const {exitCode} = await session.exited;
	t.is(exitCode, 0);
	await session.waitForText(/Stage created: arn:aws:ivs:us-west-2:\d+:stage\/\w+/);
	t.regex(session.transcript(), /Name {6}weekly-show/);
	// The preset is marked used, as the wizard does after creating from it.
	const presets = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')).presets as Record<string, {lastUsedAt?: string}>;
	t.truthy(presets.weekly?.lastUsedAt, JSON.stringify(presets));
});
