// Keys that arrive together — a slow SSH link, a paste ending in a newline, type-ahead — in a real
// pseudo-terminal, against the emulator, with two busy loops taking both cores for the first two
// tests: Enter and a stage name in one write, and a whole tag in one write, each twenty times; a
// 300-character paste into an attribute value; the live table's c, r, j and q in one write.
import {spawn} from 'node:child_process';
import test, {type ExecutionContext} from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {startRecordingProxy} from '../line/helpers/recording-proxy.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const keys = {enter: '\r', tab: '\t', space: ' ', escape: '\u001B'};
const runs = 20;

/**
 * Two processes spinning on the CPU for as long as the test runs. Each also stops by itself when
 * its parent is gone or after two minutes, so a crashed test leaves nothing spinning.
 */
function hogTheCpu(t: ExecutionContext, count = 2): void {
	const spin = `const parent = process.ppid, until = Date.now() + 120000; for (let i = 0; ; i++) { if (i % 1e7 === 0 && (process.ppid !== parent || Date.now() > until)) process.exit(0); }`;
	const hogs = Array.from({length: count}, () => spawn(process.execPath, ['-e', spin], {stdio: 'ignore'}));
	t.teardown(() => {
		for (const hog of hogs) {
			hog.kill('SIGKILL');
		}
	});
}

async function setUp(t: ExecutionContext) {
	const emulator = await startEmulator({port: 0});
	t.teardown(async () => emulator.close());
	const proxy = await startRecordingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	const env = {
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_REGION: emulator.region,
		AWS_ENDPOINT_URL: proxy.url,
		IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-type-ahead-'),
	};
	const createBodies = () => proxy.requests.filter(request => request.path === '/CreateStage').map(request => JSON.parse(request.body) as Record<string, unknown>);
	return {env, createBodies};
}

async function stop(session: PtySession): Promise<void> {
	session.write('\u0003');
	await session.exited;
	session.kill();
}

test.serial('Enter and a stage name in one write, under load: the whole name lands in the name field, 20 runs of 20', async t => {
	const {env} = await setUp(t);
	hogTheCpu(t);
	// Two runs at a time: each is a fresh start, the moment the name field first appears.
	const run = async (index: number) => {
		const name = `typed-ahead-stage-${index}`;
		// A config folder each: Ctrl+C keeps a draft, which the next start would offer first.
		const session = spawnCli([], {env: {...env, IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-type-ahead-run-')}});
		try {
			await session.waitForText('What would you like to do?', {timeout: 30_000});
			session.write(`${keys.enter}${name}`);
			const screen = await session.waitForText(new RegExp(`› Stage name\\s+${name}\\s+${name.length}/128`), {timeout: 30_000});
			t.notRegex(screen, /What would you like to do/);
		} finally {
			await stop(session);
		}
	};

	for (let index = 0; index < runs; index += 2) {
		await Promise.all([run(index), run(index + 1)]);
	}

	t.pass();
});

test.serial('a whole tag in one write, under load: `k1\\rv1\\r` on the tag editor, and with the `a` that opens it, 20 runs', async t => {
	const {env} = await setUp(t);
	hogTheCpu(t);
	const session = spawnCli(['--name', 'tags-typed-ahead'], {env});
	try {
		await session.waitForText('What would you like to do?', {timeout: 30_000});
		session.write(keys.enter);
		await session.waitForText('Stage name — Name the stage', {timeout: 30_000});
		session.write(keys.tab);
		await session.waitForText('Tags — Optional tags', {timeout: 30_000});
		for (let index = 1; index <= runs; index++) {
			if (index % 2 === 1) {
				// The editor open first, then the tag in one write.
				session.write('a');
				await session.waitForText('New tag', {timeout: 30_000});
				session.write(`k${index}${keys.enter}v${index}${keys.enter}`);
			} else {
				// The key that opens the editor in the same write.
				session.write(`ak${index}${keys.enter}v${index}${keys.enter}`);
			}

			const screen = await session.waitForText(new RegExp(`${index}/50 tags[\\s\\S]*› k${index} = v${index}\\n`), {timeout: 30_000});
			t.notRegex(screen, /New tag/);
		}
	} finally {
		await stop(session);
	}
});

test('a 300-character paste into an attribute value arrives whole', async t => {
	const {env, createBodies} = await setUp(t);
	const paste = Array.from({length: 30}, (_, index) => `word${String(index).padStart(2, '0')}-xyz`).join('');
	t.is(paste.length, 300);
	const session = spawnCli(['--name', 'pasted'], {env});
	const type = async (data: string, expect: string | RegExp) => {
		session.write(data);
		return session.waitForText(expect);
	};

	try {
		await session.waitForText('What would you like to do?');
		await type(keys.enter, 'Stage name — Name the stage');
		await type(keys.tab, 'Tags — Optional tags');
		await type(keys.tab, 'Participants — Tokens');
		await type(keys.enter, 'New participant (1 of at most 12)');
		await type('host', '4/128');
		await type(keys.enter, /› Can/);
		await type(keys.enter, /› Token lifetime/);
		await type(keys.enter, /› Attributes/);
		await type(keys.space, 'attributes');
		await type('a', 'New attribute');
		await type('note', /› Key\s+note/);
		await type(keys.tab, /› Value/);
		await type(paste, '304/1024 B');
		await type(keys.enter, /› note = word00-xyz/);
		await type(keys.escape, /› Attributes\s+1 /);
		await type(keys.enter, /› \[ Save participant \]/);
		await type(keys.enter, '1/12 participants');
		await type(keys.tab, 'Recording — Optional');
		await type(keys.enter, '✓ No problems: Enter creates the stage.');
		await type(keys.enter, /host\s+\S+\s+pub\+sub\s+[\d:]+\s+waiting/);
		session.write('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		session.kill();
	}

	const [body] = createBodies();
	t.deepEqual((body?.participantTokenConfigurations as Array<{attributes?: Record<string, string>}>)[0]!.attributes, {note: paste});
});

test('the live table’s c, r, j and q in one write are all handled, in order', async t => {
	const {env} = await setUp(t);
	const session = spawnCli(['--name', 'four-keys', '--participant-token-configurations', 'userId=host', 'userId=guest'], {env});
	try {
		await session.waitForText('What would you like to do?');
		for (const screen of ['Stage name — Name the stage', 'Tags — Optional tags', 'Participants — Tokens', 'Recording — Optional', '✓ No problems: Enter creates the stage.']) {
			session.write(keys.enter);
			await session.waitForText(screen);
		}

		session.write(keys.enter);
		await session.waitForText(/guest\s+\S+\s+pub\+sub\s+[\d:]+\s+waiting/);
		const before = session.raw().length;
		session.write('crjq');
		t.is((await session.exited).exitCode, 0);
		const after = session.raw().slice(before);
		// c: the copy starts (said at once) for the selected participant; r: the tokens are revealed,
		// the footer offers to mask them; j: the response printed as JSON — not the summary q would
		// leave, so j came before q, and both effects above show before it.
		const copying = after.indexOf('Copying the token for host');
		const revealed = after.indexOf('r mask');
		const json = after.indexOf('"participantTokens"');
		t.true(copying !== -1, after);
		t.true(revealed !== -1, after);
		t.true(json !== -1, after);
		t.true(copying <= revealed, 'c before r');
		t.true(revealed < json, 'r before j');
		const printed = JSON.parse(/\{\n[\s\S]*\n\}/.exec(session.history())![0]) as {stage: {name: string}};
		t.is(printed.stage.name, 'four-keys');
	} finally {
		session.kill();
	}
});
