// Ctrl+C (SIGINT) while prune deletes, without a terminal: the DeleteStage in flight is let
// finish, no other is sent, the result names every stage deleted so far and keeps the rest as
// "interrupted", exit 130. The emulator holds each DeleteStage a while (its latency fault), and
// the test stops prune once one is held after two are done: waiting on state, not on time.
import {spawn} from 'node:child_process';
import {setTimeout as pause} from 'node:timers/promises';
import test from 'ava';
import {collectOutput} from '../helpers/collect-output.js';
import {cliPath} from '../helpers/run-cli.js';
import {control} from '../emulator/helpers.js';
import {cliEnv, makeStages, pruneArgs, pruneEmulator, stagesLeft, type PruneResult} from './helpers.js';

test('SIGINT midway: what was deleted is printed, the rest kept as "interrupted", exit 130', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const names = Array.from({length: 8}, (_, index) => `stop-${index + 1}`);
	await makeStages(limited, names.map(name => ({name, tags: {stop: 'yes'}})));
	t.is((await control(emulator, 'POST', '/_emulator/faults', {spec: 'latency=3s,ops=DeleteStage'})).status, 200);
	const child = spawn(process.execPath, [cliPath, ...pruneArgs(emulator, ['--tag', 'stop=yes', '--yes'])], {env: cliEnv(emulator), stdio: ['ignore', 'pipe', 'pipe']});
	const output = collectOutput(child);
	t.teardown(() => {
		child.kill('SIGKILL');
	});

	// Two deletes done and a third held in the emulator's latency: the stop lands midway. Each is
	// held 3 s, so a test process starved by a loaded machine still sees one held.
	const deadline = Date.now() + 30_000;
	for (;;) {
		const {delayed} = (await control(emulator, 'GET', '/_emulator/faults')).json() as {delayed: number};
		if (delayed >= 1 && (emulator.rateCounts().DeleteStage?.allowed ?? 0) >= 2) {
			break;
		}

		t.true(Date.now() < deadline, 'a third DeleteStage held after two done');
		await pause(10);
	}

	child.kill('SIGINT');
	const {code} = await output.ended;
	t.is(code, 130, output.stderr());
	const result = JSON.parse(output.stdout()) as PruneResult;
	const left = await stagesLeft(emulator);
	// The one held when the stop came was let finish.
	t.true(result.deleted.length >= 3 && result.deleted.length < names.length, `${result.deleted.length} deleted`);
	t.deepEqual(result.failed, []);
	t.true(result.kept.every(stage => stage.reason === 'interrupted'));
	t.deepEqual([...result.deleted, ...result.kept].map(stage => stage.name).sort(), [...names].sort());
	t.deepEqual(result.kept.map(stage => stage.name).sort(), Object.keys(left).sort(), 'kept is exactly what is still there');
	t.is(emulator.rateCounts().DeleteStage?.allowed, result.deleted.length, 'no DeleteStage after the stop');
	t.is(output.stderr(), `Interrupted: ${result.deleted.length} deleted; ${result.kept.length} stages not looked at (under "kept" as "interrupted")\n`);
});
