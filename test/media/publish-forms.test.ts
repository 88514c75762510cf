// `publish`'s other forms against the emulator's real WHIP endpoint, the CLI spawned from dist/:
// after create options and --preset (the stage made, named, published into, kept), --stage-arn
// (a token made first), --source - (Annex B on stdin), a stream over 720p, and Ctrl+C in a real
// pseudo-terminal. Every wait is on state (the SDK's answers, GET /_emulator/whip, the screen).
// The publishing tests run one at a time: each is two WebRTC peers (werift) on a shared machine,
// and several at once under load can keep a connection from coming up within its deadline.
import {spawn} from 'node:child_process';
import {closeSync, openSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	GetStageCommand,
	ListParticipantEventsCommand,
	ListParticipantsCommand,
	ListStagesCommand,
	type IVSRealTimeClient,
} from '@aws-sdk/client-ivs-realtime';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {collectOutput} from '../helpers/collect-output.js';
import {spawnCli} from '../helpers/pty-session.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {until} from './until.js';

const overHd = fileURLToPath(new URL('../fixtures/media/over-720p.h264', import.meta.url));
const shippedClip = fileURLToPath(new URL('../../source/media/test-pattern/video.h264', import.meta.url));

function emulatorEnv(emulator: RunningEmulator, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, AWS_REGION: emulator.region, ...extra});
}

async function whipSessions(emulator: RunningEmulator): Promise<WhipSessionView[]> {
	const answer = await fetch(`${emulator.url}/_emulator/whip`);
	return ((await answer.json()) as {sessions: WhipSessionView[]}).sessions;
}

/** The events of the stage's participant with this user ID, in its active session, as NAME or NAME:CODE. */
async function eventsOf(client: IVSRealTimeClient, stageArn: string, userId: string): Promise<string[]> {
	const {stage} = await client.send(new GetStageCommand({arn: stageArn}));
	const sessionId = stage!.activeSessionId!;
	const {participants} = await client.send(new ListParticipantsCommand({stageArn, sessionId, filterByUserId: userId}));
	const participantId = participants?.[0]?.participantId;
	if (!participantId) {
		return [];
	}

	const answer = await client.send(new ListParticipantEventsCommand({stageArn, sessionId, participantId}));
	return answer.events!.map(event => (event.errorCode ? `${event.name!}:${event.errorCode}` : event.name!));
}

async function stageWithToken(client: IVSRealTimeClient) {
	const {stage} = await client.send(new CreateStageCommand({name: 'publish-forms'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'pat', capabilities: ['PUBLISH']}));
	return {stageArn: stage!.arn!, token: participantToken!.token!};
}

test.serial('publish --name and --preset: the stage is made once, named on stderr first, published into as its first PUBLISH participant, and kept', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const env = emulatorEnv(emulator, {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-publish-preset-')});
	// The viewer comes first: the publisher is the first participant that can publish, not the first one.
	const saved = await runCli(['presets', 'save', 'class', '--participant-token-configurations', 'userId=viewer,capabilities=SUBSCRIBE', 'userId=cam,capabilities=PUBLISH', '--tags', 'course=demo'], {env});
	t.is(saved.code, 0, saved.stderr);
	const result = await runCli(['publish', '--name', 'demo', '--preset', 'class', '--endpoint-url', emulator.url, '--duration', '3'], {env});
	t.is(result.code, 0, result.stderr);
	const {stages} = await client.send(new ListStagesCommand({}));
	t.is(stages?.length, 1, 'one stage, made once');
	const arn = stages![0]!.arn!;
	t.is(stages![0]!.name, 'demo');
	t.deepEqual(stages![0]!.tags, {course: 'demo'}, 'the preset\'s request, the name over it');
	const lines = result.stderr.split('\n');
	t.is(lines[0], `Created stage ${arn} to publish into; it is kept afterwards (ivs-stage-wizard delete-stage --arn ${arn} deletes it)`, 'the ARN before anything else');
	t.regex(lines[1] ?? '', new RegExp(`^Publishing the test pattern to ${arn} as participant `));
	t.regex(result.stderr, new RegExp(`Stopped after \\d+ s \\(\\d+ frames sent\\); the WHIP session is deleted\\nThe stage ${arn} is kept\\n$`));
	t.is(result.stdout, '');
	t.deepEqual(await eventsOf(client, arn, 'cam'), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	t.deepEqual(await eventsOf(client, arn, 'viewer'), []);
	const [session] = await whipSessions(emulator);
	t.is(session?.stageArn, arn);
	t.is(session?.userId, 'cam');
	t.is(session?.endReason, 'DELETE');
	t.true((session?.video.frames ?? 0) >= 10, `frames received: ${session?.video.frames}`);
	// Kept: the stage is still there once publish has exited.
	t.is((await client.send(new GetStageCommand({arn}))).stage?.arn, arn);
});

test('publish refuses a second form beside create options, and a stage nobody can publish to, before sending anything (252, one line)', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const env = emulatorEnv(emulator);
	const where = ['--endpoint-url', emulator.url];
	const withToken = await runCli(['publish', '--token', 'a.b.c', '--name', 'demo', ...where], {env});
	t.is(withToken.code, 252);
	t.is(withToken.stderr, 'ivs-stage-wizard publish: --token publishes into its own stage: it cannot go with create options or --preset, which make a new one; give one or the other (see --help)\n');
	const withArn = await runCli(['publish', '--stage-arn', 'arn:aws:ivs:us-west-2:123456789012:stage/abc', '--participant-token-configurations', 'userId=cam', ...where], {env});
	t.is(withArn.code, 252);
	t.regex(withArn.stderr, /^ivs-stage-wizard publish: --stage-arn names a stage that exists: it cannot go with create options .+\n$/);
	const nobody = await runCli(['publish', '--name', 'demo', '--participant-token-configurations', 'userId=viewer,capabilities=SUBSCRIBE', ...where], {env});
	t.is(nobody.code, 252);
	t.is(nobody.stderr, 'publish joins as the first participant with PUBLISH: give one in --participant-token-configurations (e.g. userId=camera,capabilities=PUBLISH)\n');
	const answer = await runCli(['publish', '--name', 'demo', '--participant-token-configurations', 'userId=cam', '--output', 'json', ...where], {env});
	t.is(answer.code, 252);
	t.is(answer.stderr.split('\n').length, 2, answer.stderr);
	t.deepEqual((await client.send(new ListStagesCommand({}))).stages, [], 'nothing was sent');
});

test.serial('publish --stage-arn ARN --user-id U: a PUBLISH token is made first, then published with', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'by-arn'}));
	const result = await runCli(['publish', '--stage-arn', stage!.arn!, '--user-id', 'robot', '--endpoint-url', emulator.url, '--duration', '3'], {env: emulatorEnv(emulator)});
	t.is(result.code, 0, result.stderr);
	t.deepEqual(await eventsOf(client, stage!.arn!, 'robot'), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	const [session] = await whipSessions(emulator);
	t.is(session?.userId, 'robot');
	t.true((session?.video.frames ?? 0) >= 10, `frames received: ${session?.video.frames}`);
});

test.serial('publish --stage-arn NAME: the stage is found by its name, as token --stage-arn finds it; a name no stage has is 254, a word that is neither 252', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'by-name'}));
	const result = await runCli(['publish', '--stage-arn', 'by-name', '--user-id', 'named', '--endpoint-url', emulator.url, '--duration', '2'], {env: emulatorEnv(emulator)});
	t.is(result.code, 0, result.stderr);
	t.true(result.stderr.includes(`to ${stage!.arn!}`), result.stderr);
	t.deepEqual(await eventsOf(client, stage!.arn!, 'named'), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	const missing = await runCli(['publish', '--stage-arn', 'no-such-stage', '--endpoint-url', emulator.url, '--duration', '2'], {env: emulatorEnv(emulator)});
	t.is(missing.code, 254, missing.stderr);
	t.is(missing.stderr.trim().split('\n').length, 1, missing.stderr);
	const neither = await runCli(['publish', '--stage-arn', 'not a name', '--endpoint-url', emulator.url], {env: emulatorEnv(emulator)});
	t.is(neither.code, 252);
	t.regex(neither.stderr, /^ivs-stage-wizard publish: --stage-arn: "not a name" is neither a stage ARN nor a stage name .+\(see --help\)\n$/);
});

test.serial('publish --source -: Annex B H.264 on stdin is sent until it ends, then exit 0', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stageArn, token} = await stageWithToken(client);
	const child = spawn(process.execPath, [cliPath, 'publish', '--token', token, '--source', '-'], {env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe']});
	const output = collectOutput(child);
	child.stdin.end(readFileSync(shippedClip));
	const {code} = await output.ended;
	t.is(code, 0, output.stderr());
	t.regex(output.stderr(), /^Publishing standard input to /);
	t.deepEqual(await eventsOf(client, stageArn, 'pat'), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	const [session] = await whipSessions(emulator);
	// The clip is 3 s at 15 fps: most of its 45 frames, with nothing looped after stdin ended.
	t.true((session?.video.frames ?? 0) >= 30 && (session?.video.frames ?? 0) <= 45, `frames received: ${session?.video.frames}`);
	t.deepEqual([session?.video.width, session?.video.height], [640, 360]);
});

test.serial('a stream over 720p gives PUBLISH_ERROR RESOLUTION_EXCEEDED', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stageArn, token} = await stageWithToken(client);
	const result = await runCli(['publish', '--token', token, '--source', overHd, '--duration', '30']);
	t.is(result.code, 254, result.stderr);
	t.true((await eventsOf(client, stageArn, 'pat')).includes('PUBLISH_ERROR:RESOLUTION_EXCEEDED'), result.stderr);
	const [session] = await whipSessions(emulator);
	t.deepEqual(session?.errors, ['RESOLUTION_EXCEEDED']);
	t.deepEqual([session?.video.width, session?.video.height], [1920, 1080]);
});

test.serial('Ctrl+C in a terminal while publishing: the WHIP session is DELETEd, exit 0, PUBLISH_STOPPED and LEFT', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stageArn, token} = await stageWithToken(client);
	const session = spawnCli(['publish', '--token', token], {columns: 100, rows: 10});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText(/connected +\d\d:\d\d +video \d+ kbps/, {timeout: 40_000});
	// Published as the stage sees it, so the stop has a start to end.
	await until(async () => (await eventsOf(client, stageArn, 'pat')).includes('PUBLISH_STARTED'), 'PUBLISH_STARTED');
	session.write('\u0003');
	const {exitCode} = await session.exited;
	t.is(exitCode, 0, session.history());
	t.regex(session.history(), /Stopped after \d+ s \(\d+ frames sent\); the WHIP session is deleted/);
	const [whip] = await whipSessions(emulator);
	t.is(whip?.endReason, 'DELETE');
	t.deepEqual(await eventsOf(client, stageArn, 'pat'), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
});

test.serial('publish --name with stderr on a full disk still names the stage it made, on stdout', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const env = emulatorEnv(emulator, {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-publish-full-')});
	const full = openSync('/dev/full', 'w');
	// --source - with nothing on stdin: the stage is made and named before any media is read.
	const child = spawn(process.execPath, [cliPath, 'publish', '--name', 'full-stderr', '--participant-token-configurations', 'userId=cam,capabilities=PUBLISH', '--endpoint-url', emulator.url, '--source', '-'], {env, stdio: ['ignore', 'pipe', full]});
	closeSync(full);
	let stdout = '';
	child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	const {stages} = await client.send(new ListStagesCommand({}));
	t.is(stages?.length, 1);
	t.true(stdout.includes(`Created stage ${stages![0]!.arn!} to publish into`), stdout);
	t.not(code, 0);
});
