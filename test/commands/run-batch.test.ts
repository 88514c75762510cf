// `run --count N`: a batch around the command, against the emulator with its limits on; every
// stage deleted afterwards, on success, at the quota and on Ctrl+C.
import path from 'node:path';
import test from 'ava';
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import {ManualClock, sdkClient} from '../emulator/helpers.js';
import {spawnCli} from '../helpers/pty-session.js';
import {runCli} from '../helpers/run-cli.js';
import {childReady, childScript, node, rig, runToEnd, startRun, twoTokens} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

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
	await childReady(interrupted);
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
