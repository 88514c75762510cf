// prune at a terminal (a real pseudo-terminal, the built bin): the stages it chose as a table,
// then one question, default no. Yes deletes them (each checked again just before); no, or
// Enter, deletes nothing and says so in the result.
import test from 'ava';
import {control} from '../emulator/helpers.js';
import {spawnCli} from '../helpers/pty-session.js';
import {cliEnv, makeStages, pruneArgs, pruneEmulator, stagesLeft} from './helpers.js';

test('in a terminal prune shows the stages, asks, and deletes them on yes; a connected one is shown kept', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'pty-1', tags: {env: 'pty'}}, {name: 'pty-2', tags: {env: 'pty'}}, {name: 'pty-live', tags: {env: 'pty'}}]);
	await control(emulator, 'POST', '/_emulator/join', {stageArn: arns['pty-live'], userId: 'host'});
	const session = spawnCli(pruneArgs(emulator, ['--tag', 'env=pty']), {columns: 120, env: cliEnv(emulator)});
	t.teardown(() => {
		session.kill();
	});

	const screen = await session.waitForText(/\? Delete 2 stages in us-west-2\? \(y\/N\)/);
	t.regex(screen, /Stages prune chose/);
	t.regex(screen, /\|\|\s+delete\s+\|\|/);
	for (const name of ['pty-1', 'pty-2']) {
		t.true(screen.includes(arns[name]!), `${name} listed:\n${screen}`);
	}

	t.regex(screen, /\|\|\s+keep\s+\|\|[\s\S]*name\s+\|\s+pty-live\s+\|\|\n\s*\|\|\s+reason\|\s+a participant is connected/);
	t.is(emulator.rateCounts().DeleteStage, undefined, 'nothing deleted before the answer');
	session.write('y');
	await session.waitForText(/Delete 2 stages in us-west-2\? \(y\/N\) y/);
	session.write('\r');
	t.is((await session.exited).exitCode, 0, session.history());
	t.deepEqual(await stagesLeft(emulator), {'pty-live': arns['pty-live']});
	// The result follows, a table by default at a terminal.
	t.regex(session.history(), /\|\s+Prune\s+\|[\s\S]*\|\|\s+deleted\s+\|\|/);
});

test('in a terminal, Enter takes the default no: nothing is deleted, the chosen stages are kept "not confirmed"', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'stay-1', tags: {env: 'pty'}}]);
	const session = spawnCli(pruneArgs(emulator, ['--tag', 'env=pty', '--output', 'json']), {env: cliEnv(emulator)});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText(/\? Delete 1 stage in us-west-2\? \(y\/N\)/);
	session.write('\r');
	t.is((await session.exited).exitCode, 0, session.history());
	await session.waitForText('"reason": "not confirmed"');
	t.deepEqual(await stagesLeft(emulator), {'stay-1': arns['stay-1']});
	t.is(emulator.rateCounts().DeleteStage, undefined);
});

test('in a terminal, selectors that choose no stage say so in one line, not an empty table; nothing is asked or deleted', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	await makeStages(limited, [{name: 'other', tags: {env: 'pty'}}]);
	const session = spawnCli(pruneArgs(emulator, ['--name', 'nope-*', '--tag', 'env=pty']), {env: cliEnv(emulator)});
	t.teardown(() => {
		session.kill();
	});

	// The line first, then the exit: what a program writes just before it ends is read before the
	// pseudo-terminal closes.
	await session.waitForText('nothing was deleted.');
	t.is((await session.exited).exitCode, 0, session.history());
	const history = session.history();
	t.true(history.includes('No stage in us-west-2 is chosen by --tag env=pty --name nope-*: nothing was deleted.\n'), history);
	t.notRegex(history, /Prune|Delete \d|\+-/);
	t.is(emulator.rateCounts().DeleteStage, undefined);
});

test('in a terminal, --dry-run says after the result that nothing was deleted, and asks nothing', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'dry-1', tags: {env: 'pty'}}, {name: 'dry-2', tags: {env: 'pty'}}]);
	const session = spawnCli(pruneArgs(emulator, ['--tag', 'env=pty', '--dry-run']), {columns: 120, env: cliEnv(emulator)});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText('a real run would delete the 2 stages under "deleted".');
	t.is((await session.exited).exitCode, 0, session.history());
	const history = session.history();
	t.regex(history, /\|\|\s+deleted\s+\|\|[\s\S]*--dry-run: nothing was deleted;/);
	t.notRegex(history, /Delete \d stages/);
	t.is(emulator.rateCounts().DeleteStage, undefined);
	t.deepEqual(await stagesLeft(emulator), arns);
});
