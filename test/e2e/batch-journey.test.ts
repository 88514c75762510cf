// A batch through the built CLI in a real pseudo-terminal, against the emulator (limits on): "How many stages"
// on the name step (its {n} rule shown under the name), the names at review, the progress bar,
// the stage list with who has joined (a participant joins through the emulator's control route),
// Enter into one stage's table and Esc back, q, and what stays on the terminal.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {startTestEmulator} from '../emulator/helpers.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';

const keys = {enter: '\r', tab: '\t', escape: '\u001B', up: '\u001B[A', down: '\u001B[B', backspace: '\u007F'};

async function type(session: PtySession, data: string, expect: string | RegExp): Promise<string> {
	session.write(data);
	return session.waitForText(expect);
}

for (const columns of [80, 60]) {
	test(`a batch of 5 from the name step to the stage list and a stage's table (${columns} columns)`, async t => {
		const emulator = await startTestEmulator(t);
		const {url} = emulator;
		const configDir = mkdtempSync(path.join(tmpdir(), 'ivs-batch-e2e-'));
		const session = spawnCli(['--endpoint-url', url, '--region', emulator.region, '--participant-token-configurations', 'userId=host'], {
			columns,
			rows: 24,
			env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey},
		});
		t.teardown(() => {
			session.kill();
			rmSync(configDir, {recursive: true, force: true});
		});
		await session.waitForText('What would you like to do?');
		await type(session, keys.enter, 'Stage name — Name the stage');
		await type(session, 'room', '4/128');
		await type(session, keys.down, /› How many stages\s+1 \(one stage\)/);
		await type(session, keys.backspace, /› How many stages\s+(\S|$)/m);
		await type(session, '5', /› How many stages\s+5 stages/);
		// The name now breaks the {n} rule, and says so under itself.
		await session.waitForText('✗ needs {n} (1…5) for 5 stages, or no');
		await type(session, keys.up, /› Stage name/);
		await type(session, '-{n}', '8/128');
		await type(session, keys.enter, 'Tags — Optional tags');
		await type(session, keys.tab, 'Participants — Tokens');
		await type(session, keys.tab, 'Recording — Optional');
		await type(session, keys.enter, 'Review and create');
		await session.waitForText('× 5: room-1, room-2 … room-5');
		await session.waitForText('Enter creates the 5 stages.');
		session.write(keys.enter);
		// The bar shows on the way (5 stages take about a second at 5 a second).
		await session.waitForText(/\[#* *\] \d\/5/);
		const list = await session.waitForText('5 stages created');
		for (const n of [1, 2, 3, 4, 5]) {
			t.regex(list, new RegExp(`^.?${n}\\s+room-${n}\\s+\\S*stage/\\w+\\s+1\\s+`, 'm'));
		}

		// Someone joins stage 2: its row says so at the next look.
		const state = await (await fetch(`${url}/_emulator/state`)).json() as {stages: Array<{arn: string; name: string}>};
		const second = state.stages.find(stage => stage.name === 'room-2')!;
		const joined = await fetch(`${url}/_emulator/join`, {method: 'POST', body: JSON.stringify({stageArn: second.arn, userId: 'host'})});
		t.true(joined.ok);
		await session.waitForText(/^.?2\s+room-2\s+\S+\s+1\s+1$/m, {timeout: 30_000});

		await type(session, keys.down, /^›2\s+room-2/m);
		const table = await type(session, keys.enter, /Stage room-2/);
		t.true(table.includes(second.arn.slice(-12)));
		await type(session, keys.escape, '5 stages created');
		session.write('q');
		const {exitCode} = await session.exited;
		t.is(exitCode, 0);
		const history = session.history();
		t.regex(history, /5 stages created:/);
		t.deepEqual(emulator.rateCounts().CreateStage, {allowed: 5, throttled: 0});
		for (const n of [1, 2, 3, 4, 5]) {
			t.regex(history, new RegExp(` {2}${n}\\. room-${n} {2}arn:aws:ivs:us-west-2:\\d+:stage/\\w+`));
		}
	});
}

test('Ctrl+C during a batch stops after the stage in flight; every stage made is reported, exit 130', async t => {
	const emulator = await startTestEmulator(t);
	const configDir = mkdtempSync(path.join(tmpdir(), 'ivs-batch-e2e-'));
	const session = spawnCli(['--endpoint-url', emulator.url, '--region', emulator.region, '--count', '30', '--name', 'stop-{n}'], {
		env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey},
	});
	t.teardown(() => {
		session.kill();
		rmSync(configDir, {recursive: true, force: true});
	});
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, /› Stage name\s+stop-\{n\}/);
	await type(session, keys.enter, 'Tags — Optional tags');
	await type(session, keys.tab, 'Participants — Tokens');
	await type(session, keys.tab, 'Recording — Optional');
	await type(session, keys.enter, 'Enter creates the 30 stages.');
	session.write(keys.enter);
	await session.waitForText(/\] [3-9]\/30/);
	session.write('\u0003');
	const {exitCode} = await session.exited;
	t.is(exitCode, 130);
	const made = (await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{name: string}>}).stages;
	t.true(made.length >= 3 && made.length < 30);
	const history = session.history();
	t.regex(history, new RegExp(`Interrupted: ${made.length} of 30 stages created; stopped before stage ${made.length + 1}\\.`));
	for (const {name} of made) {
		t.regex(history, new RegExp(`\\d+\\. ${name} {2}arn:aws:ivs:`));
	}
});
