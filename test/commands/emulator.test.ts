// `ivs-stage-wizard emulator`: its first line, its flags (and the one-line refusal of bad ones),
// the warning for a non-loopback host, and a clean stop on SIGINT (130) and SIGTERM (0), both
// in-process and as a real process receiving real signals.
import {spawn} from 'node:child_process';
import {EventEmitter, once} from 'node:events';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {createInterface} from 'node:readline';
import test from 'ava';
import {CreateStageCommand, IVSRealTimeClient, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {parseEmulatorArgs} from '../../source/commands/emulator.js';
import {isLoopbackHost} from '../../source/emulator/main.js';
import {runInProcess} from '../helpers/run-in-process.js';
import {repoRoot, tempDir} from '../emulator/helpers.js';

const firstLine = /^IVS Real-Time emulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/;

function capture() {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk: Buffer) => {
		text += chunk.toString('utf8');
	});
	const lines = createInterface({input: stream});
	return {stream, text: () => text, lines};
}

function client(url: string, accessKeyId = 'test', secretAccessKey = 'test', region = 'us-west-2') {
	return new IVSRealTimeClient({endpoint: url, region, credentials: {accessKeyId, secretAccessKey}, maxAttempts: 1});
}

test('the first stdout line names the URL; the flags reach the emulator; SIGINT stops it with 130', async t => {
	const stdout = capture();
	const stderr = capture();
	const signals = new EventEmitter();
	const running = runInProcess(
		['emulator', '--port', '0', '--region', 'eu-west-1', '--account-id', '111122223333', '--access-key-id', 'AKIDLOCAL', '--secret-access-key', 'local-secret', '--no-limits'],
		{stdout: stdout.stream, stderr: stderr.stream, signals},
	);
	const [line] = await once(stdout.lines, 'line') as [string];
	const match = firstLine.exec(line);
	t.truthy(match, line);
	const url = match?.[1] ?? '';

	const {stage} = await client(url, 'AKIDLOCAL', 'local-secret', 'eu-west-1').send(new CreateStageCommand({}));
	t.regex(stage?.arn ?? '', /^arn:aws:ivs:eu-west-1:111122223333:stage\//);
	await t.throwsAsync(client(url).send(new ListStagesCommand({})), {name: 'UnrecognizedClientException'});
	t.regex(stdout.text(), /limits off/);
	t.false(stdout.text().includes('local-secret'), 'a custom secret is not echoed');

	signals.emit('SIGINT');
	t.is(await running, 130);
	t.is(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM'), 0, 'signal handlers are removed');
	// Refused, not answered with an error: nothing listens there any more.
	await t.throwsAsync(client(url).send(new ListStagesCommand({})), {code: 'ECONNREFUSED'}, 'the port is closed');
});

test('SIGTERM (or an abort) stops it with 0', async t => {
	const stdout = capture();
	const signals = new EventEmitter();
	const running = runInProcess(['emulator'], {stdout: stdout.stream, stderr: new PassThrough(), signals});
	await once(stdout.lines, 'line');
	signals.emit('SIGTERM');
	t.is(await running, 0);

	const controller = new AbortController();
	const second = capture();
	const aborted = runInProcess(['emulator'], {stdout: second.stream, stderr: new PassThrough(), signals: new EventEmitter(), abortSignal: controller.signal});
	await once(second.lines, 'line');
	controller.abort();
	t.is(await aborted, 0);
});

test('bad flags are one line on stderr and exit 252, with nothing started', async t => {
	const cases: Array<[string[], RegExp]> = [
		[['--bogus'], /Unknown option '--bogus'/],
		[['--port', 'eighty'], /--port must be a whole number/],
		[['--port', '70000'], /--port must be a whole number/],
		[['--region', 'mars'], /--region must look like us-west-2/],
		[['--account-id', '12'], /--account-id must be 12 digits/],
		[['--faults', 'boom=1'], /--faults: unknown fault "boom"/],
		[['--access-key-id', ''], /must not be empty/],
		[['extra'], /Unexpected argument 'extra'/],
	];
	for (const [argv, reason] of cases) {
		const stdout = capture();
		const stderr = capture();
		// each case on its own
		const code = await runInProcess(['emulator', ...argv], {stdout: stdout.stream, stderr: stderr.stream, signals: new EventEmitter()});
		t.is(code, 252, argv.join(' '));
		t.regex(stderr.text(), reason);
		t.is(stderr.text().trim().split('\n').length, 1, 'one line');
		t.is(stdout.text(), '');
	}
});

test('--help prints the usage and exits 0', async t => {
	const stdout = capture();
	t.is(await runInProcess(['emulator', '--help'], {stdout: stdout.stream, stderr: new PassThrough()}), 0);
	t.regex(stdout.text(), /^Usage: ivs-stage-wizard emulator \[options\]/);
	t.regex(stdout.text(), /--no-limits/);
});

test('a host that is not loopback gets a warning first; one this machine does not have is a one-line failure', async t => {
	const stderr = capture();
	const stdout = capture();
	const code = await runInProcess(['emulator', '--host', '192.0.2.1', '--port', '0'], {stdout: stdout.stream, stderr: stderr.stream, signals: new EventEmitter()});
	t.is(code, 255);
	const [warning, failure, ...rest] = stderr.text().trim().split('\n');
	t.regex(warning ?? '', /^Warning: listening on 192\.0\.2\.1, not loopback: other machines can reach this emulator/);
	t.regex(failure ?? '', /^ivs-stage-wizard emulator: cannot start: /);
	t.deepEqual(rest, []);
	t.true(isLoopbackHost('127.0.0.1'));
	t.true(isLoopbackHost('127.1.2.3'));
	t.true(isLoopbackHost('localhost'));
	t.true(isLoopbackHost('::1'));
	t.true(isLoopbackHost('[::1]'));
	t.false(isLoopbackHost('0.0.0.0'));
	t.false(isLoopbackHost('::'));
	t.false(isLoopbackHost('10.0.0.5'));
});

test('a port in use is a one-line failure, exit 255', async t => {
	const stdout = capture();
	const signals = new EventEmitter();
	const running = runInProcess(['emulator'], {stdout: stdout.stream, stderr: new PassThrough(), signals});
	const [line] = await once(stdout.lines, 'line') as [string];
	const port = firstLine.exec(line)?.[2] ?? '';
	const stderr = capture();
	t.is(await runInProcess(['emulator', '--port', port], {stdout: new PassThrough(), stderr: stderr.stream, signals: new EventEmitter()}), 255);
	t.is(stderr.text(), `ivs-stage-wizard emulator: cannot start: port ${port} on 127.0.0.1 is already in use\n`);
	signals.emit('SIGTERM');
	await running;
});

test('parseEmulatorArgs: defaults, and every flag', t => {
	t.like(parseEmulatorArgs([]), {
		port: 0,
		host: '127.0.0.1',
		region: 'us-west-2',
		accountId: '123456789012',
		accessKeyId: 'test',
		secretAccessKey: 'test',
		statePath: undefined,
		faults: undefined,
		limits: true,
	});
	t.like(parseEmulatorArgs(['--port', '4566', '--state', 'x.json', '--faults', 'drop=0.5,seed=9', '--no-limits']), {
		port: 4566,
		statePath: 'x.json',
		faults: {drop: 0.5, seed: 9},
		limits: false,
	});
});

async function spawnEmulator(t: import('ava').ExecutionContext, args: string[]) {
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/emulator/fixtures/emulator-main.ts'), ...args], {
		cwd: repoRoot,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	t.teardown(() => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGKILL');
		}
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString('utf8');
	});
	const [line] = await once(createInterface({input: child.stdout}), 'line') as [string];
	const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
	return {child, line, exited, stderr: () => stderr};
}

test('as a real process: SIGTERM exits 0 after saving the state; SIGINT exits 130', async t => {
	const statePath = path.join(await tempDir(t), 'state.json');
	const first = await spawnEmulator(t, ['--state', statePath]);
	const url = firstLine.exec(first.line)?.[1] ?? '';
	t.truthy(url, first.line);
	const {stage} = await client(url).send(new CreateStageCommand({name: 'from-a-process'}));
	first.child.kill('SIGTERM');
	const [code] = await first.exited;
	t.is(code, 0);
	t.regex(first.stderr(), /IVS Real-Time emulator stopped\./);
	const saved = JSON.parse(await readFile(statePath, 'utf8')) as {stages: Array<{arn: string}>};
	t.deepEqual(saved.stages.map(item => item.arn), [stage?.arn]);

	const second = await spawnEmulator(t, ['--state', statePath]);
	const again = firstLine.exec(second.line)?.[1] ?? '';
	const listed = await client(again).send(new ListStagesCommand({}));
	t.deepEqual(listed.stages?.map(item => item.name), ['from-a-process']);
	second.child.kill('SIGINT');
	const [interrupted] = await second.exited;
	t.is(interrupted, 130);
});
