// The loopback control routes that stand in for media connections, and the participant tokens
// they accept: real ES384 JWTs that verify with the emulator's public key.
import {createPublicKey, verify} from 'node:crypto';
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	DeleteStageCommand,
	GetParticipantCommand,
	ListParticipantsCommand,
	type IVSRealTimeClient,
} from '@aws-sdk/client-ivs-realtime';
import {isLoopbackAddress} from '../../source/emulator/request-handler.js';
import {ManualClock, control, decodeJwtPart, sdkClient, startTestEmulator} from './helpers.js';

async function stageWithToken(client: IVSRealTimeClient, token: {userId?: string; capabilities?: Array<'PUBLISH' | 'SUBSCRIBE'>; duration?: number} = {}) {
	const {stage} = await client.send(new CreateStageCommand({name: 'room'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, ...token}));
	return {stage: stage!, participantToken: participantToken!};
}

test('a participant token is an ES384 JWT that verifies with the emulator\'s public key and carries the service\'s claims', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, participantToken} = await stageWithToken(client, {userId: 'carol', capabilities: ['SUBSCRIBE'], duration: 90});
	const [header = '', claims = '', signature = ''] = participantToken.token!.split('.');

	const published = (await control(emulator, 'GET', '/_emulator/public-key')).json();
	t.is(published.publicKeyPem, emulator.tokenPublicKeyPem);
	t.is(published.algorithm, 'ES384');
	for (const key of [createPublicKey(emulator.tokenPublicKeyPem), createPublicKey({key: published.jwk, format: 'jwk'})]) {
		t.true(verify('sha384', Buffer.from(`${header}.${claims}`), {key, dsaEncoding: 'ieee-p1363'}, Buffer.from(signature, 'base64url')));
	}

	const tampered = Buffer.from(JSON.stringify({...decodeJwtPart(claims), user_id: 'mallory'})).toString('base64url');
	t.false(verify('sha384', Buffer.from(`${header}.${tampered}`), {key: createPublicKey(emulator.tokenPublicKeyPem), dsaEncoding: 'ieee-p1363'}, Buffer.from(signature, 'base64url')));

	t.like(decodeJwtPart(header), {alg: 'ES384', typ: 'JWT', kid: published.keyId});
	const payload = decodeJwtPart(claims);
	t.is(payload.jti, participantToken.participantId);
	t.is(payload.resource, stage.arn);
	t.is(payload.topic, stage.arn?.split('/')[1]);
	t.is(payload.user_id, 'carol');
	t.deepEqual(payload.attributes, {});
	t.deepEqual(payload.capabilities, {allow_publish: false, allow_subscribe: true});
	t.is(payload.exp - payload.iat, 90 * 60);
	t.is(payload.exp * 1000, participantToken.expirationTime!.getTime());
	t.is(payload.whip_url, stage.endpoints?.whip);
	t.is(payload.events_url, stage.endpoints?.events);
	t.is(payload.version, '1.0');
});

test('joining with a token makes that participant CONNECTED; publishing and leaving show in List/GetParticipant', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, participantToken} = await stageWithToken(client, {userId: 'dave'});
	const where = {stageArn: stage.arn, sessionId: stage.activeSessionId};

	const joined = await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token});
	t.is(joined.status, 200);
	t.like(joined.json(), {stageArn: stage.arn, sessionId: stage.activeSessionId, participant: {participantId: participantToken.participantId, state: 'CONNECTED', published: false}});

	await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token, publish: true});
	const {participant} = await client.send(new GetParticipantCommand({...where, participantId: participantToken.participantId}));
	t.is(participant?.state, 'CONNECTED');
	t.true(participant?.published);
	t.is(participant?.userId, 'dave');

	const left = await control(emulator, 'POST', '/_emulator/leave', {token: participantToken.token});
	t.is(left.status, 200);
	const listed = await client.send(new ListParticipantsCommand(where));
	t.is(listed.participants?.length, 1);
	t.is(listed.participants?.[0]?.state, 'DISCONNECTED');
	t.true(listed.participants?.[0]?.published, 'published means "ever published in this session"');
	const connected = await client.send(new ListParticipantsCommand({...where, filterByState: 'CONNECTED'}));
	t.deepEqual(connected.participants, []);

	const again = await control(emulator, 'POST', '/_emulator/leave', {token: participantToken.token});
	t.is(again.status, 404);
});

test('joining by stage ARN and user ID works without a token, and the same user comes back as the same participant', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({}));
	const first = (await control(emulator, 'POST', '/_emulator/join', {stageArn: stage?.arn, userId: 'erin', publish: true})).json();
	t.regex(first.participant.participantId, /^[a-zA-Z0-9]{12}$/);
	t.is(first.participant.userId, 'erin');
	t.true(first.participant.published);

	const left = await control(emulator, 'POST', '/_emulator/leave', {stageArn: stage?.arn, userId: 'erin'});
	t.is(left.json().participants[0].state, 'DISCONNECTED');
	const back = (await control(emulator, 'POST', '/_emulator/join', {stageArn: stage?.arn, userId: 'erin'})).json();
	t.is(back.participant.participantId, first.participant.participantId);
	t.is(back.participant.state, 'CONNECTED');

	const byUser = await client.send(new ListParticipantsCommand({stageArn: stage?.arn, sessionId: stage?.activeSessionId, filterByUserId: 'erin'}));
	t.is(byUser.participants?.length, 1);
});

test('an expired token cannot join', async t => {
	const clock = new ManualClock();
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	const {participantToken} = await stageWithToken(client, {duration: 1});
	clock.advance(61_000);
	const response = await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token});
	t.is(response.status, 401);
	t.is(response.json().error, 'TokenExpired');
	t.regex(response.json().message, /^The token expired at \d{4}-\d\d-\d\dT/);
});

test('a token this emulator did not sign, or a mangled one, cannot join', async t => {
	const emulator = await startTestEmulator(t);
	const other = await startTestEmulator(t);
	const {participantToken: foreign} = await stageWithToken(sdkClient(other));
	const fromElsewhere = await control(emulator, 'POST', '/_emulator/join', {token: foreign.token});
	t.is(fromElsewhere.status, 401);
	t.is(fromElsewhere.json().error, 'InvalidToken');
	t.regex(fromElsewhere.json().message, /signature does not verify/);

	const garbage = await control(emulator, 'POST', '/_emulator/join', {token: 'not-a-jwt'});
	t.is(garbage.status, 401);
	t.regex(garbage.json().message, /not a JWT/);

	const missing = await control(emulator, 'POST', '/_emulator/join', {});
	t.is(missing.status, 400);
});

test('a token whose stage was deleted is unknown; a subscribe-only token cannot publish', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage, participantToken} = await stageWithToken(client, {capabilities: ['SUBSCRIBE']});
	const publish = await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token, publish: true});
	t.is(publish.status, 403);
	t.is(publish.json().error, 'PublishNotAllowed');

	await control(emulator, 'POST', '/_emulator/join', {stageArn: stage.arn, userId: 'x'});
	await client.send(new DeleteStageCommand({arn: stage.arn}));
	const afterDelete = await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token});
	t.is(afterDelete.status, 401);
	t.is(afterDelete.json().error, 'UnknownToken');
	const noStage = await control(emulator, 'POST', '/_emulator/join', {stageArn: stage.arn, userId: 'x'});
	t.is(noStage.status, 404);
});

test('a stage takes at most 12 publishers at once', async t => {
	const emulator = await startTestEmulator(t);
	const {stage} = await sdkClient(emulator).send(new CreateStageCommand({}));
	const joins = await Promise.all(Array.from({length: 13}, async (_, index) =>
		control(emulator, 'POST', '/_emulator/join', {stageArn: stage?.arn, userId: `p${index}`, publish: true})));
	t.is(joins.filter(join => join.status === 200).length, 12);
	t.is(joins.filter(join => join.status === 409).length, 1);
	const subscriber = await control(emulator, 'POST', '/_emulator/join', {stageArn: stage?.arn, userId: 'viewer'});
	t.is(subscriber.status, 200);
});

test('control routes: state, health, unknown route, loopback only', async t => {
	const emulator = await startTestEmulator(t);
	t.deepEqual((await control(emulator, 'GET', '/_emulator/health')).json(), {ok: true});
	const state = (await control(emulator, 'GET', '/_emulator/state')).json();
	t.like(state, {region: 'us-west-2', accountId: '123456789012', limits: true, stages: []});
	t.false(JSON.stringify(state).includes('PRIVATE KEY'), 'the state route never shows the private key');
	t.is((await control(emulator, 'GET', '/_emulator/nothing')).status, 404);
	t.true(isLoopbackAddress('127.0.0.1'));
	t.true(isLoopbackAddress('::ffff:127.0.0.1'));
	t.true(isLoopbackAddress('::1'));
	t.false(isLoopbackAddress('192.168.1.10'));
	t.false(isLoopbackAddress('::ffff:10.0.0.1'));
	t.false(isLoopbackAddress(undefined));
});
