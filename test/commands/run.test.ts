// `ivs-stage-wizard run … -- CMD` around one stage: the child's environment and response file,
// its exit code passed on, the stage deleted (ListStages proves it), and every way it can fail.
// Signals: run-signals.test.ts; --count: run-batch.test.ts.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {DeleteStageCommand} from '@aws-sdk/client-ivs-realtime';
import {sdkClient, tempDir} from '../emulator/helpers.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {childReady, childScript, node, type Report, rig, runToEnd, startRun, twoTokens} from '../helpers/run-command.js';

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
	// The emulator's own WHIP endpoint, where publish and a browser can send media.
	t.regex(report.env.IVS_WHIP_ENDPOINT ?? '', /^http:\/\/127\.0\.0\.1:\d+\/whip$/);
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

test('--keep leaves the stage and names it on stderr', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'kept', '--keep'], 'exit:0');
	t.is(result.code, 0, result.stderr);
	const arn = r.report()!.env.IVS_STAGE_ARN!;
	t.deepEqual(await r.stages(), [arn]);
	// The command printed works as typed: the same region and endpoint run used.
	t.is(result.stderr, `Kept the stage ${arn} (--keep); delete it with: aws ivs-realtime delete-stage --arn ${arn} --region ${r.emulator.region} --endpoint-url ${r.emulator.url}\n`);
	t.false(existsSync(r.report()!.env.IVS_STAGE_RESPONSE_FILE!), 'the response file is removed with --keep too');
});

test('a delete that fails is reported with the ARN: exit 254 after a child that succeeded, the child’s code otherwise', async t => {
	const r = await rig(t, {faults: 'error500=1,ops=DeleteStage'});
	const succeeded = await runToEnd(r, ['--name', 'stuck'], 'exit:0');
	t.is(succeeded.code, 254);
	const arn = r.report()!.env.IVS_STAGE_ARN!;
	t.regex(succeeded.stderr, new RegExp(`^Could not delete the stage ${arn} \\(InternalServerException: .*\\); delete it with: aws ivs-realtime delete-stage --arn ${arn} --region ${r.emulator.region} --endpoint-url ${r.emulator.url}\\n$`));
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
	await childReady(run);
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
		// The command typed without -- before it: where it goes, with the AWS CLI's own words after.
		[['--name', 'x', 'echo', 'hi'], /^run takes the command to run after --: ivs-stage-wizard run \[options\] -- CMD \[ARGS\.\.\.\] \(Unknown options: hi, echo\)\n$/],
		[['--name', 'x', '--bogus'], /^Unknown options: --bogus/],
		[['--sandbox', '--keep', '--', node, '-e', ''], /^--keep cannot keep a --sandbox stage/],
	];
	for (const [args, message] of cases) {
		const run = startRun([...r.target, ...args], r.env);
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
	t.regex(help.stdout(), /^Usage: ivs-stage-wizard run /);
	t.regex(help.stdout(), /IVS_STAGE_RESPONSE_FILE/);
});
