// Line mode through a real pseudo-terminal and the real @inquirer/prompts, against the sandbox:
// each question answered as a person would (waiting for it first), a refused answer, the static
// table with masked tokens, the 0600 export, exit 0; and Ctrl+C mid-way leaving the draft, exit 130.
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {keys, spawnLine} from './helpers/line-pty.js';
import {temporaryDir} from './helpers/temporary-dir.js';

test('a whole run in a terminal: questions stay in the scrollback, tokens are masked, the export is 0600', async t => {
	const configDir = temporaryDir(t, 'ivs-line-pty-config-');
	const cwd = temporaryDir(t, 'ivs-line-pty-cwd-');
	const session = spawnLine(['--plain', '--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd});
	t.teardown(() => {
		session.kill();
	});

	await session.waitForText('IVS stage wizard (line mode)');
	await session.waitForText(/^\? Stage name/m);
	session.write(`bad name${keys.enter}`);
	await session.waitForText('> use only letters, digits, - and _');
	await session.answer('Stage name', keys.ctrlU, 'pty-show', keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.answer('Tags', keys.up, keys.enter);
	await session.answer('Key', 'team', keys.enter);
	await session.answer('Value', 'video', keys.enter);
	await session.answer('Tags', keys.enter);
	await session.answer('Participants', keys.enter);
	await session.answer('User ID', 'host', keys.enter);
	await session.answer('Can', keys.enter);
	await session.answer('Token lifetime (minutes)', '60', keys.enter);
	await session.answer('Attributes', keys.enter);
	await session.answer('Participants', keys.enter);
	await session.answer('Record each participant', keys.enter);
	await session.waitForText('✔ No problems: the stage can be created.');
	await session.answer('Ready?', keys.enter);
	await session.waitForText(/^\? What next\?/m);

	const transcript = session.transcript();
	// Every answered question is still there, in order, above the result.
	const answered = ['✔ Stage name pty-show', '✔ Key team', '✔ Value video', '✔ User ID host', '✔ Token lifetime (minutes) 60', '✔ Record each participant No', '✔ Ready? Create the stage'];
	const positions = answered.map(line => transcript.indexOf(line));
	t.false(positions.includes(-1), `${JSON.stringify(answered)} in:\n${transcript}`);
	t.deepEqual([...positions].sort((a, b) => a - b), positions);
	t.regex(transcript, /Stage created in the sandbox \(local emulator\): not a real AWS stage\./);
	t.regex(transcript, /Name {6}pty-show/);
	t.regex(transcript, /Tags {6}team=video/);
	t.regex(transcript, /Participant tokens \(1\), masked:/);
	t.regex(transcript, /1 {2}host {5}\w{12} {4}pub\+sub {2}00:59:5\d {4}••••••••••••/);
	t.false(transcript.includes('eyJ'), 'no token reaches the screen unasked');

	await session.answer('What next?', keys.up, keys.up, keys.enter);
	const exported = await session.waitForText(/Exported 1 token to (\S+\.json) \(mode 0600\)/);
	const file = /Exported 1 token to (\S+\.json) \(mode 0600\)/.exec(exported)![1]!;
	t.is(path.dirname(file), cwd);
	t.is(statSync(file).mode & 0o777, 0o600);
	t.true(JSON.parse(readFileSync(file, 'utf8')).participantTokens[0].token.startsWith('eyJ'));

	await session.answer('What next?', keys.enter);
	const {exitCode} = await session.exited;
	t.is(exitCode, 0);
	// The last bytes may reach the headless terminal just after the exit: wait for them, not a time.
	const end = await session.waitForText(/Stage created: (arn:aws:ivs:us-west-2:\d+:stage\/\w+)\nParticipant tokens exported to (\S+) \(mode 0600\)/);
	t.is(/Participant tokens exported to (\S+) \(mode 0600\)/.exec(end)![1], file);
	// Line mode never switches to the alternate screen, and the draft is gone once the stage exists.
	t.false(session.raw().includes('\u001B[?1049h'));
	t.is(JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')).draft, undefined);
});

test('Ctrl+C mid-way exits 130 and keeps the draft, saying where', async t => {
	const configDir = temporaryDir(t, 'ivs-line-pty-config-');
	const session = spawnLine(['--plain', '--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});

	await session.answer('Stage name', 'left-half-done', keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.answer('Tags', keys.up, keys.enter);
	await session.answer('Key', 'team', keys.enter);
	await session.answer('Value', 'video', keys.enter);
	await session.answer('Tags', keys.enter);
	await session.waitForText(/^\? Participants/m);
	session.write(keys.ctrlC);
	const {exitCode} = await session.exited;
	t.is(exitCode, 130);
	const configFile = path.join(configDir, 'config.json');
	await session.waitForText(`Interrupted: no stage was created. Your draft is kept in ${configFile}; run again to resume it.`);
	const {draft} = JSON.parse(readFileSync(configFile, 'utf8')) as {draft: {request: unknown; step: string}};
	t.deepEqual(draft.request, {name: 'left-half-done', tags: {team: 'video'}});
	t.is(draft.step, 'participants');

	// The next start offers it first, and Enter resumes where it stopped.
	const again = spawnLine(['--plain', '--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
	t.teardown(() => {
		again.kill();
	});
	await again.waitForText(/❯ Resume your draft — saved .*"left-half-done", 1 tag/);
	await again.answer('What would you like to do?', keys.enter);
	await again.waitForText(/^\? Participants/m);
	t.false(again.transcript().includes('Step 2 of 6'));
	again.write(keys.ctrlC);
	t.is((await again.exited).exitCode, 130);
});

for (const [what, env] of [
	['TERM=dumb', {TERM: 'dumb'}],
	['IVS_STAGE_WIZARD_PLAIN=1', {IVS_STAGE_WIZARD_PLAIN: '1'}],
] as const) {
	test(`${what} picks line mode without --plain`, async t => {
		const configDir = temporaryDir(t, 'ivs-line-pty-config-');
		const session = spawnLine(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir, ...env}, cwd: configDir});
		t.teardown(() => {
			session.kill();
		});
		await session.waitForText('IVS stage wizard (line mode)');
		await session.waitForText(/^\? Stage name/m);
		session.write(keys.ctrlC);
		t.is((await session.exited).exitCode, 130);
		t.false(session.raw().includes('\u001B[?1049h'));
	});
}
