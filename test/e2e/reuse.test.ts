// Reuse, as a user meets it in a real pseudo-terminal against the emulator: a preset saved from the
// command line is, on the bare command, Enter and Enter away from the live table of its stage; and a
// wizard filled in from options is walked to the live table with Enter alone.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {startRecordingProxy} from '../line/helpers/recording-proxy.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const enter = '\r';

async function setUp(t: Parameters<typeof temporaryDir>[0]) {
	const emulator = await startEmulator({port: 0});
	t.teardown(async () => emulator.close());
	const proxy = await startRecordingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	const configDir = temporaryDir(t, 'ivs-reuse-e2e-');
	// The bare command: where to send and as whom come from the environment, as they would for the AWS CLI.
	const env = {
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_REGION: emulator.region,
		AWS_ENDPOINT_URL: proxy.url,
		IVS_STAGE_WIZARD_CONFIG_DIR: configDir,
	};
	const createBodies = () => proxy.requests.filter(request => request.path === '/CreateStage').map(request => JSON.parse(request.body) as Record<string, unknown>);
	return {env, configDir, createBodies};
}

async function quit(session: PtySession): Promise<number> {
	session.write('q');
	return (await session.exited).exitCode;
}

test('a preset saved with `presets save`; the bare command; Enter, Enter: the live table of its stage', async t => {
	const {env, configDir, createBodies} = await setUp(t);
	const saved = await runCli(
		['presets', 'save', 'weekly', '--description', 'Friday show', '--name', 'weekly-{date}', '--tags', 'team=video', '--participant-token-configurations', 'userId=host,capabilities=PUBLISH,SUBSCRIBE', 'userId=guest,capabilities=SUBSCRIBE'],
		{env: cleanEnv(env)},
	);
	t.is(saved.code, 0, saved.stderr);
	// A second preset, saved later but never used: the one just saved goes first until one is used.
	t.is((await runCli(['presets', 'save', 'other', '--name', 'other-stage'], {env: cleanEnv(env)})).code, 0);

	const first = spawnCli([], {env});
	try {
		const start = await first.waitForText(/› other\s+other-stage · 0 participants/);
		t.regex(start, /weekly\s+weekly-\d{4}-\d{2}-\d{2} · 2 participants · Friday show/);
		first.write('\u001B[B');
		await first.waitForText(/› weekly/);
		first.write(enter);
		const review = await first.waitForText('✓ No problems: Enter creates the stage.');
		t.regex(review, /--participant-token-configurations/);
		first.write(enter);
		const table = await first.waitForText(/guest\s+\S+\s+sub\s+[\d:]+\s+waiting/);
		t.regex(table, /Stage weekly-\d{4}-\d{2}-\d{2}/);
		t.regex(table, /host\s+\S+\s+pub\+sub/);
		t.is(await quit(first), 0);
	} finally {
		first.kill();
	}

	t.like(createBodies()[0], {
		tags: {team: 'video'},
		participantTokenConfigurations: [
			{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE']},
			{userId: 'guest', capabilities: ['SUBSCRIBE']},
		],
	});
	t.regex(String(createBodies()[0]!.name), /^weekly-\d{4}-\d{2}-\d{2}$/);
	const config = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {version: number; presets: Record<string, {lastUsedAt?: string}>};
	t.is(config.version, 4);
	t.truthy(config.presets.weekly!.lastUsedAt);
	t.is(config.presets.other!.lastUsedAt, undefined);

	// Used last, it is now first and chosen: the bare command and two Enters, even typed in one go.
	const second = spawnCli([], {env});
	try {
		await second.waitForText(/› weekly/);
		second.write(enter + enter);
		await second.waitForText(/guest\s+\S+\s+sub\s+[\d:]+\s+waiting/);
		t.is(await quit(second), 0);
	} finally {
		second.kill();
	}

	t.is(createBodies().length, 2);
	t.deepEqual(createBodies()[1], createBodies()[0]);
});

test('a wizard filled in from options reaches the live table with Enter alone', async t => {
	const {env, createBodies} = await setUp(t);
	const options = [
		'--name',
		'enter-only',
		'--tags',
		'team=video,env=demo',
		'--participant-token-configurations',
		'userId=host,capabilities=PUBLISH,SUBSCRIBE,attributes={role=host}',
		'userId=viewer,capabilities=SUBSCRIBE,duration=60',
	];
	const session = spawnCli(options, {env});
	try {
		await session.waitForText('What would you like to do?');
		// Each screen, then Enter: nothing but Enter from the first screen to the live table.
		for (const screen of ['Stage name — Name the stage', 'Tags — Optional tags', 'Participants — Tokens', 'Recording — Optional', '✓ No problems: Enter creates the stage.']) {
			session.write(enter);
			// eslint-disable-next-line no-await-in-loop
			await session.waitForText(screen);
		}

		session.write(enter);
		await session.waitForText(/viewer\s+\S+\s+sub\s+[\d:]+\s+waiting/);
		t.is(await quit(session), 0);
	} finally {
		session.kill();
	}

	t.deepEqual(createBodies(), [
		{
			name: 'enter-only',
			participantTokenConfigurations: [
				{userId: 'host', attributes: {role: 'host'}, capabilities: ['PUBLISH', 'SUBSCRIBE']},
				{duration: 60, userId: 'viewer', capabilities: ['SUBSCRIBE']},
			],
			tags: {team: 'video', env: 'demo'},
		},
	]);
});
