// TERM=dumb in a real pseudo-terminal: line mode asks plain questions (numbered choices, y/n, the
// default in brackets) and not one escape byte reaches the terminal, from the first question to
// the created stage (checked at the emulator). Arrow keys typed at it are swallowed, not echoed.
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {emulatorState} from './helpers/line-run.js';
import {keys, spawnLine} from './helpers/line-pty.js';
import {temporaryDir} from './helpers/temporary-dir.js';

const backspace = '\u007F';

test('TERM=dumb: a whole creation with plain questions, and no escape byte written', async t => {
	const emulator = await startEmulator();
	t.teardown(async () => emulator.close());
	const configDir = temporaryDir(t, 'ivs-line-dumb-');
	const session = spawnLine(['--endpoint-url', emulator.url, '--region', 'us-west-2'], {
		env: {TERM: 'dumb', IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'},
		cwd: configDir,
	});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText(/^ {2}1\) Start a new stage\n {2}2\) Profile: default \(change\)$/m);
	await session.answer('What would you like to do?', keys.enter);
	await session.waitForText(/^\? Stage name: $/m);
	session.write(`bad name${keys.enter}`);
	await session.waitForText('> use only letters, digits, - and _');
	await session.answer('Stage name', 'dumb-show', keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.waitForText(/^ {2}1\) Add a tag$/m);
	await session.answer('Tags', '1', keys.enter);
	await session.answer('Key', 'team', keys.enter);
	// Backspace is "\b \b" on a dumb terminal; an arrow key is swallowed.
	await session.answer('Value', 'vidx', backspace, keys.up, 'eo', keys.enter);
	await session.answer('Tags', keys.enter);
	await session.answer('Participants', 'add a participant', keys.enter);
	await session.answer('User ID', 'host', keys.enter);
	await session.answer('Can', '1', keys.enter);
	await session.waitForText(/^\? Token lifetime \(minutes\): $/m);
	session.write(`soon${keys.enter}`);
	await session.waitForText('> enter a number');
	await session.answer('Token lifetime (minutes)', '60', keys.enter);
	await session.answer('Attributes', keys.enter);
	await session.answer('Participants', keys.enter);
	await session.waitForText(/^\? Record each participant \(y\/n\) \[n\]: /m);
	await session.answer('Record each participant', 'n', keys.enter);
	await session.waitForText('No problems: the stage can be created.');
	await session.answer('Ready?', keys.enter);
	await session.answer('What next?', keys.enter);
	const {exitCode} = await session.exited;
	t.is(exitCode, 0);

	const transcript = await session.waitForText(/Stage created: (arn:aws:ivs:us-west-2:\d+:stage\/\w+)/);
	const arn = /Stage created: (\S+)/.exec(transcript)![1];
	for (const line of ['✔ Stage name dumb-show', '✔ Value video', '✔ Can Publish', '✔ Token lifetime (minutes) 60', '✔ Record each participant No', '✔ Ready? Create the stage']) {
		t.true(transcript.includes(line), `${line} in:\n${transcript}`);
	}

	t.false(session.raw().includes('\u001B'), JSON.stringify(session.raw().slice(Math.max(0, session.raw().indexOf('\u001B') - 80), session.raw().indexOf('\u001B') + 40)));
	const {stages} = await emulatorState(emulator);
	const stage = stages.find(candidate => candidate.arn === arn);
	t.is(stage?.name, 'dumb-show');
	t.deepEqual(stage?.tags, {team: 'video'});
});

test('TERM=dumb: Ctrl+C at a question exits 130 and keeps the draft; Ctrl+D on an empty line ends as an interruption', async t => {
	for (const [key, name] of [[keys.ctrlC, 'ctrl-c'], ['\u0004', 'ctrl-d']] as const) {
		const configDir = temporaryDir(t, 'ivs-line-dumb-');
		const session = spawnLine(['--sandbox'], {env: {TERM: 'dumb', IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
		t.teardown(() => {
			session.kill();
		});

		await session.answer('Stage name', `half-${name}`, keys.enter);
		await session.waitForText(/^\? How many stages \[1\]: $/m);
		session.write(key);
		const {exitCode} = await session.exited;
		t.is(exitCode, 130, name);
		const end = await session.waitForText(/Interrupted: no stage was created\.[^\n]*\n?.*draft/s);
		t.regex(end, /draft/, name);
		t.false(session.raw().includes('\u001B'), name);
	}
});
