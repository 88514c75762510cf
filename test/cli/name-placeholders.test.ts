// `{date}` (and {time}, {user}) in a name typed on the command line expands as a preset's does,
// in every command that takes a stage name: create-stage, --cli-input-json and template (--count
// and run already did). --save-preset keeps the placeholder, not today's value.
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

function localDate(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Around midnight the date may turn during the run: either day is the expansion. */
async function withDates<T>(run: () => Promise<T>): Promise<{result: T; dates: string[]}> {
	const before = localDate();
	const result = await run();
	return {result, dates: [before, localDate()]};
}

test('--name show-{date} creates show-YYYY-MM-DD; --save-preset keeps show-{date}', async t => {
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-name-date-')});
	const {result, dates} = await withDates(async () =>
		runCli(['--sandbox', '--no-cli-auto-prompt', '--name', 'show-{date}', '--save-preset', 'weekly', '--query', 'stage.name', '--output', 'text'], {env}),
	);
	t.is(result.code, 0, result.stderr);
	t.true(dates.map(date => `show-${date}\n`).includes(result.stdout), result.stdout);
	const shown = await runCli(['presets', 'show', 'weekly', '--output', 'json'], {env});
	t.is((JSON.parse(shown.stdout) as {request: {name: string}}).request.name, 'show-{date}');
});

test('a name from --cli-input-json expands too', async t => {
	const {result, dates} = await withDates(async () =>
		runCli(['--sandbox', '--no-cli-auto-prompt', '--cli-input-json', '{"name": "in-{date}"}', '--query', 'stage.name', '--output', 'text']),
	);
	t.is(result.code, 0, result.stderr);
	t.true(dates.map(date => `in-${date}\n`).includes(result.stdout), result.stdout);
});

test('template --name show-{date} writes the expanded name', async t => {
	const {result, dates} = await withDates(async () => runCli(['template', '--name', 'show-{date}', '--format', 'json']));
	t.is(result.code, 0, result.stderr);
	const name = (JSON.parse(result.stdout) as {Resources: {Stage: {Properties: {Name: string}}}}).Resources.Stage.Properties.Name;
	t.true(dates.map(date => `show-${date}`).includes(name), name);
});

test('an unknown placeholder is still refused, naming the name and the rule (252)', async t => {
	const result = await runCli(['--sandbox', '--no-cli-auto-prompt', '--name', 'show-{day}']);
	t.is(result.code, 252);
	t.is(result.stderr, 'Invalid parameter name: "show-{day}" must match the pattern [a-zA-Z0-9-_]*\n');
});
