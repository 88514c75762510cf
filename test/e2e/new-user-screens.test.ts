// The screens a new user meets under --sandbox, in a real pseudo-terminal at 80 and 60 columns:
// where the stage goes is on the start screen, the header keeps the emulator's port, footers end
// in whole words, the review offers no 0 that leads nowhere, and on the live table r shows a token
// and s says the preset was saved.
import test from 'ava';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {loose} from '../helpers/wait-for.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const keys = {enter: '\r', tab: '\t'};

async function type(session: PtySession, data: string, expect: string | RegExp): Promise<string> {
	session.write(data);
	return session.waitForText(expect);
}

function lastLine(screen: string): string {
	return screen.trimEnd().split('\n').at(-1) ?? '';
}

test('at 60 columns: where the stage goes on the start screen, the port in the header, whole footers, the same step numbers as line mode', async t => {
	const session = spawnCli(['--sandbox'], {columns: 60, rows: 24, env: {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-new-user-60-')}});
	t.teardown(() => {
		session.kill();
	});
	const start = await session.waitForText('What would you like to do?');
	t.regex(start, /^ ?\[?SANDBOX\]? +local emulator http:\/\/127\.0\.0\.1:\d+$/m, 'the header keeps the whole emulator address');
	const url = /http:\/\/127\.0\.0\.1:\d+/.exec(start)![0];
	t.regex(start, loose(`Where the stage goes the sandbox (local emulator ${url} · us-west-2): not a real AWS stage`));
	t.notRegex(lastLine(start), /…$/);

	for (const [key, screen, heading] of [
		[keys.enter, 'Stage name — Name the stage', '2/6 Name'],
		[keys.tab, 'Tags — Optional tags', '3/6 Tags'],
		[keys.tab, 'Participants — Tokens', '4/6 Participants'],
		[keys.tab, 'Recording — Optional', '5/6 Recording'],
	] as const) {
		const shown = await type(session, key, screen);
		t.true(shown.includes(heading), `${heading} in the header`);
		t.notRegex(lastLine(shown), /…$/, `the footer of ${screen} ends in a whole word`);
	}

	session.kill();
});

test('at 80 columns: no 0 on the sandbox review; r shows the selected token, s says the preset was saved', async t => {
	const session = spawnCli(['--sandbox', '--name', 'room', '--participant-token-configurations', 'userId=teacher', 'userId=student'], {
		columns: 80,
		rows: 24,
		env: {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-new-user-80-')},
	});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, 'Stage name — Name the stage');
	await type(session, keys.tab, 'Tags — Optional tags');
	await type(session, keys.tab, 'Participants — Tokens');
	await type(session, keys.tab, 'Recording — Optional');
	const review = await type(session, keys.enter, '✓ No problems: Enter creates the stage.');
	t.regex(review, /^Where .*$/m);
	t.notRegex(review, /^Where .*\[0\]$/m, 'the sandbox review offers no 0');
	const after = await type(session, '0', loose('The sandbox decides where its stages go'));
	t.true(after.includes('Review and create'), '0 leaves the review where it is');

	const table = await type(session, keys.enter, /teacher\s+\S+\s+pub\+sub/);
	t.notRegex(table, /^Token /m);
	const revealed = await type(session, 'r', /^Token eyJ/m);
	// The token wraps over the lines under the table: read back whole, it is a JWT for teacher.
	const token = /^Token (eyJ[\w\n-]+\.[\w\n-]+\.[\w\n-]+)/m.exec(revealed)![1]!.replaceAll('\n', '');
	const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {user_id?: string};
	t.is(claims.user_id, 'teacher');
	await type(session, '\u001B[B', /^› +student/m);
	const second = await session.waitForText(/^Token eyJ/m);
	const secondToken = /^Token (eyJ[\w\n-]+\.[\w\n-]+\.[\w\n-]+)/m.exec(second)![1]!.replaceAll('\n', '');
	t.not(secondToken, token, 'the token shown follows the selected row');

	await type(session, 's', 'Save as a preset');
	await type(session, 'roomy', 'Name: roomy');
	await type(session, keys.enter, 'Saved preset "roomy": next time, npx ivs-stage-wizard --preset roomy');
	session.write('q');
	t.is((await session.exited).exitCode, 0);
});
