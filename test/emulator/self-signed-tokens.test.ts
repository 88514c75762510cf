// Self-signed participant tokens (signed by the customer's own P-384 key, imported with
// ImportPublicKey) join through /_emulator/join like the emulator's own; the emulator checks the
// signature with the imported key, the expiry, the 14-day limit, the stage and the capabilities.
import test from 'ava';
import {
	CreateStageCommand,
	DeletePublicKeyCommand,
	DeleteStageCommand,
	GetParticipantCommand,
	ImportPublicKeyCommand,
	type IVSRealTimeClient,
	type Stage,
} from '@aws-sdk/client-ivs-realtime';
import {control, sdkClient, startTestEmulator} from './helpers.js';
import {customerKey, selfSignedClaims, signToken, type CustomerKey} from './self-signed-token.js';

async function stageAndKey(client: IVSRealTimeClient): Promise<{stage: Stage; key: CustomerKey; keyArn: string}> {
	const {stage} = await client.send(new CreateStageCommand({name: 'self-signed'}));
	const key = customerKey();
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: key.publicKeyPem}));
	return {stage: stage!, key, keyArn: publicKey!.arn!};
}

test('a self-signed token joins and publishes; the participant is who its claims say', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const token = signToken(selfSignedClaims(stage, {jti: 'hannah-laptop'}), keyArn, key.privateKey);

	const joined = await control(emulator, 'POST', '/_emulator/join', {token, publish: true});
	t.is(joined.status, 200, joined.text);
	t.like(joined.json(), {stageArn: stage.arn, sessionId: stage.activeSessionId, participant: {participantId: 'hannah-laptop', state: 'CONNECTED', published: true}});
	const {participant} = await client.send(new GetParticipantCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId: 'hannah-laptop'}));
	t.is(participant?.userId, 'hannah');
	t.deepEqual(participant?.attributes, {seat: '7'});

	const left = await control(emulator, 'POST', '/_emulator/leave', {token});
	t.is(left.status, 200);
	t.is(left.json().participants[0].state, 'DISCONNECTED');
});

test('a self-signed token without allow_publish joins but cannot publish', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const token = signToken(selfSignedClaims(stage, {capabilities: {allow_publish: false, allow_subscribe: true}}), keyArn, key.privateKey);
	const publish = await control(emulator, 'POST', '/_emulator/join', {token, publish: true});
	t.is(publish.status, 403);
	t.is(publish.json().error, 'PublishNotAllowed');
	t.is((await control(emulator, 'POST', '/_emulator/join', {token})).status, 200);
});

test('a token signed by a deleted key is refused', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const token = signToken(selfSignedClaims(stage), keyArn, key.privateKey);
	await client.send(new DeletePublicKeyCommand({arn: keyArn}));
	const response = await control(emulator, 'POST', '/_emulator/join', {token});
	t.is(response.status, 401);
	t.is(response.json().error, 'UnknownKey');
	t.true(response.json().message.includes(keyArn));
});

test('an expired self-signed token is refused, and so is one that lasts more than 14 days', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const now = Math.floor(Date.now() / 1000);
	const expired = await control(emulator, 'POST', '/_emulator/join', {
		token: signToken(selfSignedClaims(stage, {iat: now - 7200, exp: now - 3600}), keyArn, key.privateKey),
	});
	t.is(expired.status, 401);
	t.is(expired.json().error, 'TokenExpired');

	const tooLong = await control(emulator, 'POST', '/_emulator/join', {
		token: signToken(selfSignedClaims(stage, {iat: now, exp: now + (14 * 24 * 3600) + 1}), keyArn, key.privateKey),
	});
	t.is(tooLong.status, 401);
	t.regex(tooLong.json().message, /more than 14 days/);
	const fourteenDays = await control(emulator, 'POST', '/_emulator/join', {
		token: signToken(selfSignedClaims(stage, {iat: now, exp: now + (14 * 24 * 3600)}), keyArn, key.privateKey),
	});
	t.is(fourteenDays.status, 200, 'exactly 14 days is allowed');
});

test('a self-signed token for another stage, a deleted stage, or the wrong topic is refused', async t => {
	const emulator = await startTestEmulator(t);
	const elsewhere = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const {stage: otherStage} = await sdkClient(elsewhere).send(new CreateStageCommand({}));

	const foreign = await control(emulator, 'POST', '/_emulator/join', {token: signToken(selfSignedClaims(otherStage!), keyArn, key.privateKey)});
	t.is(foreign.status, 401);
	t.regex(foreign.json().message, /resource .* is not a stage of this emulator/);

	const wrongTopic = await control(emulator, 'POST', '/_emulator/join', {token: signToken(selfSignedClaims(stage, {topic: 'someOtherId'}), keyArn, key.privateKey)});
	t.is(wrongTopic.status, 401);
	t.regex(wrongTopic.json().message, /topic/);

	const token = signToken(selfSignedClaims(stage), keyArn, key.privateKey);
	await client.send(new DeleteStageCommand({arn: stage.arn}));
	const afterDelete = await control(emulator, 'POST', '/_emulator/join', {token});
	t.is(afterDelete.status, 401);
	t.regex(afterDelete.json().message, /is not a stage of this emulator/);
});

test('a token naming an imported key but signed by another, or with hostile claims, is refused', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, key, keyArn} = await stageAndKey(client);
	const impostor = customerKey();
	const forged = await control(emulator, 'POST', '/_emulator/join', {token: signToken(selfSignedClaims(stage), keyArn, impostor.privateKey)});
	t.is(forged.status, 401);
	t.regex(forged.json().message, /signature does not verify with the public key/);

	for (const [what, overrides, message] of [
		['a jti that is not a participant ID', {jti: '../../etc'}, /jti/],
		['no version', {version: undefined}, /version/],
		['capabilities that are text', {capabilities: {allow_publish: 'yes'}}, /allow_publish/],
		['attributes that are not text', {attributes: {seat: 7}}, /attributes/],
		['an exp that is text', {exp: 'tomorrow'}, /iat and exp/],
	] as const) {
		const response = await control(emulator, 'POST', '/_emulator/join', {token: signToken(selfSignedClaims(stage, overrides), keyArn, key.privateKey)});
		t.is(response.status, 401, what);
		t.regex(response.json().message, message, what);
	}

	const huge = await control(emulator, 'POST', '/_emulator/join', {token: signToken(selfSignedClaims(stage, {attributes: {pad: 'x'.repeat(20_000)}}), keyArn, key.privateKey)});
	t.is(huge.status, 401);
	t.regex(huge.json().message, /longer than/);
});
