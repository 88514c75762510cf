// The same answers given to the Ink wizard and to line mode, each in a real pseudo-terminal, reach
// the endpoint as the same CreateStage request body: both render the wizard's one set of step
// definitions and drive its one reducer. A recording proxy in front of the emulator keeps the bodies.
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {keys, spawnLine} from './helpers/line-pty.js';
import {startRecordingProxy, type RecordingProxy} from './helpers/recording-proxy.js';
import {temporaryDir} from './helpers/temporary-dir.js';

const expected = {
	name: 'same-body',
	tags: {team: 'video'},
	participantTokenConfigurations: [{duration: 60, userId: 'host', capabilities: ['PUBLISH']}],
};

function endpointArgs(t: {teardown(fn: () => unknown): void}, proxy: RecordingProxy): {args: string[]; env: NodeJS.ProcessEnv} {
	return {
		args: ['--endpoint-url', proxy.url, '--region', 'us-west-2'],
		env: {
			AWS_ACCESS_KEY_ID: 'test',
			AWS_SECRET_ACCESS_KEY: 'test',
			IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-same-request-'),
		},
	};
}

function createStageBodies(proxy: RecordingProxy): string[] {
	return proxy.requests.filter(request => request.method === 'POST' && request.path === '/CreateStage').map(request => request.body);
}

/** Types, then waits for what that should show, as the wizard's own end-to-end tests do. */
async function type(session: PtySession, data: string, expect: string | RegExp): Promise<void> {
	session.write(data);
	await session.waitForText(expect);
}

async function answerInk(session: PtySession): Promise<void> {
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, 'Stage name — Name the stage');
	await type(session, 'same-body', '9/128');
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
	await type(session, '\u001B[C', /›\[x\] Subscribe/);
	await type(session, keys.space, /\[ \] Subscribe/);
	await type(session, keys.enter, /› Token lifetime/);
	await type(session, '6', '6 min');
	await type(session, '0', '60 min = 1 h');
	await type(session, keys.enter, /› Attributes/);
	await type(session, keys.enter, /› \[ Save participant \]/);
	await type(session, keys.enter, '1/12 participants');
	await type(session, keys.tab, 'Recording — Optional');
	await type(session, keys.enter, 'Review and create');
	await session.waitForText('No problems');
	await type(session, keys.enter, /host\s+\S+\s+pub\s/);
	session.write('q');
}

async function answerLine(t: {teardown(fn: () => unknown): void}, proxy: RecordingProxy): Promise<number> {
	const {args, env} = endpointArgs(t, proxy);
	const session = spawnLine(['--plain', ...args], {env});
	try {
		await session.answer('What would you like to do?', keys.enter);
		await session.answer('Stage name', 'same-body', keys.enter);
		await session.answer('How many stages', keys.enter);
		await session.answer('Tags', keys.up, keys.enter);
		await session.answer('Key', 'team', keys.enter);
		await session.answer('Value', 'video', keys.enter);
		await session.answer('Tags', keys.enter);
		await session.answer('Participants', keys.enter);
		await session.answer('User ID', 'host', keys.enter);
		await session.answer('Can', keys.down, keys.space, keys.enter);
		await session.answer('Token lifetime (minutes)', '60', keys.enter);
		await session.answer('Attributes', keys.enter);
		await session.answer('Participants', keys.enter);
		await session.answer('Record each participant', keys.enter);
		await session.answer('Ready?', keys.enter);
		await session.answer('What next?', keys.enter);
		return (await session.exited).exitCode;
	} finally {
		session.kill();
	}
}

test('the Ink wizard and line mode send the same CreateStage body for the same answers', async t => {
	const emulator = await startEmulator();
	const proxy = await startRecordingProxy(emulator.url);
	t.teardown(async () => {
		await proxy.close();
		await emulator.close();
	});

	const {args, env} = endpointArgs(t, proxy);
	const ink = spawnCli(args, {env});
	t.teardown(() => {
		ink.kill();
	});
	await answerInk(ink);
	t.is((await ink.exited).exitCode, 0);
	const [inkBody] = createStageBodies(proxy);
	t.truthy(inkBody, 'the Ink wizard sent CreateStage');

	t.is(await answerLine(t, proxy), 0);
	const [, lineBody] = createStageBodies(proxy);
	t.truthy(lineBody, 'line mode sent CreateStage');

	t.deepEqual(JSON.parse(inkBody!), expected);
	t.deepEqual(JSON.parse(lineBody!), JSON.parse(inkBody!));
	// Byte for byte: the same members in the same order, so the same signature input.
	t.is(lineBody, inkBody);
});
