// Recording under --sandbox, as a new user meets it: the emulator's storage configurations are
// listed (not looked for at AWS), and one can be made there to pick, so recording can be tried
// with no account.
import test from 'ava';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {loose} from '../helpers/wait-for.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const keys = {enter: '\r', tab: '\t', space: ' '};

async function type(session: PtySession, data: string, expect: string | RegExp): Promise<string> {
	session.write(data);
	return session.waitForText(expect);
}

test('the sandbox recording step lists the emulator\'s storage configurations and makes one to pick', async t => {
	const session = spawnCli(['--sandbox'], {columns: 80, rows: 24, env: {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-sandbox-recording-')}});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, 'Stage name — Name the stage');
	await type(session, keys.tab, 'Tags — Optional tags');
	await type(session, keys.tab, 'Participants — Tokens');
	await type(session, keys.tab, 'Recording — Optional');
	await type(session, keys.space, /› Record each participant \[x\] yes/);
	const listed = await type(session, keys.tab, loose('Space: create a sandbox storage configuration.'));
	t.notRegex(listed, /Could not list them/);

	await type(session, keys.space, '› + Create a sandbox storage configuration → s3://sandbox-recordings');
	const picked = await type(session, keys.enter, loose('Space: pick from the 1 in us-west-2, or create a sandbox one.'));
	// A field is one row: a value longer than it shows its end, where the cursor is; 69 characters
	// is a whole storage configuration ARN.
	t.regex(picked, /› Storage configuration\s+\S*ation\/[A-Za-z\d]{12}\s+69\/128/, 'the new ARN is in the field, and the field keeps the focus');
	await type(session, keys.space, /sandbox-recordings → s3:\/\/sandbox-recordings/);
	await type(session, keys.enter, /› Storage configuration/);
	for (const row of ['Record  ', 'Thumbnails', 'Reconnect window', 'HLS segment length', 'Record replicas']) {
		await type(session, keys.tab, `› ${row}`);
	}

	await type(session, keys.tab, 'Review and create');
	await session.waitForText('✓ No problems: Enter creates the stage.');
	await type(session, keys.enter, /recording on/i);
	session.write('q');
	t.is((await session.exited).exitCode, 0);
});
