// POST /_emulator/publish-error: a PUBLISH_ERROR with any of the model's error codes, for a
// participant known by token or by user ID, read back through the SDK's real client; kept in the
// state file like every event; a code the model lacks and a stranger are refused.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {CreateParticipantTokenCommand, CreateStageCommand, ListParticipantEventsCommand} from '@aws-sdk/client-ivs-realtime';
import {getShape} from '../../source/model/service-model.js';
import {control, sdkClient, startTestEmulator, tempDir} from './helpers.js';

test('records PUBLISH_ERROR with the code given, for a token\'s participant and for a user ID that joined', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	const emulator = await startTestEmulator(t, {statePath});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'errors'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage!.arn, userId: 'enc'}));
	const byToken = await control(emulator, 'POST', '/_emulator/publish-error', {token: participantToken!.token, errorCode: 'B_FRAME_PRESENT'});
	t.is(byToken.status, 200, byToken.text);
	t.like(byToken.json(), {participantId: participantToken!.participantId, errorCode: 'B_FRAME_PRESENT'});

	t.is((await control(emulator, 'POST', '/_emulator/join', {stageArn: stage!.arn, userId: 'cam'})).status, 200);
	const byUser = await control(emulator, 'POST', '/_emulator/publish-error', {stageArn: stage!.arn, userId: 'cam', errorCode: 'RESOLUTION_EXCEEDED'});
	t.is(byUser.status, 200, byUser.text);
	const camId = (byUser.json() as {participantId: string}).participantId;

	const events = async (participantId: string) => (await client.send(new ListParticipantEventsCommand({stageArn: stage!.arn, sessionId: stage!.activeSessionId, participantId}))).events;
	t.like(await events(participantToken!.participantId!), [{name: 'PUBLISH_ERROR', errorCode: 'B_FRAME_PRESENT'}]);
	t.like(await events(camId), [{name: 'JOINED'}, {name: 'PUBLISH_ERROR', errorCode: 'RESOLUTION_EXCEEDED'}]);
	await emulator.close();
	const saved = JSON.parse(await readFile(statePath, 'utf8')) as {participantEvents: Array<{errorCode?: string}>};
	t.deepEqual(saved.participantEvents.map(event => event.errorCode).filter(Boolean), ['B_FRAME_PRESENT', 'RESOLUTION_EXCEEDED']);
	// A restart reads the saved codes back, though they are no longer only the two the emulator used to make.
	const again = await startTestEmulator(t, {statePath});
	t.like(await (async () => (await sdkClient(again).send(new ListParticipantEventsCommand({stageArn: stage!.arn, sessionId: stage!.activeSessionId, participantId: camId}))).events)(), [{name: 'JOINED'}, {name: 'PUBLISH_ERROR', errorCode: 'RESOLUTION_EXCEEDED'}]);
});

test('every code of the model is taken; a code it lacks, and a user ID that never joined, are refused', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'codes'}));
	await control(emulator, 'POST', '/_emulator/join', {stageArn: stage!.arn, userId: 'enc'});
	const codes = (getShape('EventErrorCode') as {enum: string[]}).enum;
	t.true(codes.length >= 14);
	for (const errorCode of codes) {
		t.is((await control(emulator, 'POST', '/_emulator/publish-error', {stageArn: stage!.arn, userId: 'enc', errorCode})).status, 200, errorCode);
	}

	const refused = await control(emulator, 'POST', '/_emulator/publish-error', {stageArn: stage!.arn, userId: 'enc', errorCode: 'NOT_A_CODE'});
	t.is(refused.status, 400);
	const stranger = await control(emulator, 'POST', '/_emulator/publish-error', {stageArn: stage!.arn, userId: 'nobody', errorCode: 'B_FRAME_PRESENT'});
	t.is(stranger.status, 404);
	t.is((stranger.json() as {error: string}).error, 'NotJoined');
});
