// Stdout that cannot take the output: a reader that closed the pipe at once (`| true`, `| head
// -c0`: EPIPE) or a full disk (`>/dev/full`: ENOSPC). No command crashes with Node's "Unhandled
// 'error' event" stack: a closed pipe ends quietly with 141 (128 + SIGPIPE, as a shell tool), any
// other write error is one line and 255; a stage already made is named by its ARN on stderr, and
// its whole answer is kept in a file only the user can read.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {setTimeout} from 'node:timers/promises';
import test, {type ExecutionContext} from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {credentials, stderrLines, temporaryDirectory} from './helpers.js';

type Stdout = 'closed' | 'full';
type Ended = {code: number | null; stderr: string};

/** The built bin with its stdout a pipe whose reader is already gone, or /dev/full. */
async function runWithStdout(stdout: Stdout, args: string[], env: NodeJS.ProcessEnv = cleanEnv(credentials)): Promise<Ended> {
	const full = stdout === 'full' ? fs.openSync('/dev/full', 'w') : undefined;
	const child = spawn(process.execPath, [cliPath, ...args], {env, stdio: ['ignore', full ?? 'pipe', 'pipe']});
	if (full === undefined) {
		// Closed long before the child has started Node, let alone written.
		child.stdout!.destroy();
	} else {
		fs.closeSync(full);
	}

	let stderr = '';
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code, stderr};
}

function assertNoCrash(t: ExecutionContext, result: Ended): void {
	t.notRegex(result.stderr, /Unhandled 'error' event|\n\s+at |node:events/, 'no stack trace');
}

const expected: Record<Stdout, {code: number; line: RegExp}> = {
	closed: {code: 141, line: /^Stdout was closed before the answer was written: /},
	full: {code: 255, line: /^Could not write to stdout: no space left on device \(ENOSPC\): /},
};

const commands: Array<[string, string[]]> = [
	['--version', ['--version']],
	['--help', ['--help']],
	['template', ['template', '--name', 'x']],
	['presets list', ['presets', 'list']],
	['presets show', ['presets', 'show', 'p']],
	['presets export', ['presets', 'export']],
	['run --help', ['run', '--help']],
	['emulator --help', ['emulator', '--help']],
];

let presetsEnvironment: Promise<NodeJS.ProcessEnv> | undefined;

/** A config folder with the preset `p`, made once for the file. */
async function presetsEnv(): Promise<NodeJS.ProcessEnv> {
	presetsEnvironment ??= (async () => {
		const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDirectory()});
		const saved = await runCli(['presets', 'save', 'p', '--name', 'from-preset'], {env});
		if (saved.code !== 0) {
			throw new Error(`presets save: ${saved.code} ${saved.stderr}`);
		}

		return env;
	})();
	return presetsEnvironment;
}

// Serial: two dozen processes at once on a loaded two-core machine would each take a minute.
for (const stdout of ['closed', 'full'] as const) {
	for (const [name, args] of commands) {
		test.serial(`${name} with stdout ${stdout}: no stack, ${stdout === 'closed' ? 'nothing said, 141' : 'one line, 255'}`, async t => {
			const result = await runWithStdout(stdout, args, await presetsEnv());
			assertNoCrash(t, result);
			if (stdout === 'closed') {
				t.is(result.code, 141, result.stderr);
				t.is(result.stderr, '');
			} else {
				t.is(result.code, 255, result.stderr);
				t.deepEqual(stderrLines(result), ['Could not write to stdout: no space left on device (ENOSPC)']);
			}
		});
	}
}

async function emulatorFor(t: ExecutionContext): Promise<RunningEmulator> {
	const emulator = await startEmulator();
	t.teardown(emulator.close);
	return emulator;
}

type StateStage = {arn: string; name: string};

async function stagesIn(emulator: RunningEmulator): Promise<StateStage[]> {
	const response = await fetch(`${emulator.url}/_emulator/state`);
	return ((await response.json()) as {stages: StateStage[]}).stages;
}

/** The file the line names: 0600, in a 0700 folder of its own, holding the answer with its tokens. */
function keptAnswer(t: ExecutionContext, line: string): unknown {
	const file = /kept in (\S+) \(readable by you only\)$/.exec(line)?.[1];
	if (!file) {
		t.fail(`no kept file named in: ${line}`);
		return undefined;
	}

	t.teardown(() => {
		fs.rmSync(path.dirname(file), {recursive: true, force: true});
	});
	t.is(fs.statSync(file).mode & 0o777, 0o600);
	t.is(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

for (const stdout of ['closed', 'full'] as const) {
	test.serial(`create-stage with stdout ${stdout}: the stage is named on stderr, its answer kept 0600, exit ${expected[stdout].code}`, async t => {
		const emulator = await emulatorFor(t);
		const result = await runWithStdout(stdout, ['--endpoint-url', emulator.url, '--region', 'us-west-2', '--name', 'lost', '--participant-token-configurations', 'userId=a']);
		assertNoCrash(t, result);
		t.is(result.code, expected[stdout].code, result.stderr);
		const [stage] = await stagesIn(emulator);
		t.truthy(stage, 'the stage was made');
		const lines = stderrLines(result);
		t.is(lines.length, 1, result.stderr);
		t.regex(lines[0]!, expected[stdout].line);
		t.true(lines[0]!.includes(`the stage ${stage!.arn} was created`), result.stderr);
		const answer = keptAnswer(t, lines[0]!) as {stage: {arn: string}; participantTokens: Array<{token: string; userId: string}>};
		t.is(answer.stage.arn, stage!.arn);
		t.is(answer.participantTokens[0]?.userId, 'a');
		t.truthy(answer.participantTokens[0]?.token, 'the token is kept');
	});

	test.serial(`a --count batch with stdout ${stdout}: every stage is named on stderr, the answers kept, exit ${expected[stdout].code}`, async t => {
		const emulator = await emulatorFor(t);
		const result = await runWithStdout(stdout, ['--endpoint-url', emulator.url, '--region', 'us-west-2', '--name', 'b-{n}', '--count', '3']);
		assertNoCrash(t, result);
		t.is(result.code, expected[stdout].code, result.stderr);
		const stages = await stagesIn(emulator);
		t.is(stages.length, 3);
		const lines = stderrLines(result);
		t.is(lines.length, 1, result.stderr);
		t.regex(lines[0]!, expected[stdout].line);
		t.regex(lines[0]!, /3 stages were created/);
		for (const stage of stages) {
			t.true(lines[0]!.includes(stage.arn), `${stage.arn} named`);
		}

		const answer = keptAnswer(t, lines[0]!) as {results: Array<{stage: {arn: string}}>};
		t.deepEqual(answer.results.map(result => result.stage.arn).sort(), stages.map(stage => stage.arn).sort());
	});
}

test.serial('--sandbox with stdout closed: the sandbox stage is named too', async t => {
	const result = await runWithStdout('closed', ['--sandbox', '--name', 's']);
	assertNoCrash(t, result);
	t.is(result.code, 141, result.stderr);
	t.regex(result.stderr, /^Stdout was closed before the answer was written: the stage arn:aws:ivs:us-west-2:\d+:stage\/\w+ was created; /);
	keptAnswer(t, stderrLines(result)[0]!);
});

test.serial('the emulator with stdout closed keeps serving (a script may read its first line and go); SIGTERM ends it with 0', async t => {
	const probe = await startEmulator();
	const {port} = probe;
	await probe.close();
	const child = spawn(process.execPath, [cliPath, 'emulator', '--port', String(port)], {env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ended = new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	t.teardown(() => child.kill('SIGKILL'));
	// Its URL went to the closed stdout: the port answering is the sign it is up (or it died).
	let serving = false;
	void (async () => {
		while (!serving && child.exitCode === null) {
			serving = await fetch(`http://127.0.0.1:${port}/_emulator/state`).then(response => response.ok, () => false);
			await setTimeout(20);
		}
	})();
	await waitFor(() => serving || child.exitCode !== null, () => `the emulator on port ${port}; stderr: ${stderr}`, {timeout: 50_000});
	t.true(serving, `serving, not ended (${child.exitCode}): ${stderr}`);
	child.kill('SIGTERM');
	t.is(await ended, 0, stderr);
	t.notRegex(stderr, /Unhandled 'error' event|\n\s+at /);
});
