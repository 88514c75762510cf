import fs from 'node:fs';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import test from 'ava';
import {runInProcess} from '../helpers/run-in-process.js';
import {openPresetStore} from '../../source/presets/store.js';
import {expandRequestPlaceholders} from '../../source/stage/name-placeholders.js';
import {parseCreateStageArgv} from '../../source/args/parse-argv.js';
import {mergeRequests} from '../../source/args/cli-input.js';
import {capture, fixedClock, fixturesDir, presetsCommand} from '../presets/helpers.js';

const weeklyArgv = [
	'save',
	'weekly',
	'--name',
	'show-{date}',
	'--participant-token-configurations',
	'userId=host,capabilities=PUBLISH,SUBSCRIBE',
	'--tags',
	'team=video',
	'--description',
	'Friday stream',
	'--region',
	'us-west-2',
	'--output',
	'table',
];

const weeklyRequest = {
	name: 'show-{date}',
	participantTokenConfigurations: [{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE']}],
	tags: {team: 'video'},
};

test('save parses create-stage options, keeps --region/--output as defaults and --description', async t => {
	const {run, store} = presetsCommand(t);
	const saved = await run(weeklyArgv);
	t.deepEqual(saved, {code: 0, stdout: `Saved preset "weekly" (stage name show-{date}, e.g. show-${localDate(fixedClock()())}).\n`, stderr: ''});
	t.deepEqual(store().requirePreset('weekly'), {
		name: 'weekly',
		description: 'Friday stream',
		request: weeklyRequest,
		defaults: {region: 'us-west-2', output: 'table'},
		createdAt: '2026-11-28T11:00:00.000Z',
		updatedAt: '2026-11-28T11:00:00.000Z',
	});
});

test('list and show honour --output table, text and yaml, and --query', async t => {
	const {run} = presetsCommand(t);
	await run(weeklyArgv);
	await run(['save', 'call', '--name', 'call-{user}']);

	const table = await run(['list', '--output', 'table']);
	t.is(table.code, 0);
	const lines = table.stdout.split('\n');
	t.regex(lines[1]!, /^\|\s+Presets\s+\|$/);
	t.regex(table.stdout, /\|\s+name\s+\|/);
	t.regex(table.stdout, /\|\s+Friday stream\s*\|\s+weekly\s+\|\s+table\s+\|\s+1\s+\|\s+us-west-2\s+\|\s+show-\{date\}\s+\|/);

	t.is((await run(['list', '--output', 'text'])).stdout, [
		'PRESETS\t\tcall\t\t0\t\tcall-{user}\t2026-11-28T11:00:00.000Z',
		'PRESETS\tFriday stream\tweekly\ttable\t1\tus-west-2\tshow-{date}\t2026-11-28T11:00:00.000Z',
		'',
	].join('\n'));

	const yaml = await run(['show', 'weekly', '--output', 'yaml']);
	t.true(yaml.stdout.includes('request:\n  name: show-{date}\n  participantTokenConfigurations:\n  - capabilities:\n    - PUBLISH\n    - SUBSCRIBE\n    userId: host\n'));
	const shownTable = await run(['show', 'weekly', '--output', 'table']);
	t.regex(shownTable.stdout.split('\n')[1]!, /^\|\s+Preset\s+\|$/);

	t.is((await run(['list', '--output', 'text', '--query', 'presets[].name'])).stdout, 'call\tweekly\n');
	// Without --output: a table for a person at a terminal (presets-list-table.test.ts), json for a script.
	t.deepEqual(JSON.parse((await run(['list'])).stdout).presets.length, 2);
	t.regex((await run(['list', '--output', 'table', '--color', 'off'], {isTerminal: true})).stdout, /^-+\n\|\s+Presets\s+\|/);
	t.true((await run(['list', '--output', 'table'], {isTerminal: true})).stdout.includes('\u001B['));
	t.regex((await run(['list'], {isTerminal: true})).stdout, /^NAME\s+PARTICIPANTS\s+TAGS\s+LAST USED\s+DESCRIPTION\n/);
});

test('save → list → show → export → import round trip', async t => {
	const {run, configDir} = presetsCommand(t);
	t.is((await run(weeklyArgv)).code, 0);
	t.is((await run(['save', 'call', '--name', 'call-{user}', '--profile', 'video'])).code, 0);

	const listed = await run(['list', '--output', 'json']);
	t.is(listed.code, 0);
	t.deepEqual(JSON.parse(listed.stdout), {
		presets: [
			{name: 'call', stageName: 'call-{user}', participants: 0, profile: 'video', updatedAt: '2026-11-28T11:00:00.000Z'},
			{name: 'weekly', description: 'Friday stream', stageName: 'show-{date}', participants: 1, region: 'us-west-2', output: 'table', updatedAt: '2026-11-28T11:00:00.000Z'},
		],
	});

	const shown = await run(['show', 'weekly', '--output', 'json']);
	t.is(shown.code, 0);
	const weekly = JSON.parse(shown.stdout) as Record<string, unknown>;
	t.deepEqual(weekly.request, weeklyRequest);

	const exportFile = path.join(configDir, '..', `${path.basename(configDir)}-export.json`);
	t.teardown(() => fs.rmSync(exportFile, {force: true}));
	const exported = await run(['export', '--file', exportFile]);
	t.deepEqual(exported, {code: 0, stdout: `Exported 2 presets to ${exportFile}.\n`, stderr: ''});
	const document = JSON.parse(fs.readFileSync(exportFile, 'utf8')) as {format: string; version: number; presets: unknown[]};
	t.is(document.format, 'ivs-stage-wizard/presets');
	t.is(document.version, 1);
	t.deepEqual(document.presets[1], weekly);

	// Into an empty store: everything comes back as it was.
	const other = presetsCommand(t);
	const imported = await other.run(['import', exportFile]);
	t.deepEqual(imported, {code: 0, stdout: 'Imported 2 presets: call, weekly.\n', stderr: ''});
	t.deepEqual(JSON.parse((await other.run(['show', 'weekly', '--output', 'json'])).stdout), weekly);
	t.deepEqual(other.store().listPresets(), openPresetStore({configDir}).listPresets());
});

test('use: a preset under --cli-input-json under options, with its name expanded', async t => {
	const {run, store} = presetsCommand(t);
	await run(weeklyArgv);
	const preset = store().requirePreset('weekly');
	const parsed = parseCreateStageArgv(['--cli-input-json', '{"name": "from-input", "tags": {"source": "input"}}', '--tags', 'source=option'], {env: {}});
	const now = new Date(2026, 11, 5, 18, 30);
	const expanded = expandRequestPlaceholders(preset.request, {now});
	t.is(expanded.name, 'show-2026-12-05');
	// preset < cli-input < options, each top-level key replaced whole.
	t.deepEqual(mergeRequests(expanded, parsed.layers.cliInput, parsed.layers.options), {
		name: 'from-input',
		participantTokenConfigurations: weeklyRequest.participantTokenConfigurations,
		tags: {source: 'option'},
	});
	t.deepEqual(mergeRequests(expanded, parsed.request), mergeRequests(expanded, parsed.layers.cliInput, parsed.layers.options));
	t.deepEqual(mergeRequests(expanded, undefined, {}), {...weeklyRequest, name: 'show-2026-12-05'});
});

test('save --preset OTHER starts from another preset and overrides it', async t => {
	const {run, store} = presetsCommand(t);
	await run(weeklyArgv);
	const derived = await run(['save', 'monthly', '--preset', 'weekly', '--name', 'month-{date}', '--region', 'eu-west-1']);
	t.is(derived.code, 0, derived.stderr);
	t.deepEqual(store().requirePreset('monthly'), {
		name: 'monthly',
		description: 'Friday stream',
		request: {...weeklyRequest, name: 'month-{date}'},
		defaults: {region: 'eu-west-1', output: 'table'},
		createdAt: '2026-11-28T11:00:00.000Z',
		updatedAt: '2026-11-28T11:00:00.000Z',
	});
});

test('save refuses an existing name without --force, and replaces it with --force', async t => {
	const {run, store} = presetsCommand(t);
	await run(weeklyArgv);
	const again = await run(['save', 'weekly', '--name', 'other']);
	t.deepEqual(again, {code: 252, stdout: '', stderr: 'A preset named "weekly" already exists. Use --force to replace it.\n'});
	t.is(store().requirePreset('weekly').request.name, 'show-{date}');
	t.is((await run(['save', 'weekly', '--name', 'other', '--force'])).code, 0);
	t.deepEqual(store().requirePreset('weekly').request, {name: 'other'});
});

test('save validates the request, placeholders expanded, and names each problem', async t => {
	const {run, store} = presetsCommand(t);
	const bad = await run(['save', 'bad', '--name', 'x-{week}', '--participant-token-configurations', 'userId=a,duration=0', 'userId=b,duration=30000']);
	t.is(bad.code, 252);
	t.is(
		bad.stderr,
		[
			'preset "bad": name: "x-{week}" has unknown placeholder {week} (known: {date}, {time}, {user}, {n})',
			'preset "bad": participantTokenConfigurations[0].duration: 0 must be at least 1',
			'preset "bad": participantTokenConfigurations[1].duration: 30000 must be at most 20160',
			'',
		].join('\n'),
	);
	t.deepEqual(store().listPresets(), []);
	// The create-stage parser's own errors come through as they are.
	const unknown = await run(['save', 'x', '--no-such-option', '1']);
	t.is(unknown.code, 252);
	t.regex(unknown.stderr, /^Unknown options: --no-such-option/);
});

test('save refuses settings a preset would not keep, and needs the name first', async t => {
	const {run} = presetsCommand(t);
	t.deepEqual(await run(['save', 'x', '--endpoint-url', 'http://localhost:1']), {
		code: 252,
		stdout: '',
		stderr: '--endpoint-url is not kept in a preset (a preset keeps the request, and --region, --profile and --output as defaults).\n',
	});
	t.regex((await run(['save', 'x', '--no-verify-ssl'])).stderr, /^--no-verify-ssl is not kept/);
	t.deepEqual(await run(['save', '--name', 'x']), {
		code: 252,
		stdout: '',
		stderr: 'presets save needs the preset name first: ivs-stage-wizard presets save NAME [create-stage options]\n',
	});
	t.regex((await run(['save', 'bad/name'])).stderr, /^Preset name "bad\/name" is not allowed: use 1 to 64 letters/);
});

test('an unknown name gets one line listing the names that exist, exit 252', async t => {
	const {run} = presetsCommand(t);
	t.deepEqual(await run(['show', 'nope']), {
		code: 252,
		stdout: '',
		stderr: 'No preset named "nope". There are no presets yet; save one with: ivs-stage-wizard presets save NAME [options]\n',
	});
	await run(weeklyArgv);
	await run(['save', 'call']);
	for (const argv of [['show', 'nope'], ['delete', 'nope', '--yes'], ['rename', 'nope', 'x'], ['export', 'nope']]) {
		t.deepEqual(await run(argv), {code: 252, stdout: '', stderr: 'No preset named "nope". Presets: call, weekly\n'}, argv.join(' '));
	}
});

test('delete wants --yes without a terminal; with it the preset is gone', async t => {
	const {run, store} = presetsCommand(t);
	await run(weeklyArgv);
	t.deepEqual(await run(['delete', 'weekly']), {code: 252, stdout: '', stderr: 'Deleting preset "weekly" needs --yes when not run in a terminal.\n'});
	t.truthy(store().getPreset('weekly'));
	t.deepEqual(await run(['delete', 'weekly', '--yes']), {code: 0, stdout: 'Deleted preset "weekly".\n', stderr: ''});
	t.is(store().getPreset('weekly'), undefined);
});

test('rename moves a preset; a taken name is refused', async t => {
	const {run, store} = presetsCommand(t);
	await run(weeklyArgv);
	await run(['save', 'call']);
	t.deepEqual(await run(['rename', 'weekly', 'friday']), {code: 0, stdout: 'Renamed preset "weekly" to "friday".\n', stderr: ''});
	t.deepEqual(store().listPresets().map(({name}) => name), ['call', 'friday']);
	t.deepEqual(await run(['rename', 'friday', 'call']), {
		code: 252,
		stdout: '',
		stderr: 'A preset named "call" already exists. Delete it first, or pick another name.\n',
	});
	t.is((await run(['rename', 'friday'])).code, 252);
});

test('export to stdout, of chosen names, in the documented format', async t => {
	const {run} = presetsCommand(t);
	await run(weeklyArgv);
	await run(['save', 'call']);
	const exported = await run(['export', 'weekly']);
	t.is(exported.code, 0);
	t.deepEqual(JSON.parse(exported.stdout), {
		format: 'ivs-stage-wizard/presets',
		version: 1,
		exportedAt: '2026-11-28T11:00:00.000Z',
		presets: [
			{
				name: 'weekly',
				description: 'Friday stream',
				request: weeklyRequest,
				defaults: {region: 'us-west-2', output: 'table'},
				createdAt: '2026-11-28T11:00:00.000Z',
				updatedAt: '2026-11-28T11:00:00.000Z',
			},
		],
	});
});

test('import reports every problem by preset and field, exits 252, and imports nothing', async t => {
	const {run, store} = presetsCommand(t);
	const result = await run(['import', path.join(fixturesDir, 'export-problems.json')]);
	t.is(result.code, 252);
	t.is(result.stdout, '');
	t.deepEqual(result.stderr.split('\n'), [
		'preset "weekly": participantTokenConfigurations[0].duration: 0 must be at least 1',
		'preset "bad-name": name: "has space" must match the pattern [a-zA-Z0-9-_]*',
		'preset "odd": name: "x-{week}" has unknown placeholder {week} (known: {date}, {time}, {user}, {n})',
		'preset "odd": color is not a known parameter (known: name, participantTokenConfigurations, tags, autoParticipantRecordingConfiguration)',
		'preset "odd": defaults.output: "csv" must be one of json, text, table, yaml, yaml-stream, off',
		'',
	]);
	t.deepEqual(store().listPresets(), []);
});

test('import needs --force to replace existing names, and reads - as stdin', async t => {
	const {run, store} = presetsCommand(t);
	const file = path.join(fixturesDir, 'export-v1.json');
	t.deepEqual(await run(['import', file]), {code: 0, stdout: 'Imported 2 presets: class, one-to-one.\n', stderr: ''});
	t.deepEqual(store().requirePreset('class'), {
		name: 'class',
		description: 'A class of twelve',
		request: {name: 'class-{date}', participantTokenConfigurations: [{userId: 'teacher', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 90}], tags: {course: 'physics'}},
		defaults: {region: 'eu-west-1', output: 'table'},
		createdAt: '2026-11-01T09:00:00.000Z',
		updatedAt: '2026-11-02T09:00:00.000Z',
	});

	t.deepEqual(await run(['import', file]), {
		code: 252,
		stdout: '',
		stderr: 'Presets named "class", "one-to-one" already exist; nothing was imported. Use --force to replace them.\n',
	});
	const fromStdin = await run(['import', '-', '--force'], {stdin: Readable.from([fs.readFileSync(file)])});
	t.deepEqual(fromStdin, {code: 0, stdout: 'Imported 2 presets: class, one-to-one.\n', stderr: ''});
});

test('import refuses what is not a presets file, or a newer version of it', async t => {
	const {run, configDir} = presetsCommand(t);
	const file = path.join(configDir, 'in.json');
	fs.writeFileSync(file, '{"presets": []}');
	t.deepEqual(await run(['import', file]), {code: 252, stdout: '', stderr: `${file} is not an ivs-stage-wizard presets file: its "format" must be "ivs-stage-wizard/presets".\n`});
	fs.writeFileSync(file, '{"format": "ivs-stage-wizard/presets", "version": 2, "presets": []}');
	t.regex((await run(['import', file])).stderr, /was written by a newer ivs-stage-wizard \(presets file version 2; this one reads up to 1\)/);
	fs.writeFileSync(file, 'nope');
	t.regex((await run(['import', file])).stderr, /is not valid JSON/);
	t.regex((await run(['import', path.join(configDir, 'missing.json')])).stderr, /^Cannot read .*missing\.json: ENOENT/);
});

test('usage errors: no subcommand, an unknown one, an unknown option, a bad --output', async t => {
	const {run} = presetsCommand(t);
	const none = await run([]);
	t.is(none.code, 252);
	t.true(none.stderr.startsWith('presets needs a subcommand.\nUsage: ivs-stage-wizard presets list'));
	t.deepEqual(await run(['lst']), {code: 252, stdout: '', stderr: 'Unknown presets subcommand "lst": did you mean list? (use list, show, save, delete, rename, export or import).\n'});
	t.deepEqual(await run(['zzz']), {code: 252, stdout: '', stderr: 'Unknown presets subcommand "zzz": use list, show, save, delete, rename, export or import.\n'});
	t.deepEqual(await run(['list', '--force']), {code: 252, stdout: '', stderr: 'Unknown option --force for presets list (it takes --output, --query, --color).\n'});
	t.deepEqual(await run(['list', '--output', 'csv']), {code: 252, stdout: '', stderr: '--output csv is not available here: use json, yaml, table, text.\n'});
	const help = await run(['--help']);
	t.is(help.code, 0);
	t.true(help.stdout.includes('presets import FILE [--force]'));
});

test('a corrupt config file: the notice comes first on stderr, then the command works', async t => {
	const {run, configDir} = presetsCommand(t);
	fs.writeFileSync(path.join(configDir, 'config.json'), '{not json');
	const listed = await run(['list', '--output', 'json']);
	t.is(listed.code, 0);
	t.deepEqual(JSON.parse(listed.stdout), {presets: []});
	t.regex(listed.stderr, /^The config file .*config\.json was not valid JSON .*; moved it aside to .*config\.json\.corrupt-2026-11-28T11-00-00\.000Z and started with no presets\.\n$/);
});

test('a config file from a newer release: one line, exit 253, file untouched', async t => {
	const {run, configDir} = presetsCommand(t);
	const file = path.join(configDir, 'config.json');
	fs.writeFileSync(file, '{"version": 7}');
	const listed = await run(['list']);
	t.is(listed.code, 253);
	t.is(listed.stderr.split('\n').length, 2);
	t.is(fs.readFileSync(file, 'utf8'), '{"version": 7}');
});

function localDate(date: Date): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('delete in a terminal asks first: yes deletes, no keeps, Ctrl+C or a closed terminal is an interrupt (130)', async t => {
	const {configDir, run, store} = presetsCommand(t);
	await run(weeklyArgv);
	// Answers once the question is on the screen, as a person would.
	const answer = async (text: string | undefined) => {
		const stdin = new PassThrough();
		const stdout = capture();
		const stderr = capture();
		const asked = new Promise<void>(resolve => {
			stdout.stream.on('data', () => {
				if (stdout.text().includes('Delete preset "weekly"?')) {
					resolve();
				}
			});
		});
		const code = runInProcess(['presets', 'delete', 'weekly'], {stdout: stdout.stream, stderr: stderr.stream, stdin, env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, isTerminal: true});
		await asked;
		if (text === undefined) {
			stdin.end();
		} else {
			stdin.write(text);
		}

		return {code: await code, stdout: stdout.text(), stderr: stderr.text()};
	};

	const kept = await answer('n\n');
	t.is(kept.code, 0);
	t.true(kept.stdout.endsWith('Kept preset "weekly".\n'));
	t.truthy(store().getPreset('weekly'));

	for (const text of ['\u0003', undefined]) {
		const interrupted = await answer(text);
		t.is(interrupted.code, 130);
		t.is(interrupted.stderr, 'Interrupted\n');
		t.truthy(store().getPreset('weekly'));
	}

	const deleted = await answer('y\n');
	t.is(deleted.code, 0);
	t.true(deleted.stdout.endsWith('Deleted preset "weekly".\n'));
	t.is(store().getPreset('weekly'), undefined);
});
