// `p` in the live table, in a real pseudo-terminal through the built binary, against an emulator
// this test runs (its real WHIP endpoint, werift on both ends over loopback): the row says it is
// publishing, the stage sees the participant published and frames arrive, `p` again DELETEs the
// session, and quitting stops a publisher first. Every wait is on the screen or the emulator's state.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {ListParticipantEventsCommand, ListParticipantsCommand, ListStagesCommand, type IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';
import {until} from './until.js';

const enter = '\r';
const recorder = fileURLToPath(new URL('../fixtures/cli/record-loaded-modules.mjs', import.meta.url));
// dist/ is a bundle: which sources each loaded chunk holds is in build/meta.json.
const metafile = JSON.parse(readFileSync(fileURLToPath(new URL('../../build/meta.json', import.meta.url)), 'utf8')) as {outputs: Record<string, {inputs: Record<string, unknown>}>};

function sourcesOf(urls: string[]): string[] {
	return urls.flatMap(url => {
		const output = /\/(dist\/.+\.m?js)$/.exec(url)?.[1];
		return Object.keys((output ? metafile.outputs[output]?.inputs : undefined) ?? {});
	});
}

async function whipSessions(emulator: RunningEmulator): Promise<WhipSessionView[]> {
	const answer = await fetch(`${emulator.url}/_emulator/whip`);
	return ((await answer.json()) as {sessions: WhipSessionView[]}).sessions;
}

/** The wizard with everything on its command line, walked to its live table: a PUBLISH host and a SUBSCRIBE viewer. */
async function liveTable(t: ExecutionContext, emulator: RunningEmulator, env: Record<string, string> = {}): Promise<PtySession> {
	const session = spawnCli(
		['--endpoint-url', emulator.url, '--region', emulator.region, '--name', 'pub-pty', '--participant-token-configurations', 'userId=host,capabilities=PUBLISH', 'userId=viewer,capabilities=SUBSCRIBE'],
		{
			columns: 80,
			rows: 24,
			env: {AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-live-publish-'), ...env},
		},
	);
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	for (const screen of ['Stage name — Name the stage', 'Tags — Optional tags', 'Participants — Tokens', 'Recording — Optional', '✓ No problems: Enter creates the stage.']) {
		session.write(enter);
		await session.waitForText(screen);
	}

	session.write(enter);
	await session.waitForText(/› +host\s+\S+\s+pub\s+[\d:]+\s+waiting/);
	return session;
}

async function hostOf(client: IVSRealTimeClient) {
	const {stages} = await client.send(new ListStagesCommand({}));
	const stage = stages![0]!;
	return {stageArn: stage.arn!, sessionId: stage.activeSessionId!};
}

async function hostEvents(client: IVSRealTimeClient, stage: {stageArn: string; sessionId: string}, participantId: string): Promise<string[]> {
	const answer = await client.send(new ListParticipantEventsCommand({...stage, participantId}));
	return answer.events!.map(event => event.name!);
}

test('p publishes the test pattern as the selected PUBLISH participant: the row says so, the stage sees it published; p again and q stop it with DELETE', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const session = await liveTable(t, emulator);
	const stage = await hostOf(client);

	session.write('p');
	await session.waitForText(/› +host\s+\S+\s+pub\s+[\d:]+\s+publishing ●/, {timeout: 30_000});
	const published = await until(async () => {
		const {participants} = await client.send(new ListParticipantsCommand(stage));
		return participants?.find(participant => participant.userId === 'host' && participant.published && participant.state === 'CONNECTED');
	}, 'the stage to see host published');
	const participantId = published.participantId!;
	const sending = await until(async () => (await whipSessions(emulator)).find(entry => entry.participantId === participantId && entry.video.frames >= 30), '30 frames to arrive');
	t.deepEqual([sending.video.width, sending.video.height], [640, 360]);
	t.regex(session.screen(), /Publishing the test pattern as host; p again stops it/);

	session.write('p');
	await session.waitForText('Stopped publishing as host; its WHIP session is deleted', {timeout: 30_000});
	await session.waitForText(/› +host\s+\S+\s+pub\s+[\d:]+\s+disconnected/);
	t.deepEqual(await hostEvents(client, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	t.deepEqual((await whipSessions(emulator)).map(entry => entry.endReason), ['DELETE']);

	// Once more, then q while it publishes: the table deletes the session before it goes.
	session.write('p');
	await session.waitForText(/› +host\s+\S+\s+pub\s+[\d:]+\s+publishing ●/, {timeout: 30_000});
	await until(async () => (await whipSessions(emulator)).filter(entry => entry.state === 'publishing').length === 1, 'the second publish to arrive');
	session.write('q');
	t.is((await session.exited).exitCode, 0);
	t.deepEqual((await whipSessions(emulator)).map(entry => entry.endReason), ['DELETE', 'DELETE']);
	t.deepEqual(await hostEvents(client, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT', 'JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
});

test('a table nobody publishes from never loads werift; p on a SUBSCRIBE-only row says why in one line, and loads nothing', async t => {
	const emulator = await startTestEmulator(t);
	const record = path.join(mkdtempSync(path.join(tmpdir(), 'loaded-modules-')), 'modules.txt');
	const session = await liveTable(t, emulator, {NODE_OPTIONS: `--import=${recorder}`, RECORD_LOADED_MODULES: record});
	session.write('\u001B[B');
	await session.waitForText(/› +viewer/);
	session.write('p');
	await session.waitForText('viewer\'s token cannot publish (it lacks the PUBLISH capability)');
	session.write('?');
	const help = await session.waitForText('Keys on this screen');
	t.regex(help, /\np\s+publish the test pattern as the selected participant/);
	session.write('q');
	t.is((await session.exited).exitCode, 0);
	const loaded = sourcesOf(readFileSync(record, 'utf8').split('\n'));
	t.true(loaded.includes('source/ui/live-table/use-publishers.ts'), 'the recorder saw the live table load');
	// The token's claims (a few lines, no WebRTC) are read to know whether it may publish; the
	// publisher and werift wait for p.
	t.deepEqual(loaded.filter(source => source.includes('node_modules/werift/') || (source.startsWith('source/media/') && source !== 'source/media/token-claims.ts')), []);
	t.deepEqual(await whipSessions(emulator), []);
});
