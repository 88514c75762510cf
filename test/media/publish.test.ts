// `publish` against the emulator's real WHIP endpoint: the CLI spawned from dist/ (werift on both
// ends, over loopback), the SDK's real client reading what the stage saw. Every wait is on state
// (ListParticipantEvents, GetParticipant, GET /_emulator/whip), never on time.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	DeleteStageCommand,
	GetParticipantCommand,
	ListParticipantEventsCommand,
	type IVSRealTimeClient,
	type Stage,
} from '@aws-sdk/client-ivs-realtime';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {collectOutput} from '../helpers/collect-output.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {ManualClock, sdkClient, startTestEmulator} from '../emulator/helpers.js';

const bFrames = fileURLToPath(new URL('../fixtures/media/b-frames.h264', import.meta.url));

async function stageWithToken(client: IVSRealTimeClient, capabilities: Array<'PUBLISH' | 'SUBSCRIBE'> = ['PUBLISH'], duration?: number) {
	const {stage} = await client.send(new CreateStageCommand({name: 'publish'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'pat', capabilities, ...(duration ? {duration} : {})}));
	return {stage: stage!, token: participantToken!.token!, participantId: participantToken!.participantId!};
}

async function events(client: IVSRealTimeClient, stage: Stage, participantId: string): Promise<string[]> {
	const answer = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	return answer.events!.map(event => (event.errorCode ? `${event.name!}:${event.errorCode}` : event.name!));
}

async function whipSessions(emulator: RunningEmulator): Promise<WhipSessionView[]> {
	const answer = await fetch(`${emulator.url}/_emulator/whip`);
	return ((await answer.json()) as {sessions: WhipSessionView[]}).sessions;
}

/** Polls an async check (an SDK call, a control route) until it gives something truthy. */
async function until<T>(check: () => Promise<T | undefined | false>, describe: string, timeoutMs = 40_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const result = await check();
		if (result) {
			return result;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${describe}`);
		}

		await new Promise(resolve => {
			// Within the emulator's request rates (GetParticipant's is a few a second).
			setTimeout(resolve, 300);
		});
	}
}

test('publish --token for 5 s: the participant shows as published over WHIP while it runs, then JOINED, PUBLISH_STARTED, PUBLISH_STOPPED, LEFT, and at least 60 frames arrived', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client);
	const child = spawn(process.execPath, [cliPath, 'publish', '--token', token, '--duration', '5'], {env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
	const output = collectOutput(child);
	const participant = await until(async () => {
		const answer = await client.send(new GetParticipantCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId})).catch(() => undefined);
		return answer?.participant?.published ? answer.participant : undefined;
	}, 'the participant to publish');
	t.is(participant.state, 'CONNECTED');
	t.is(participant.protocol, 'WHIP');
	const {code} = await output.ended;
	t.is(code, 0, output.stderr());
	t.regex(output.stderr(), /Stopped after \d+ s \(\d+ frames sent\); the WHIP session is deleted/);
	t.deepEqual(await events(client, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	const [session] = await whipSessions(emulator);
	t.is(session?.endReason, 'DELETE', 'the publisher ended its session with DELETE');
	t.true((session?.video.frames ?? 0) >= 60, `frames received: ${session?.video.frames}`);
	t.deepEqual([session?.video.width, session?.video.height, session?.video.profileIdc], [640, 360, 66]);
	t.true((session?.audioPackets ?? 0) > 0, 'the tone arrived too');
});

test('a SUBSCRIBE-only token is refused in one line (254), recorded as PUBLISH_ERROR INSUFFICIENT_CAPABILITIES', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client, ['SUBSCRIBE']);
	const result = await runCli(['publish', '--token', token, '--duration', '5']);
	t.is(result.code, 254);
	t.regex(result.stderr, /^Publishing the test pattern to .+\nPublish refused: the token does not allow publishing \(HTTP 403: .*PUBLISH.*\)\n$/);
	t.deepEqual(await events(client, stage, participantId), ['PUBLISH_ERROR:INSUFFICIENT_CAPABILITIES']);
});

test('an expired token is refused in one line (254)', async t => {
	const clock = new ManualClock();
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const {token} = await stageWithToken(sdkClient(emulator), ['PUBLISH'], 1);
	clock.advance(2 * 60_000);
	const result = await runCli(['publish', '--token', token]);
	t.is(result.code, 254);
	t.regex(result.stderr.split('\n')[1] ?? '', /^Publish refused: the token was refused .+HTTP 401: The token expired at /);
	t.is(result.stderr.split('\n').length, 3, result.stderr);
});

test('a token whose stage was deleted is refused in one line (254) naming the stage', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token} = await stageWithToken(client);
	await client.send(new DeleteStageCommand({arn: stage.arn}));
	const result = await runCli(['publish', '--token', token]);
	t.is(result.code, 254);
	t.is(result.stderr.split('\n')[1], `Publish refused: the stage is gone (HTTP 404: The token's stage ${stage.arn!} no longer exists)`);
});

test('a stream with B-frames gives PUBLISH_ERROR B_FRAME_PRESENT, the emulator ends the publish, and `events` explains it', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client);
	const result = await runCli(['publish', '--token', token, '--source', bFrames, '--duration', '30']);
	t.is(result.code, 254, result.stderr);
	t.deepEqual(await events(client, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_ERROR:B_FRAME_PRESENT', 'PUBLISH_STOPPED', 'LEFT'], result.stderr);
	const [session] = await whipSessions(emulator);
	t.deepEqual(session?.errors, ['B_FRAME_PRESENT']);
	t.regex(result.stderr, /Publishing stopped after \d+ s: the receiver sent no RTCP report for 8 s \(it ended the session\)/);
	// Explained by `events`: what the stage saw, with the one line that says what to change.
	const explained = await runCli(['events', stage.arn!, '--endpoint-url', emulator.url, '--region', emulator.region, '--output', 'json'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
	});
	t.is(explained.code, 0, explained.stderr);
	const {events: timeline} = JSON.parse(explained.stdout) as {events: Array<{name: string; errorCode?: string; explanation?: string}>};
	t.like(timeline.find(event => event.errorCode !== undefined), {name: 'PUBLISH_ERROR', errorCode: 'B_FRAME_PRESENT', explanation: 'the encoder sends B-frames; turn them off (x264: bframes=0)'});
});
