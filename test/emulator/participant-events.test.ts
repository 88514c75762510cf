// ListParticipantEvents through the SDK's real client: the events the emulator records as
// participants join, publish and leave through the control routes, in order, paged, kept in the
// state file, and read from a version 1 state file (which has none) without complaint.
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	GetPublicKeyCommand,
	GetStageCommand,
	ImportPublicKeyCommand,
	ListParticipantEventsCommand,
	ValidationException,
	type IVSRealTimeClient,
	type Stage,
} from '@aws-sdk/client-ivs-realtime';
import {control, sdkClient, startTestEmulator, tempDir} from './helpers.js';
import {customerKey, selfSignedClaims, signToken} from './self-signed-token.js';

async function stageWithToken(client: IVSRealTimeClient, capabilities: Array<'PUBLISH' | 'SUBSCRIBE'> = ['PUBLISH', 'SUBSCRIBE']) {
	const {stage} = await client.send(new CreateStageCommand({name: 'events'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'ivan', capabilities}));
	return {stage: stage!, token: participantToken!.token!, participantId: participantToken!.participantId!};
}

async function eventNames(client: IVSRealTimeClient, stage: Stage, participantId: string): Promise<string[]> {
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	return events!.map(event => event.name!);
}

test('join, publish and leave are JOINED, PUBLISH_STARTED, then PUBLISH_STOPPED and LEFT', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client);
	t.deepEqual(await eventNames(client, stage, participantId), [], 'no events before the participant joins');

	const before = Math.floor(Date.now() / 1000) * 1000;
	t.is((await control(emulator, 'POST', '/_emulator/join', {token, publish: true})).status, 200);
	t.is((await control(emulator, 'POST', '/_emulator/leave', {token})).status, 200);
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	t.deepEqual(events!.map(event => event.name), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	for (const event of events!) {
		t.is(event.participantId, participantId);
		t.true(event.eventTime!.getTime() >= before && event.eventTime!.getTime() <= Date.now());
		t.is(event.errorCode, undefined);
		t.is(event.remoteParticipantId, undefined);
	}

	// Back without publishing: joined and left again, and no publish was stopped this time.
	await control(emulator, 'POST', '/_emulator/join', {token});
	await control(emulator, 'POST', '/_emulator/leave', {token});
	t.deepEqual(await eventNames(client, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT', 'JOINED', 'LEFT']);
});

test('a publish the token does not allow is PUBLISH_ERROR with INSUFFICIENT_CAPABILITIES', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client, ['SUBSCRIBE']);
	t.is((await control(emulator, 'POST', '/_emulator/join', {token, publish: true})).status, 403);
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	t.like(events, [{name: 'PUBLISH_ERROR', errorCode: 'INSUFFICIENT_CAPABILITIES', participantId}]);
});

test('a publish over the stage\'s 12 publishers is PUBLISH_ERROR with QUOTA_EXCEEDED; the participant still joined', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client);
	for (let index = 0; index < 12; index++) {
		t.is((await control(emulator, 'POST', '/_emulator/join', {stageArn: stage.arn, userId: `p${index}`, publish: true})).status, 200);
	}

	t.is((await control(emulator, 'POST', '/_emulator/join', {token, publish: true})).status, 409);
	t.is((await control(emulator, 'POST', '/_emulator/join', {token})).status, 200);
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	t.like(events, [{name: 'PUBLISH_ERROR', errorCode: 'QUOTA_EXCEEDED'}, {name: 'JOINED'}]);
	t.is(events!.length, 2);
});

test('ListParticipantEvents pages with maxResults and nextToken; an unknown participant has none; maxResults over 100 is refused', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const {stage, token, participantId} = await stageWithToken(client);
	for (let round = 0; round < 3; round++) {
		await control(emulator, 'POST', '/_emulator/join', {token});
		await control(emulator, 'POST', '/_emulator/leave', {token});
	}

	const seen: string[] = [];
	let nextToken: string | undefined;
	let pages = 0;
	do {
		const page = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId, maxResults: 4, nextToken}));
		t.true(page.events!.length <= 4);
		seen.push(...page.events!.map(event => event.name!));
		nextToken = page.nextToken;
		pages++;
	} while (nextToken);

	t.is(pages, 2);
	t.deepEqual(seen, ['JOINED', 'LEFT', 'JOINED', 'LEFT', 'JOINED', 'LEFT']);
	t.deepEqual((await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId: 'nobody'}))).events, []);
	const error = await t.throwsAsync(client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId, maxResults: 101})));
	t.true(error instanceof ValidationException);
});

test('events and imported keys are kept in the state file across a restart', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	const first = await startTestEmulator(t, {statePath});
	const client = sdkClient(first);
	const {stage, token, participantId} = await stageWithToken(client);
	await control(first, 'POST', '/_emulator/join', {token, publish: true});
	const key = customerKey();
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: key.publicKeyPem, name: 'kept'}));
	await first.close();
	const saved = JSON.parse(await readFile(statePath, 'utf8')) as {version: number; participantEvents: unknown[]};
	t.is(saved.version, 2);
	t.is(saved.participantEvents.length, 2);

	const second = await startTestEmulator(t, {statePath});
	const again = sdkClient(second);
	t.deepEqual(await eventNames(again, stage, participantId), ['JOINED', 'PUBLISH_STARTED']);
	await control(second, 'POST', '/_emulator/leave', {token});
	t.deepEqual(await eventNames(again, stage, participantId), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT'], 'still publishing after the restart');
	t.deepEqual((await again.send(new GetPublicKeyCommand({arn: publicKey?.arn}))).publicKey, publicKey);
	const selfSigned = signToken(selfSignedClaims(stage), publicKey!.arn!, key.privateKey);
	t.is((await control(second, 'POST', '/_emulator/join', {token: selfSigned})).status, 200, 'the imported key still checks tokens');
});

test('a version 1 state file (before keys and events) is read, and saved back as version 2', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	const first = await startTestEmulator(t, {statePath});
	const {stage} = await sdkClient(first).send(new CreateStageCommand({name: 'old'}));
	await first.close();
	const current = JSON.parse(await readFile(statePath, 'utf8')) as Record<string, unknown>;
	const {publicKeys, participantEvents, ...version1} = current;
	t.deepEqual([publicKeys, participantEvents], [[], []]);
	await writeFile(statePath, JSON.stringify({...version1, version: 1}));

	const second = await startTestEmulator(t, {statePath});
	const client = sdkClient(second);
	t.is((await client.send(new GetStageCommand({arn: stage?.arn}))).stage?.name, 'old');
	t.deepEqual((await client.send(new ListParticipantEventsCommand({stageArn: stage?.arn, sessionId: stage?.activeSessionId, participantId: 'p'}))).events, []);
	await second.close();
	t.is((JSON.parse(await readFile(statePath, 'utf8')) as {version: number}).version, 2);
});

test('a state file with a public key that is not a P-384 key is refused at start, naming the record', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	const first = await startTestEmulator(t, {statePath});
	await first.close();
	const state = JSON.parse(await readFile(statePath, 'utf8')) as Record<string, unknown>;
	const key = {arn: 'arn:aws:ivs:us-west-2:123456789012:public-key/abc', name: '', publicKeyMaterial: 'junk', fingerprint: 'x', tags: {}, seq: 1};
	await writeFile(statePath, JSON.stringify({...state, publicKeys: [key]}));
	await t.throwsAsync(startTestEmulator(t, {statePath}), {message: /is damaged: publicKeys\[0\]\.publicKeyMaterial is not a P-384 public key/});
});
