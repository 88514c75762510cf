// `run` and signals: SIGINT, SIGTERM and SIGHUP sent on to the child, the stage deleted all the
// same, exit 128+signal; a Ctrl+C typed in a real terminal reaches the child once. Signals are sent
// once the child has printed "ready" (its handlers set), never after a fixed sleep.
import {existsSync, statSync} from 'node:fs';
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {childReady, childScript, node, rig, startRun, twoTokens} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

test('SIGINT to run goes to the child; the stage is deleted and run exits 130; the response file is 0600 while the child runs', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'interrupted', ...twoTokens, '--', node, childScript, r.reportPath, 'wait'], r.env);
	await childReady(run);
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
		await childReady(run);
		process.kill(run.pid, signal);
		const end = await run.ended;
		t.is(end.code, code, `${signal}: ${run.stderr()}`);
		t.deepEqual(r.report()?.signals, [signal], `${signal} was sent on to the child`);
		t.deepEqual(await r.stages(), [], `${signal}: the stage is deleted`);
	}
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
