// A preset keeps a count: `presets save --count`, `--save-preset` from a batch, `--preset` making
// a batch (and --count over the preset's), export and import. Real files in a temp folder, the
// built bin, the emulator with its limits on.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {tempConfigDir} from '../presets/helpers.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {emulatorStageNames, limitedEmulator, runAgainst} from './helpers.js';

async function presetsCommand(args: string[], env: Record<string, string>) {
	return runCli(['presets', ...args], {env: cleanEnv(env)});
}

test('presets save --count, show, and --preset making the batch (--count over it)', async t => {
	const {emulator} = await limitedEmulator(t);
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: tempConfigDir(t)};
	const saved = await presetsCommand(['save', 'rooms', '--name', 'room-{n}', '--count', '3', '--participant-token-configurations', 'userId=tutor'], env);
	t.is(saved.stderr, '');
	t.is(saved.stdout, 'Saved preset "rooms" (stage name room-{n}, e.g. room-1), 3 stages a use.\n');
	const shown = await presetsCommand(['show', 'rooms', '--query', '[count, request.name]', '--output', 'text'], env);
	t.is(shown.stdout, '3\troom-{n}\n');

	const used = await runAgainst(emulator, ['--preset', 'rooms', '--query', 'results[].[stage.name, participantTokens[0].userId]', '--output', 'text'], env);
	t.is(used.stderr, '');
	t.is(used.stdout, 'room-1\ttutor\nroom-2\ttutor\nroom-3\ttutor\n');
	const fewer = await runAgainst(emulator, ['--preset', 'rooms', '--count', '1', '--query', 'results[].stage.name', '--output', 'text'], env);
	t.is(fewer.stdout, 'room-1\n');
	t.is((await emulatorStageNames(emulator)).length, 4);
});

test('a preset\'s count follows the {n} rule and the range: refused on save and on import', async t => {
	const {emulator} = await limitedEmulator(t);
	const configDir = tempConfigDir(t);
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: configDir};
	const unnamed = await presetsCommand(['save', 'same', '--name', 'room', '--count', '3'], env);
	t.is(unnamed.code, 252);
	t.is(unnamed.stderr, 'preset "same": count: --count 3 makes 3 stages, and each needs a name of its own: put {n} (1…3) in the name, e.g. --name "room-{n}", or give no name\n');
	const file = path.join(configDir, 'import.json');
	fs.writeFileSync(file, JSON.stringify({
		format: 'ivs-stage-wizard/presets',
		version: 1,
		presets: [
			{name: 'many', request: {name: 'r-{n}'}, count: 101},
			{name: 'one', request: {name: 'r'}, count: 2},
			{name: 'fine', request: {name: 'r-{n}'}, count: 2},
		],
	}));
	const imported = await presetsCommand(['import', file], env);
	t.is(imported.code, 252);
	t.deepEqual(imported.stderr.trim().split('\n'), [
		'preset "many": count: 101 must be a whole number from 1 to 100',
		'preset "one": count: --count 2 makes 2 stages, and each needs a name of its own: put {n} (1…2) in the name, e.g. --name "r-{n}", or give no name',
	]);
	t.deepEqual(emulator.rateCounts(), {});
});

test('--save-preset after a batch keeps the name with {n} and the count; export carries it', async t => {
	const {emulator} = await limitedEmulator(t);
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: tempConfigDir(t)};
	const made = await runAgainst(emulator, ['--count', '2', '--name', 'demo-{n}', '--save-preset', 'demo', '--output', 'off'], env);
	t.is(made.stderr, '');
	t.is(made.code, 0);
	const exported = await presetsCommand(['export', 'demo'], env);
	const document = JSON.parse(exported.stdout) as {presets: Array<{name: string; count: number; request: {name: string}}>};
	t.like(document.presets[0], {name: 'demo', count: 2, request: {name: 'demo-{n}'}});
});
