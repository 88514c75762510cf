// --from-runs: the stages `run` tagged (ivs-stage-wizard:run = "<pid>@<host> <start>[ keep]")
// whose run is over. On this host a pid that is gone; on another host a run older than
// --idle-for. Never a run --keep stage, never a tag run did not write, never another stage.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import os from 'node:os';
import test from 'ava';
import {tagHostname} from '../../source/run/run-tag.js';
import {control} from '../emulator/helpers.js';
import {makeStages, namesOf, pruneEmulator, reasonOf, runPrune, stagesLeft, type PruneResult} from './helpers.js';

const key = 'ivs-stage-wizard:run';

/** The pid of a process that has ended: a run killed and gone. */
async function deadPid(): Promise<number> {
	const child = spawn(process.execPath, ['-e', ''], {stdio: 'ignore'});
	await once(child, 'exit');
	return child.pid!;
}

test('--from-runs takes a dead run\'s stages on this host, and keeps the living, --keep, other hosts\' and odd tags, saying why', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const host = tagHostname(os.hostname());
	const dead = await deadPid();
	const now = Date.now();
	const at = (msAgo: number) => new Date(now - msAgo).toISOString();
	const arns = await makeStages(limited, [
		{name: 'dead-run', tags: {[key]: `${dead}@${host} ${at(3_600_000)}`}},
		{name: 'live-run', tags: {[key]: `${process.pid}@${host} ${at(60_000)}`}},
		{name: 'kept-run', tags: {[key]: `${dead}@${host} ${at(3_600_000)} keep`}},
		{name: 'far-old', tags: {[key]: `4242@elsewhere.example ${at(3 * 3_600_000)}`}},
		{name: 'far-new', tags: {[key]: `4242@elsewhere.example ${at(10 * 60_000)}`}},
		{name: 'odd-tag', tags: {[key]: 'someone else\'s value'}},
		{name: 'not-a-run'},
	]);
	const run = await runPrune(emulator, ['--from-runs', '--yes']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	const result = JSON.parse(run.stdout) as PruneResult;
	t.deepEqual(namesOf(result), {deleted: ['dead-run'], kept: ['far-new', 'far-old', 'kept-run', 'live-run', 'odd-tag'], failed: []});
	t.is(reasonOf(result, 'live-run'), `its run (pid ${process.pid} on this host) is still running`);
	t.is(reasonOf(result, 'kept-run'), 'run --keep left it on purpose');
	t.is(reasonOf(result, 'far-old'), 'its run was on another host (elsewhere.example), whose processes cannot be checked from here; add --idle-for to take other hosts\' runs that started longer ago than that');
	t.is(reasonOf(result, 'odd-tag'), `its ${key} tag is not one run writes`);

	// With --idle-for another host's run counts as over once it started that long ago, and the
	// stage must have been idle as long: the emulator ends both sessions three hours back.
	for (const name of ['far-old', 'far-new']) {
		t.is((await control(emulator, 'POST', '/_emulator/end-session', {stageArn: arns[name], endTime: at(3 * 3_600_000)})).status, 200);
	}

	const later = await runPrune(emulator, ['--from-runs', '--idle-for', '1h', '--yes']);
	t.is(later.code, 0, later.stderr);
	const after = JSON.parse(later.stdout) as PruneResult;
	t.deepEqual(namesOf(after), {deleted: ['far-old'], kept: ['far-new', 'kept-run', 'live-run', 'odd-tag'], failed: []});
	t.regex(reasonOf(after, 'far-new')!, /^its run on elsewhere\.example started 10m\d*s? ago, within --idle-for 1h$/);
	t.deepEqual(Object.keys(await stagesLeft(emulator)).sort(), ['far-new', 'kept-run', 'live-run', 'not-a-run', 'odd-tag']);
});
