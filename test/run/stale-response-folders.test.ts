// A run killed with SIGKILL removes nothing: its response folder (the stage's tokens) stays in
// $TMPDIR. Its name holds the run's pid, and the next run removes it once no process has that pid;
// only that: a live pid's folder, another user's, a link, a file, a name mkdtemp would not make
// are left as they are. Each run here has a $TMPDIR of its own, so nothing else's is touched.
import {chownSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {runTagKey} from '../../source/run/run-tag.js';
import {sdkClient} from '../emulator/helpers.js';
import {alive, killGroup} from '../helpers/processes.js';
import {node, rig, runToEnd, startRun} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

// Writes its pid and the response file's path, then runs until killed.
const waitingChild = (info: string) => [node, '-e', 'require("fs").writeFileSync(process.argv[1], `${process.pid} ${process.env.IVS_STAGE_RESPONSE_FILE}`); setInterval(() => {}, 1 << 30)', info];

test('a run killed with SIGKILL leaves its folder; the next run removes it, and only what is surely a dead run\'s', async t => {
	const r = await rig(t);
	const temporary = path.join(r.directory, 'tmp');
	mkdirSync(temporary);
	const env = {...r.env, TMPDIR: temporary};
	const info = path.join(r.directory, 'child.info');
	const killed = startRun([...r.target, '--name', 'killed', '--', ...waitingChild(info)], env);
	const [childPid, responseFile] = await waitFor(
		() => {
			const match = existsSync(info) ? /^(\d+) (.+)$/.exec(readFileSync(info, 'utf8')) : undefined;
			return match ? [Number(match[1]), match[2]!] as const : undefined;
		},
		() => `the child's pid and file; stderr: ${killed.stderr()}`,
	);
	t.teardown(() => {
		killGroup(childPid);
	});
	const folder = path.dirname(responseFile);
	t.is(path.dirname(folder), temporary);
	t.regex(path.basename(folder), new RegExp(`^ivs-stage-wizard-run-${killed.pid}-[A-Za-z0-9]{6}$`), 'the folder names the run\'s pid');

	process.kill(killed.pid, 'SIGKILL');
	await waitFor(() => !alive(killed.pid), () => `run ${killed.pid} to die`);
	// The orphaned child holds run's pipes: it goes before run's end can be seen.
	killGroup(childPid);
	await waitFor(() => !alive(childPid), () => `the child ${childPid} to end`);
	t.is((await killed.ended).signal, 'SIGKILL');
	t.true(existsSync(responseFile), 'SIGKILL: nothing was removed');
	const {stages = []} = await sdkClient(r.emulator).send(new ListStagesCommand({}));
	t.regex(stages[0]?.tags?.[runTagKey] ?? '', new RegExp(`^${killed.pid}@`), 'the stage it left says which run made it');

	// Beside it, what the next run must leave alone.
	const dead = killed.pid;
	const live = path.join(temporary, `ivs-stage-wizard-run-${process.pid}-Alive1`);
	const others = path.join(temporary, `ivs-stage-wizard-run-${dead}-Other1`);
	const link = path.join(temporary, `ivs-stage-wizard-run-${dead}-Link01`);
	const file = path.join(temporary, `ivs-stage-wizard-run-${dead}-File01`);
	const notMkdtemp = path.join(temporary, `ivs-stage-wizard-run-${dead}-not-six`);
	const linkTarget = path.join(r.directory, 'precious');
	for (const directory of [live, others, notMkdtemp, linkTarget]) {
		mkdirSync(directory);
		writeFileSync(path.join(directory, 'create-stage-response.json'), '{}');
	}

	chownSync(others, 65_534, 65_534);
	symlinkSync(linkTarget, link);
	writeFileSync(file, 'a file');

	const next = await runToEnd(r, ['--name', 'next'], 'exit:0', env);
	t.is(next.code, 0, next.stderr);
	t.false(existsSync(folder), 'the killed run\'s folder is removed');
	t.true(existsSync(path.join(live, 'create-stage-response.json')), 'a live pid\'s folder is kept');
	t.true(existsSync(path.join(others, 'create-stage-response.json')), 'another user\'s folder is not touched');
	t.true(existsSync(link), 'a link is not removed');
	t.true(existsSync(path.join(linkTarget, 'create-stage-response.json')), 'nor followed');
	t.true(existsSync(file), 'a file is not removed');
	t.true(existsSync(notMkdtemp), 'a name mkdtemp would not make is kept');
});
