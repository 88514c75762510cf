// A FIFO, a device or a directory where the presets' config file, its lock, or a presets file
// should be: no hang, no read without end; treated as a broken config (moved aside) or one line.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {endpoint, makeFifo, rawControl, stderrLines, temporaryDirectory} from './helpers.js';

function presets(args: string[], configDir: string, input?: string) {
	return runCli(['presets', ...args], {env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir}), ...(input === undefined ? {} : {input})});
}

const movedAside = /^The config file .*config\.json was a (FIFO|character device|directory), not a regular file; moved it aside to .*config\.json\.corrupt-[\dT:.Z-]+ and started with no presets\.$/;

for (const [what, make] of [
	['a FIFO', (file: string) => makeFifo(path.dirname(file), path.basename(file))],
	['a symlink to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file)],
	['a directory', (file: string) => fs.mkdirSync(file)],
] as const) {
	test(`presets list with ${what} as config.json: no hang, moved aside, one line, exit 0`, async t => {
		const configDir = temporaryDirectory();
		const file = path.join(configDir, 'config.json');
		make(file);
		const result = await presets(['list', '--output', 'json'], configDir);
		t.is(result.code, 0, result.stderr);
		const lines = stderrLines(result);
		t.is(lines.length, 1, result.stderr);
		t.regex(lines[0]!, movedAside);
		t.deepEqual(JSON.parse(result.stdout), {presets: []});
		t.false(fs.existsSync(file));
		t.true(fs.readdirSync(configDir).some(name => name.startsWith('config.json.corrupt-')), 'kept beside, not deleted');
	});
}

test('a FIFO at the lock file: one line naming it, 253, no wait', async t => {
	const configDir = temporaryDirectory();
	makeFifo(configDir, 'config.json.lock');
	const started = Date.now();
	const result = await runCli(['presets', 'save', 'weekly', '--name', 'show'], {env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir})});
	t.is(result.code, 253, result.stderr);
	t.deepEqual(stderrLines(result), [`The lock file ${path.join(configDir, 'config.json.lock')} is a FIFO, not a file this program made; remove it and try again.`]);
	t.true(Date.now() - started < 8000, 'refused at once, not after the lock\'s 10 s timeout');
	t.false(fs.existsSync(path.join(configDir, 'config.json')), 'nothing written');
});

test('presets import of a FIFO or a device is refused at once with what to do (252); - reads stdin', async t => {
	const configDir = temporaryDirectory();
	const fifo = makeFifo(temporaryDirectory());
	for (const file of [fifo, '/dev/zero']) {
		const result = await presets(['import', file], configDir);
		t.is(result.code, 252, result.stderr);
		t.is(stderrLines(result).length, 1);
		t.regex(result.stderr, /^Cannot read .+: it is a (FIFO|character device), not a regular file; to import from a pipe, give - and pipe it to stdin\n$/);
	}

	t.false(fs.existsSync(path.join(configDir, 'config.json')));
	const piped = await presets(['import', '-'], configDir, JSON.stringify({format: 'ivs-stage-wizard/presets', version: 1, presets: [{name: 'a', request: {name: 'x'}}]}));
	t.is(piped.code, 0, piped.stderr);
	t.is(stderrLines(piped).length, 0);
});

test('presets import: a null in a preset is named, as on the command line; deep JSON is refused', async t => {
	const configDir = temporaryDirectory();
	const file = path.join(temporaryDirectory(), 'presets.json');
	fs.writeFileSync(file, JSON.stringify({format: 'ivs-stage-wizard/presets', version: 1, presets: [{name: 'a', request: {name: 'x', tags: {team: null}}}]}));
	const nulls = await presets(['import', file], configDir);
	t.is(nulls.code, 252, nulls.stderr);
	t.is(stderrLines(nulls).length, 1);
	t.regex(nulls.stderr, /tags\.team: null must be a string/);
	fs.writeFileSync(file, `{"format": "ivs-stage-wizard/presets", "version": 1, "presets": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
	const deep = await presets(['import', file], configDir);
	t.is(deep.code, 252, deep.stderr);
	t.deepEqual(stderrLines(deep), [`${file} is not valid JSON: nested more than 32 levels deep (the limit for every JSON, YAML and shorthand input)`]);
	t.false(fs.existsSync(path.join(configDir, 'config.json')), 'nothing imported');
});

test('presets export --file to a FIFO is refused instead of waiting for a reader (252)', async t => {
	const configDir = temporaryDirectory();
	const saved = await presets(['save', 'weekly', '--name', 'show'], configDir);
	t.is(saved.code, 0, saved.stderr);
	const fifo = makeFifo(temporaryDirectory());
	const result = await presets(['export', '--file', fifo], configDir);
	t.is(result.code, 252, result.stderr);
	t.deepEqual(stderrLines(result), [`Cannot write ${fifo}: it is a FIFO, not a regular file; give - to write to stdout`]);
	t.notRegex(result.stderr, rawControl);
});

test('the wizard with a FIFO as config.json starts (no hang), says it moved the file aside, and quits', async t => {
	const configDir = temporaryDirectory();
	makeFifo(configDir, 'config.json');
	const session = spawnCli(['--region', 'us-west-2', '--endpoint-url', 'http://127.0.0.1:9'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}});
	t.teardown(() => session.kill());
	await session.waitForText('What would you like to do?');
	t.regex(session.history(), /config\.json was a FIFO, not a regular file; moved it aside/);
	t.true(fs.readdirSync(configDir).some(name => name.startsWith('config.json.corrupt-')));
	session.write('q');
	const {exitCode} = await session.exited;
	t.not(exitCode, 0, 'no stage was created');
});

test('a broken config.json quoting escape sequences: the notice shows them escaped, and the run goes on', async t => {
	const configDir = temporaryDirectory();
	fs.writeFileSync(path.join(configDir, 'config.json'), '{"presets": "\u001B]0;pwned\u0007\u001B[2J');
	const listed = await presets(['list', '--output', 'json'], configDir);
	t.is(listed.code, 0, listed.stderr);
	t.is(stderrLines(listed).length, 1);
	t.regex(listed.stderr, /moved it aside/);
	t.notRegex(listed.stderr, rawControl);

	fs.writeFileSync(path.join(configDir, 'config.json'), '{"presets": "\u001B]0;pwned\u0007');
	const server = await endpoint(t);
	const created = await runCli(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--save-preset', 'keep', '--query', 'stage.name'], {
		env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}),
	});
	t.is(created.code, 0, created.stderr);
	t.is(stderrLines(created).length, 1, created.stderr);
	t.regex(created.stderr, /moved it aside/);
	t.notRegex(created.stderr, rawControl);
	t.is(server.requests.length, 1);
	t.is(created.stdout, '"x"\n');
});

test('--save-preset failing after the stage is created: the output is printed first, one line says what was kept (253, not 252)', async t => {
	const configDir = temporaryDirectory();
	makeFifo(configDir, 'config.json.lock');
	const server = await endpoint(t);
	const result = await runCli(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--save-preset', 'keep', '--query', 'stage.name'], {
		env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}),
	});
	t.is(result.code, 253, result.stderr);
	t.is(result.stdout, '"x"\n', 'the output is not lost');
	t.deepEqual(stderrLines(result), [`The stage arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh was created, but the preset "keep" was not saved: The lock file ${path.join(configDir, 'config.json.lock')} is a FIFO, not a file this program made; remove it and try again.`]);
	t.is(server.requests.length, 1);
});

test('--save-preset with a name that is not allowed is refused before sending (252)', async t => {
	const configDir = temporaryDirectory();
	const server = await endpoint(t);
	const result = await runCli(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--save-preset', 'a'.repeat(65)], {
		env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}),
	});
	t.is(result.code, 252, result.stderr);
	t.is(stderrLines(result).length, 1);
	t.regex(result.stderr, /^Preset name "a+" is not allowed/);
	t.is(server.requests.length, 0);
});
