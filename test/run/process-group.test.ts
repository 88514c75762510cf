// run and the command's process group: every signal run gets goes to the whole group (a shell's
// `sleep`, a node child's own child), so nothing holding the tokens outlives run; a group that
// ignores the signal is killed after --grace; the stage is deleted either way. The child writes
// its own pid and its child's once both run; the test signals only then, and reads /proc after.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {alive, groupMembers, groupOf, killGroup, signalPending} from '../helpers/processes.js';
import {node, rig, startRun, type Rig} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

// The grandchild's output goes elsewhere, so a survivor cannot hold run's pipes (the test then fails, not hangs).
const shellChild = (pids: string, trap = '') => ['sh', '-c', `${trap}sleep 97 >/dev/null 2>&1 & echo "$$ $!" > "$1.tmp" && mv "$1.tmp" "$1"; wait`, 'sh', pids];
const nodeChild = (pids: string) => [node, '-e', 'const c = require("child_process").spawn("sleep", ["97"], {stdio: "ignore"}); require("fs").writeFileSync(process.argv[1], `${process.pid} ${c.pid}\\n`); setInterval(() => {}, 1 << 30)', pids];

type Started = {run: ReturnType<typeof startRun>; leader: number; grandchild: number};

async function startAround(t: Parameters<typeof rig>[0], r: Rig, name: string, child: string[], extra: string[] = []): Promise<Started> {
	const pids = path.join(r.directory, `${name}.pids`);
	const run = startRun([...r.target, '--name', name, ...extra, '--', ...child.map(word => word.replace('$PIDS', pids))], r.env);
	const [leader, grandchild] = await waitFor(
		() => {
			try {
				const match = /^(\d+) (\d+)\n$/.exec(readFileSync(pids, 'utf8'));
				return match ? [Number(match[1]), Number(match[2])] as const : undefined;
			} catch {
				return undefined;
			}
		},
		() => `the child's pids in ${pids}; stderr: ${run.stderr()}`,
	);
	const pgid = groupOf(grandchild)!;
	t.teardown(() => {
		killGroup(pgid);
	});
	t.is(pgid, leader, 'the command leads a process group of its own, its child in it');
	t.not(groupOf(run.pid), pgid, 'run is not in that group');
	return {run, leader, grandchild};
}

for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
	test(`${signal} to run reaches the shell's sleep too: nothing of the group survives, the stage is deleted, exit ${code}`, async t => {
		const r = await rig(t);
		const {run, leader, grandchild} = await startAround(t, r, `group-${signal}`, shellChild('$PIDS'));
		t.is((await r.stages()).length, 1);
		process.kill(run.pid, signal);
		const end = await run.ended;
		t.is(end.code, code, run.stderr());
		t.false(alive(grandchild), 'the sleep the shell started has ended');
		t.deepEqual(groupMembers(leader), [], 'nothing of the group is left');
		t.deepEqual(await r.stages(), []);
	});
}

test('SIGTERM to run reaches what a node child spawned', async t => {
	const r = await rig(t);
	const {run, leader, grandchild} = await startAround(t, r, 'node-child', nodeChild('$PIDS'));
	process.kill(run.pid, 'SIGTERM');
	const end = await run.ended;
	t.is(end.code, 143, run.stderr());
	t.false(alive(grandchild));
	t.deepEqual(groupMembers(leader), []);
	t.deepEqual(await r.stages(), []);
});

test('a group that ignores SIGTERM, SIGINT and SIGHUP is killed after --grace; the stage is deleted, exit 143', async t => {
	const r = await rig(t);
	const {run, leader, grandchild} = await startAround(t, r, 'stubborn', shellChild('$PIDS', 'trap "" TERM INT HUP; '), ['--grace', '1']);
	const sent = performance.now();
	process.kill(run.pid, 'SIGTERM');
	// The second only once the first is taken: two pending at once, Linux hands over SIGINT first.
	await waitFor(() => !signalPending(run.pid, 'SIGTERM'), () => 'the SIGTERM taken');
	process.kill(run.pid, 'SIGINT');
	const end = await run.ended;
	t.is(end.code, 143, run.stderr());
	// A lower bound only: load can make run later, never earlier.
	t.true(performance.now() - sent >= 1000, 'run waited the grace before killing');
	t.false(alive(grandchild));
	t.deepEqual(groupMembers(leader), []);
	t.deepEqual(await r.stages(), []);
});

test('what the command leaves running when it exits is ended too, before the stage is deleted', async t => {
	const r = await rig(t);
	const pids = path.join(r.directory, 'left.pids');
	const run = startRun([...r.target, '--name', 'leaves', '--', 'sh', '-c', 'sleep 97 >/dev/null 2>&1 & echo "$$ $!" > "$1"; exit 3', 'sh', pids], r.env);
	const finished = await run.ended;
	t.is(finished.code, 3, run.stderr());
	const [leader, grandchild] = readFileSync(pids, 'utf8').trim().split(' ').map(Number) as [number, number];
	t.teardown(() => {
		killGroup(leader);
	});
	t.false(alive(grandchild));
	t.deepEqual(groupMembers(leader), []);
	t.deepEqual(await r.stages(), []);
});

for (const value of ['abc', '-1', '3601', '', '1e3']) {
	test(`--grace ${JSON.stringify(value)} is refused in one line (252), no stage made`, async t => {
		const r = await rig(t);
		const run = startRun([...r.target, '--grace', value, '--', 'true'], r.env);
		const end = await run.ended;
		t.is(end.code, 252);
		t.regex(run.stderr(), /^argument --grace: invalid value .*: a number of seconds from 0 to 3600\n$/);
		t.deepEqual(await r.stages(), []);
	});
}
