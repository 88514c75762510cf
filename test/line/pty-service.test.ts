// Line mode in a terminal against an emulator the test controls (--endpoint-url): a service error
// after the SDK's retries is shown with its code and message and review comes back with every
// answer; Ctrl+C while the request is out exits 130 and says the draft is kept.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {keys, spawnLine, type LinePty} from './helpers/line-pty.js';
import {temporaryDir} from './helpers/temporary-dir.js';

async function faults(emulator: RunningEmulator, spec: string): Promise<void> {
	const response = await fetch(`${emulator.url}/_emulator/faults`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({spec})});
	if (!response.ok) {
		throw new Error(`faults ${spec}: ${response.status}`);
	}
}

async function start(t: {teardown(fn: () => unknown): void}, spec: string): Promise<{emulator: RunningEmulator; session: LinePty; configDir: string}> {
	const emulator = await startEmulator();
	await faults(emulator, spec);
	const configDir = temporaryDir(t, 'ivs-line-service-');
	const session = spawnLine(['--plain', '--endpoint-url', emulator.url, '--region', 'us-west-2'], {
		env: {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', IVS_STAGE_WIZARD_CONFIG_DIR: configDir},
		cwd: configDir,
	});
	t.teardown(async () => {
		session.kill();
		await emulator.close();
	});
	return {emulator, session, configDir};
}

async function toReview(session: LinePty, name: string): Promise<void> {
	await session.answer('What would you like to do?', keys.enter);
	await session.answer('Stage name', name, keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.answer('Tags', keys.enter);
	await session.answer('Participants', keys.down, keys.enter);
	await session.answer('Record each participant', keys.enter);
	await session.waitForText(`Name                ${name}`);
}

test('a service error shows its code and message, then review again with every answer kept', async t => {
	const {emulator, session} = await start(t, 'error500=1,ops=CreateStage');
	await toReview(session, 'survives-errors');
	await session.answer('Ready?', keys.enter);
	await session.waitForText('✗ CreateStage failed: InternalServerException');
	const failed = session.transcript();
	t.regex(failed, /retrying: attempt 2/);
	t.regex(failed, /Everything you entered is kept/);
	// Review again, below the error, with the name still there.
	await session.waitForText(/CreateStage failed[\s\S]*Review\n[\s\S]*Name {16}survives-errors/);

	await faults(emulator, 'none');
	await session.answer('Ready?', keys.enter);
	await session.waitForText('No participant tokens');
	await session.answer('What next?', keys.enter);
	t.is((await session.exited).exitCode, 0);
	await session.waitForText(/Stage created: arn:aws:ivs:us-west-2:\d+:stage\/\w+/);
});

test('Ctrl+C while the request is out exits 130 and says where the draft is', async t => {
	const {session, configDir} = await start(t, 'latency=20s,ops=CreateStage');
	await toReview(session, 'cut-short');
	await session.answer('Ready?', keys.enter);
	await session.waitForText('Creating the stage…');
	session.write(keys.ctrlC);
	t.is((await session.exited).exitCode, 130);
	const configFile = path.join(configDir, 'config.json');
	// The last bytes may reach the headless terminal just after the exit: wait for them, not a time.
	await session.waitForText(`Interrupted while creating: the stage may exist already (aws ivs-realtime list-stages). Your draft is kept in ${configFile}.`);
	t.like(JSON.parse(readFileSync(configFile, 'utf8')).draft, {request: {name: 'cut-short'}, step: 'review'});
});
