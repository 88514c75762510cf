// `ivs-stage-wizard run … -- CMD`: the built bin as a real process, against an emulator with its
// limits on, around a real child (test/fixtures/run/child.mjs) that reports what it was given.
// ListStages on the emulator proves each delete. Signals are sent once the child has printed
// "ready", never after a fixed sleep.
import {spawn} from 'node:child_process';
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {CreateStageCommand, DeleteStageCommand, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import type {EmulatorOptions, RunningEmulator} from '../../source/emulator/start-emulator.js';
import {ManualClock, sdkClient, startTestEmulator, tempDir} from '../emulator/helpers.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {spawnCli} from '../helpers/pty-session.js';
import {waitFor} from '../helpers/wait-for.js';

const childScript = fileURLToPath(new URL('../fixtures/run/child.mjs', import.meta.url));
const node = process.execPath;

type Report = {
	env: Record<string, string>;
	signals: string[];
	fileMode?: string;
	directoryMode?: string;
	response?: {stage: Record<string, any>; participantTokens?: Array<Record<string, unknown>>; results?: unknown[]};
};

type RunProcess = {
	pid: number;
	stdout: () => string;
	stderr: () => string;
	ended: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
};

function startRun(args: string[], env: NodeJS.ProcessEnv): RunProcess {
	// A process group of its own: a test run from a terminal must not look like that terminal's Ctrl+C.
	const child = spawn(node, [cliPath, 'run', ...args], {env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => {
		child.on('close', (code, signal) => {
			resolve({code, signal});
		});
	});
	return {pid: child.pid!, stdout: () => stdout, stderr: () => stderr, ended};
}

type Rig = {emulator: RunningEmulator; directory: string; env: NodeJS.ProcessEnv; target: string[]; report: () => Report | undefined; reportPath: string; stages: () => Promise<string[]>};

async function rig(t: ExecutionContext, options: Partial<EmulatorOptions> = {}): Promise<Rig> {
	const emulator = await startTestEmulator(t, {limits: true, ...options});
	const directory = await tempDir(t);
	const reportPath = path.join(directory, 'report.json');
	return {
		emulator,
		directory,
		reportPath,
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
		target: ['--endpoint-url', emulator.url, '--region', emulator.region],
		report: () => (existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) as Report : undefined),
		async stages() {
			const arns: string[] = [];
			let nextToken: string | undefined;
			do {
				// eslint-disable-next-line no-await-in-loop
				const page = await sdkClient(emulator).send(new ListStagesCommand({maxResults: 100, ...(nextToken ? {nextToken} : {})}));
				arns.push(...(page.stages ?? []).map(stage => stage.arn!));
				nextToken = page.nextToken;
			} while (nextToken);

			return arns;
		},
	};
}

const twoTokens = ['--participant-token-configurations', 'userId=host,capabilities=PUBLISH,SUBSCRIBE', 'userId=guest,capabilities=SUBSCRIBE'];

async function runToEnd(r: Rig, args: string[], childMode: string, env = r.env) {
	const run = startRun([...r.target, ...args, '--', node, childScript, r.reportPath, childMode], env);
	const end = await run.ended;
	return {...end, stdout: run.stdout(), stderr: run.stderr()};
}

test('passes the child exit code 0 on, with the stage in its environment, and deletes the stage', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'e2e', ...twoTokens], 'exit:0');
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'ready\n', 'the child owns stdout; run adds nothing');
	t.is(result.stderr, '');
	const report = r.report()!;
	const response = report.response!;
	t.regex(report.env.IVS_STAGE_ARN ?? '', /^arn:aws:ivs:us-west-2:\d{12}:stage\//);
	t.is(report.env.IVS_STAGE_ARN, response.stage.arn);
	t.is(response.stage.name, 'e2e');
	t.truthy(response.stage.activeSessionId);
	t.is(report.env.IVS_STAGE_SESSION_ID, response.stage.activeSessionId);
	t.is(report.env.IVS_WHIP_ENDPOINT, response.stage.endpoints.whip);
	t.is(report.env.IVS_EVENTS_ENDPOINT, response.stage.endpoints.events);
	t.regex(report.env.IVS_WHIP_ENDPOINT ?? '', /^https:\/\//);
	const tokens = JSON.parse(report.env.IVS_PARTICIPANT_TOKENS ?? '[]') as Array<{userId: string; token: string}>;
	t.deepEqual(tokens.map(token => token.userId), ['host', 'guest']);
	t.deepEqual(tokens, response.participantTokens as unknown[]);
	t.is(report.fileMode, '600');
	t.is(report.directoryMode, '700');
	t.is(report.env.IVS_SANDBOX_ENDPOINT_URL, undefined, 'only with --sandbox');
	t.false(existsSync(report.env.IVS_STAGE_RESPONSE_FILE!), 'the response file is removed');
	t.false(existsSync(path.dirname(report.env.IVS_STAGE_RESPONSE_FILE!)), 'and its directory');
	t.deepEqual(await r.stages(), [], 'ListStages: the stage is gone');
});

test('passes a failing exit code on (3) and deletes the stage all the same', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'fails'], 'exit:3');
	t.is(result.code, 3, result.stderr);
	t.is(result.stderr, '');
	t.truthy(r.report()?.env.IVS_STAGE_ARN);
	t.deepEqual(await r.stages(), []);

	// A child killed by a signal: 128+signal, as a shell reports it.
	const killed = startRun([...r.target, '--name', 'killed', '--', node, '-e', 'process.kill(process.pid, "SIGKILL")'], r.env);
	t.is((await killed.ended).code, 137, killed.stderr());
	t.deepEqual(await r.stages(), []);
});

test('SIGINT to run goes to the child; the stage is deleted and run exits 130; the response file is 0600 while the child runs', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'interrupted', ...twoTokens, '--', node, childScript, r.reportPath, 'wait'], r.env);
	await waitFor(() => run.stdout().includes('ready'), () => `"ready" from the child; stderr: ${run.stderr()}`);
	const file = r.report()!.env.IVS_STAGE_RESPONSE_FILE!;
	t.is((statSync(file).mode & 0o777).toString(8), '600');
	t.is((await r.stages()).length, 1, 'the stage exists while the child runs');
	process.kill(run.pid, 'SIGINT');
	const end = await run.ended;
	t.is(end.code, 130, run.stderr());
	t.false(existsSync(file));
	t.deepEqual(await r.stages(), []);
});

test('SIGINT while CreateStage is out: the child never starts, and the stage it made is deleted (130)', async t => {
	// The emulator holds CreateStage's answer; --debug says when the request has gone out.
	const r = await rig(t, {faults: 'latency=2s,ops=CreateStage'});
	const run = startRun([...r.target, '--debug', '--name', 'early', '--', node, childScript, r.reportPath, 'exit:0'], r.env);
	await waitFor(() => /POST \S+\/CreateStage/.test(run.stderr()), () => `CreateStage going out; stderr: ${run.stderr()}`);
	process.kill(run.pid, 'SIGINT');
	const end = await run.ended;
	t.is(end.code, 130, run.stderr());
	t.is(r.report(), undefined, 'the child never ran');
	t.regex(run.stderr(), /POST \S+\/DeleteStage/);
	t.deepEqual(await r.stages(), []);
});

test('SIGTERM and SIGHUP reach the child; a child that exits 0 on them still makes run exit 128+signal, the stage deleted', async t => {
	const r = await rig(t);
	for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
		const run = startRun([...r.target, '--name', `trap-${signal}`, '--', node, childScript, r.reportPath, 'trap'], r.env);
		// eslint-disable-next-line no-await-in-loop
		await waitFor(() => run.stdout().includes('ready'), () => `"ready" from the child; stderr: ${run.stderr()}`);
		process.kill(run.pid, signal);
		// eslint-disable-next-line no-await-in-loop
		const end = await run.ended;
		t.is(end.code, code, `${signal}: ${run.stderr()}`);
		t.deepEqual(r.report()?.signals, [signal], `${signal} was sent on to the child`);
		// eslint-disable-next-line no-await-in-loop
		t.deepEqual(await r.stages(), [], `${signal}: the stage is deleted`);
	}
});

test('--keep leaves the stage and names it on stderr', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'kept', '--keep'], 'exit:0');
	t.is(result.code, 0, result.stderr);
	const arn = r.report()!.env.IVS_STAGE_ARN!;
	t.deepEqual(await r.stages(), [arn]);
	t.is(result.stderr, `Kept the stage ${arn} (--keep); delete it with: aws ivs-realtime delete-stage --arn ${arn}\n`);
	t.false(existsSync(r.report()!.env.IVS_STAGE_RESPONSE_FILE!), 'the response file is removed with --keep too');
});

test('a delete that fails is reported with the ARN: exit 254 after a child that succeeded, the child’s code otherwise', async t => {
	const r = await rig(t, {faults: 'error500=1,ops=DeleteStage'});
	const succeeded = await runToEnd(r, ['--name', 'stuck'], 'exit:0');
	t.is(succeeded.code, 254);
	const arn = r.report()!.env.IVS_STAGE_ARN!;
	t.regex(succeeded.stderr, new RegExp(`^Could not delete the stage ${arn} \\(InternalServerException: .*\\); delete it with: aws ivs-realtime delete-stage --arn ${arn}\\n$`));
	const failed = await runToEnd(r, ['--name', 'stuck'], 'exit:4');
	t.is(failed.code, 4);
	const second = r.report()!.env.IVS_STAGE_ARN!;
	t.true(failed.stderr.includes(second));
	t.deepEqual(new Set(await r.stages()), new Set([arn, second]), 'both stages are still there, as reported');
});

test('a stage the command deleted itself is not reported as left behind: exit 0', async t => {
	const r = await rig(t);
	const done = path.join(r.directory, 'done');
	const run = startRun([...r.target, '--name', 'self-cleaning', '--', node, childScript, r.reportPath, `file:${done}`], r.env);
	await waitFor(() => run.stdout().includes('ready'), () => `"ready" from the child; stderr: ${run.stderr()}`);
	await sdkClient(r.emulator).send(new DeleteStageCommand({arn: r.report()!.env.IVS_STAGE_ARN}));
	writeFileSync(done, '');
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	t.is(run.stderr(), '');
	t.deepEqual(await r.stages(), []);
});

test('a CreateStage the service refuses: the AWS CLI’s error line, exit 254, and no child', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'refused'], 'exit:0', {...r.env, AWS_ACCESS_KEY_ID: 'AKIDUNKNOWN'});
	t.is(result.code, 254);
	t.regex(result.stderr, /^\nAn error occurred \(UnrecognizedClientException\) when calling the CreateStage operation: [^\n]+\n$/);
	t.is(r.report(), undefined, 'the child never ran');
	t.deepEqual(await r.stages(), []);
});

test('a command that cannot be found: one line, exit 127, the stage deleted', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'missing', '--', path.join(r.directory, 'no-such-command'), 'arg'], r.env);
	const end = await run.ended;
	t.is(end.code, 127);
	t.is(run.stderr(), `Could not run ${JSON.stringify(path.join(r.directory, 'no-such-command'))}: command not found (ENOENT).\n`);
	t.deepEqual(await r.stages(), []);
});

test('bad command lines: one line, exit 252, nothing created', async t => {
	const r = await rig(t);
	const cases: Array<[string[], RegExp]> = [
		[['--name', 'x'], /^run needs the command to run after --: /],
		[['--name', 'x', '--'], /nothing came after --/],
		[['--output', 'json', '--query', 'stage.arn', '--', node, '-e', ''], /^run does not take --output, --query: /],
		[['--cli-auto-prompt', '--save-preset', 'p', '--', node, '-e', ''], /^run does not take --cli-auto-prompt, --save-preset: /],
		[['--name', 'not a name', '--', node, '-e', ''], /name/],
		[['--bogus', '--', node, '-e', ''], /Unknown options: --bogus/],
		[['--sandbox', '--keep', '--', node, '-e', ''], /^--keep cannot keep a --sandbox stage/],
	];
	for (const [args, message] of cases) {
		const run = startRun([...r.target, ...args], r.env);
		// eslint-disable-next-line no-await-in-loop
		const end = await run.ended;
		t.is(end.code, 252, args.join(' '));
		t.regex(run.stderr(), message, args.join(' '));
		t.is(run.stderr().trim().split('\n').length, 1, `one line: ${run.stderr()}`);
		t.is(run.stdout(), '');
	}

	t.deepEqual(await r.stages(), []);
});

test('--debug logs the calls but never a participant token', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--debug', '--name', 'debugged', ...twoTokens], 'exit:0');
	t.is(result.code, 0, result.stderr);
	t.regex(result.stderr, /DEBUG Response body: \{"stage":\{"arn"/, 'the CreateStage answer is logged');
	t.regex(result.stderr, /DEBUG Sending request \(attempt \d+\): POST \S+\/DeleteStage/);
	const tokens = (r.report()!.response!.participantTokens ?? []).map(token => String(token.token));
	t.is(tokens.length, 2);
	for (const token of tokens) {
		t.false(result.stderr.includes(token), 'a token reached --debug output');
		t.false(result.stderr.includes(token.split('.')[2]!), 'a token signature reached --debug output');
	}
});

test('--sandbox: the emulator in-process, the exit code passed on; run --help', async t => {
	const directory = await tempDir(t);
	const reportPath = path.join(directory, 'report.json');
	const run = startRun(['--sandbox', '--name', 'sandboxed', '--', node, childScript, reportPath, 'exit:7'], cleanEnv());
	const end = await run.ended;
	t.is(end.code, 7, run.stderr());
	const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
	t.is(report.response?.stage.name, 'sandboxed');
	t.regex(report.env.IVS_SANDBOX_ENDPOINT_URL ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);

	// The command can use the sandbox: here, it asks the emulator for the stage it was given.
	const asks = startRun(['--sandbox', '--name', 'asked', '--', node, '--input-type=module', '-e', `
		const state = await (await fetch(process.env.IVS_SANDBOX_ENDPOINT_URL + '/_emulator/state')).json();
		process.exit(state.stages.some(stage => stage.arn === process.env.IVS_STAGE_ARN) ? 0 : 9);
	`], cleanEnv());
	t.is((await asks.ended).code, 0, asks.stderr());

	const help = startRun(['--help'], cleanEnv());
	t.is((await help.ended).code, 0);
	t.regex(help.stdout(), /^usage: ivs-stage-wizard run /);
	t.regex(help.stdout(), /IVS_STAGE_RESPONSE_FILE/);
});

test('--count 3: IVS_STAGE_ARN is the first stage, the file holds {"results": [...]} in order, every stage deleted', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--count', '3', '--name', 'room-{n}', ...twoTokens], 'exit:5');
	t.is(result.code, 5, result.stderr);
	t.is(result.stderr, '');
	const report = r.report()!;
	const results = report.response!.results as Array<{stage: {arn: string; name: string; activeSessionId: string; endpoints: {whip: string}}; participantTokens: unknown[]}>;
	t.deepEqual(results.map(each => each.stage.name), ['room-1', 'room-2', 'room-3']);
	t.is(new Set(results.map(each => each.stage.arn)).size, 3);
	t.is(report.env.IVS_STAGE_ARN, results[0]!.stage.arn);
	t.is(report.env.IVS_STAGE_SESSION_ID, results[0]!.stage.activeSessionId);
	t.is(report.env.IVS_WHIP_ENDPOINT, results[0]!.stage.endpoints.whip);
	t.deepEqual(JSON.parse(report.env.IVS_PARTICIPANT_TOKENS!), results[0]!.participantTokens);
	t.is(report.fileMode, '600');
	t.deepEqual(await r.stages(), [], 'ListStages: every stage of the batch is gone');

	const interrupted = startRun([...r.target, '--count', '2', '--', node, childScript, r.reportPath, 'wait'], r.env);
	await waitFor(() => interrupted.stdout().includes('ready'), () => `"ready" from the child; stderr: ${interrupted.stderr()}`);
	t.is((await r.stages()).length, 2);
	process.kill(interrupted.pid, 'SIGINT');
	t.is((await interrupted.ended).code, 130, interrupted.stderr());
	t.deepEqual(await r.stages(), [], 'SIGINT: both stages deleted');
});

test('--count meeting the quota: refused before anything is made; with --no-quota-check it stops at the quota, deletes what it made, exit 254, no child', async t => {
	// The emulator's limits are on; its own clock is moved on while it is filled, so the fill needs no waiting.
	const clock = new ManualClock();
	const r = await rig(t, {clock: clock.now});
	const client = sdkClient(r.emulator);
	for (let index = 0; index < 98; index++) {
		// eslint-disable-next-line no-await-in-loop
		await client.send(new CreateStageCommand({name: `existing-${index}`}));
		clock.advance(200);
	}

	const before = await r.stages();
	t.is(before.length, 98);
	const refused = await runToEnd(r, ['--count', '3', '--name', 'q-{n}'], 'exit:0');
	t.is(refused.code, 252);
	t.regex(refused.stderr, /^--count 3: 98 of the quota of 100 stages in us-west-2 exist already, so there is room for 2; nothing was created\./);
	t.is(r.report(), undefined);

	const stopped = await runToEnd(r, ['--count', '3', '--name', 'q-{n}', '--no-quota-check'], 'exit:0');
	t.is(stopped.code, 254, stopped.stderr);
	t.regex(stopped.stderr, /^\nAn error occurred \(ServiceQuotaExceededException\) when calling the CreateStage operation: [^\n]+\nThe batch stopped at stage 3 of 3; the command was not run\.\n$/);
	t.is(r.report(), undefined, 'the child never ran');
	t.deepEqual(new Set(await r.stages()), new Set(before), 'the two stages the batch made are deleted');
});

test('--preset with a count makes a batch around the command; --count over it', async t => {
	const r = await rig(t);
	const env = {...r.env, IVS_STAGE_WIZARD_CONFIG_DIR: path.join(r.directory, 'config')};
	const saved = await runCli(['presets', 'save', 'rooms', '--name', 'room-{n}', '--count', '2'], {env});
	t.is(saved.code, 0, saved.stderr);
	const fromPreset = await runToEnd(r, ['--preset', 'rooms'], 'exit:0', env);
	t.is(fromPreset.code, 0, fromPreset.stderr);
	t.deepEqual((r.report()!.response!.results as Array<{stage: {name: string}}>).map(each => each.stage.name), ['room-1', 'room-2']);
	const overridden = await runToEnd(r, ['--preset', 'rooms', '--count', '3'], 'exit:0', env);
	t.is(overridden.code, 0, overridden.stderr);
	t.is(r.report()!.response!.results!.length, 3);
	t.deepEqual(await r.stages(), []);
});

test('Ctrl+C in a real terminal reaches the child once (from the terminal, not again from run); the stage is deleted, exit 130', async t => {
	const r = await rig(t);
	const session = spawnCli(['run', ...r.target, '--name', 'tty', '--', node, childScript, r.reportPath, 'count'], {env: r.env});
	await session.waitForText('ready');
	session.write('\u0003');
	await session.waitForText('got SIGINT 1');
	// run sends signals on in the order it gets them: a second SIGINT would come before this SIGHUP.
	session.kill();
	const {exitCode} = await session.exited;
	t.is(exitCode, 130, session.history());
	t.deepEqual(r.report()?.signals, ['SIGINT', 'SIGHUP']);
	t.deepEqual(await r.stages(), []);
});

test('--count in a terminal: a progress bar on stderr while the batch is made, cleared before the command starts', async t => {
	const r = await rig(t);
	const session = spawnCli(['run', ...r.target, '--count', '4', '--name', 'bar-{n}', '--', node, '-e', 'console.log("the command ran")'], {env: r.env});
	const {exitCode} = await session.exited;
	t.is(exitCode, 0, session.history());
	await session.waitForText('the command ran');
	t.regex(session.raw(), /\[#+\] 4\/4/, 'the bar reached 4/4');
	t.is(session.history().trim(), 'the command ran', 'the bar was cleared: the terminal holds the command\'s output only');
	t.deepEqual(await r.stages(), []);
});

test('SIGINT during a batch: it stops after the stage in flight, the command never starts, what was made is deleted (130)', async t => {
	const r = await rig(t, {faults: 'latency=500ms,ops=CreateStage'});
	const run = startRun([...r.target, '--debug', '--count', '5', '--name', 'cut-{n}', '--', node, childScript, r.reportPath, 'exit:0'], r.env);
	await waitFor(() => /POST \S+\/CreateStage/.test(run.stderr()), () => `CreateStage going out; stderr: ${run.stderr()}`);
	process.kill(run.pid, 'SIGINT');
	const end = await run.ended;
	t.is(end.code, 130, run.stderr());
	t.is(r.report(), undefined, 'the command never ran');
	const creates = run.stderr().match(/POST \S+\/CreateStage/g) ?? [];
	const deletes = run.stderr().match(/POST \S+\/DeleteStage/g) ?? [];
	t.true(creates.length < 5, `stopped early: ${creates.length} CreateStage requests`);
	t.is(deletes.length, creates.length, 'each stage made is deleted');
	t.deepEqual(await r.stages(), []);
});
