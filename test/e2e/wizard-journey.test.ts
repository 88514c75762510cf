// A newcomer's whole journey through the built CLI in a real pseudo-terminal, against the sandbox
// emulator: start, name, a tag, a participant, review, create, the live table, a participant
// joining through the emulator's control route, quit — and a service error recovered from.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';

const keys = {enter: '\r', tab: '\t', escape: '\u001B', down: '\u001B[B'};

function configDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'ivs-wizard-e2e-'));
}

async function emulatorUrl(session: PtySession): Promise<string> {
	const screen = await session.waitForText(/local emulator (http:\/\/127\.0\.0\.1:\d+)/);
	return /local emulator (http:\/\/127\.0\.0\.1:\d+)/.exec(screen)![1]!;
}

/** Types, then waits for what that should show: one step at a time, as a person would. */
async function type(session: PtySession, data: string, expect: string | RegExp): Promise<string> {
	session.write(data);
	return session.waitForText(expect);
}

async function control(url: string, method: string, route: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${url}/_emulator/${route}`, {
		method,
		headers: {'content-type': 'application/json'},
		...(body === undefined ? {} : {body: JSON.stringify(body)}),
	});
	if (!response.ok) {
		throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
	}

	return response.json();
}

/** Start to review: a name, a tag, one participant, no recording. */
async function fillIn(session: PtySession): Promise<void> {
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, 'Stage name — Name the stage');
	await type(session, 'e2e-show', '8/128');
	await type(session, keys.enter, 'Tags — Optional tags');
	await type(session, 'a', 'New tag');
	await type(session, 'team', '4/128');
	await type(session, keys.tab, /› Value/);
	await type(session, 'video', '5/256');
	await type(session, keys.enter, '› team = video');
	await type(session, keys.tab, 'Participants — Tokens');
	await type(session, keys.enter, 'New participant (1 of at most 12)');
	await type(session, 'host', '4/128');
	await type(session, keys.enter, /› Can/);
	await type(session, keys.enter, /› Token lifetime/);
	await type(session, keys.enter, /› Attributes/);
	await type(session, keys.enter, /› \[ Save participant \]/);
	await type(session, keys.enter, '1/12 participants');
	await type(session, keys.tab, 'Recording — Optional');
	await type(session, keys.enter, 'Review and create');
	await session.waitForText('✓ No problems: Enter creates the stage.');
}

test('a newcomer goes from start to the live table, sees a participant join, and keeps the ARN', async t => {
	const dir = configDir();
	const session = spawnCli(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: dir}});
	try {
		const url = await emulatorUrl(session);
		t.regex(session.screen(), /SANDBOX/);
		await fillIn(session);
		const review = session.screen();
		t.regex(review, /--name e2e-show/);
		const table = await type(session, keys.enter, /host\s+\S+\s+pub\+sub\s+[\d:]+\s+waiting/);
		const arn = /arn:aws:ivs:[a-z0-9-]+:\d+:stage\/[A-Za-z0-9]+/.exec(table)![0];
		await control(url, 'POST', 'join', {stageArn: arn, userId: 'host'});
		await session.waitForText(/host\s+\S+\s+pub\+sub\s+[\d:]+\s+connected/, {timeout: 20_000});
		session.write('q');
		const {exitCode} = await session.exited;
		t.is(exitCode, 0);
		t.true(session.history().includes(`Stage created in the sandbox (not a real AWS stage): ${arn}`));
	} finally {
		session.kill();
		rmSync(dir, {recursive: true, force: true});
	}
});

test('a service error shows its code and message, keeps every input, and a retry creates the stage', async t => {
	const dir = configDir();
	const session = spawnCli(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: dir}});
	try {
		const url = await emulatorUrl(session);
		await fillIn(session);
		await control(url, 'POST', 'faults', {spec: 'error500=1,ops=CreateStage'});
		const failed = await type(session, keys.enter, '✗ CreateStage failed: InternalServerException');
		t.regex(failed, /Name\s+e2e-show/);
		t.regex(failed, /team = video/);
		t.regex(failed, /1\. host/);
		await control(url, 'DELETE', 'faults');
		await type(session, keys.enter, /host\s+\S+\s+pub\+sub\s+[\d:]+\s+waiting/);
		session.write('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		session.kill();
		rmSync(dir, {recursive: true, force: true});
	}
});

test('Ctrl+C keeps the draft, says where, and the next start resumes it', async t => {
	const dir = configDir();
	const first = spawnCli(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: dir}});
	try {
		await first.waitForText('What would you like to do?');
		await type(first, keys.enter, 'Stage name — Name the stage');
		await type(first, 'half-done', '9/128');
		first.write('\u0003');
		t.is((await first.exited).exitCode, 130);
		t.regex(first.history(), /Interrupted: no stage was created\. Your draft is kept in .*config\.json; run again to resume it\./);
	} finally {
		first.kill();
	}

	const second = spawnCli(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: dir}, columns: 60});
	try {
		const start = await second.waitForText('Resume your draft');
		t.regex(start, /› Resume your draft/);
		await type(second, keys.enter, /› Stage name\s+half-done/);
		second.write('\u0003');
		await second.exited;
	} finally {
		second.kill();
		rmSync(dir, {recursive: true, force: true});
	}
});

test('with --output given, the formatted response follows the wizard instead of the live table', async t => {
	const dir = configDir();
	const session = spawnCli(['--sandbox', '--output', 'json', '--name', 'scripted'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: dir}});
	try {
		await session.waitForText('Continue with what the command line gave — "scripted"');
		await type(session, keys.enter, /› Stage name\s+scripted/);
		await type(session, keys.tab, 'Tags — Optional tags');
		await type(session, keys.tab, 'Participants — Tokens');
		await type(session, keys.tab, 'Recording — Optional');
		await type(session, keys.tab, 'Review and create');
		session.write(keys.enter);
		// The answer's last line on the screen first, then the exit: read before the pseudo-terminal closes.
		await session.waitForText(/^\}$/m);
		t.is((await session.exited).exitCode, 0);
		const json = /\{\n[\s\S]*\n\}/.exec(session.history())![0];
		t.is(JSON.parse(json).stage.name, 'scripted');
	} finally {
		session.kill();
		rmSync(dir, {recursive: true, force: true});
	}
});
