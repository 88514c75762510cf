// The emulator's WHIP endpoint at the HTTP level: the 307 and the Authorization it needs again, a
// peer that connects but never sends media, and CORS for a page on another origin. Real werift
// peers over loopback; waits are on the emulator's state (GET /_emulator/whip), never on time.
import test, {type ExecutionContext} from 'ava';
import {CreateParticipantTokenCommand, CreateStageCommand, GetParticipantCommand, ListParticipantEventsCommand} from '@aws-sdk/client-ivs-realtime';
import {closePeer, completeLocalDescription, createPeer} from '../../source/media/webrtc-peer.js';
import {deleteSession, postOffer} from '../../source/media/whip-client.js';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {rawRequest, sdkClient, startTestEmulator} from './helpers.js';

async function publishToken(t: ExecutionContext) {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'whip'}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'wes', capabilities: ['PUBLISH']}));
	return {emulator, client, stage: stage!, token: participantToken!.token!, participantId: participantToken!.participantId!};
}

test('the first POST answers 307 to /whip/ingest; posting there without the Authorization header again is refused with 401', async t => {
	const {emulator, stage, token} = await publishToken(t);
	t.is(stage.endpoints?.whip, `${emulator.url}/whip`);
	const first = await fetch(stage.endpoints!.whip!, {method: 'POST', headers: {'Authorization': `Bearer ${token}`, 'Content-Type': 'application/sdp'}, body: 'v=0\r\n', redirect: 'manual'});
	t.is(first.status, 307);
	t.is(first.headers.get('location'), `${emulator.url}/whip/ingest`);
	const again = await fetch(first.headers.get('location')!, {method: 'POST', headers: {'Content-Type': 'application/sdp'}, body: 'v=0\r\n', redirect: 'manual'});
	t.is(again.status, 401);
	t.regex(await again.text(), /Authorization: Bearer <participant token>, sent again after the 307 redirect/);
});

test('an offer answered and connected but never followed by media does not make a publisher', async t => {
	const {emulator, client, stage, token, participantId} = await publishToken(t);
	const peer = createPeer({loopbackOnly: true});
	t.teardown(async () => closePeer(peer));
	peer.addTransceiver('video', {direction: 'sendonly'});
	peer.addTransceiver('audio', {direction: 'sendonly'});
	await peer.setLocalDescription(await peer.createOffer());
	const session = await postOffer(stage.endpoints!.whip!, token, await completeLocalDescription(peer));
	await peer.setRemoteDescription({type: 'answer', sdp: session.answer});
	const sessions = async () => ((await (await fetch(`${emulator.url}/_emulator/whip`)).json()) as {sessions: WhipSessionView[]}).sessions;
	for (;;) {
		const [view] = await sessions();
		if (view?.connected) {
			t.is(view.state, 'waiting');
			t.is(view.video.packets, 0);
			break;
		}

		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
	}

	const error = await t.throwsAsync(client.send(new GetParticipantCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId})));
	t.is(error?.name, 'ResourceNotFoundException');
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}));
	t.deepEqual(events, []);
	await deleteSession(session.resourceUrl, token);
	t.is((await sessions())[0]?.endReason, 'DELETE');
	t.deepEqual((await client.send(new ListParticipantEventsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId}))).events, [], 'no LEFT for one that never joined');
});

test('CORS: the WHIP paths answer a preflight from another origin and expose Location; the control routes still refuse that origin', async t => {
	const {emulator} = await publishToken(t);
	const preflight = await rawRequest(emulator.url, {
		method: 'OPTIONS',
		path: '/whip/ingest',
		headers: {'Origin': 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type'},
	});
	t.is(preflight.status, 204);
	t.is(preflight.headers['access-control-allow-origin'], '*');
	t.regex(String(preflight.headers['access-control-allow-headers']), /Authorization/);
	t.regex(String(preflight.headers['access-control-allow-methods']), /POST/);
	const refused = await rawRequest(emulator.url, {method: 'POST', path: '/whip/ingest', headers: {'Origin': 'http://127.0.0.1:9', 'Content-Type': 'application/sdp'}, body: 'v=0\r\n'});
	t.is(refused.status, 401, 'a page on another origin reaches WHIP (and its token check)');
	t.is(refused.headers['access-control-allow-origin'], '*');
	t.regex(String(refused.headers['access-control-expose-headers']), /Location/);
	const control = await rawRequest(emulator.url, {method: 'GET', path: '/_emulator/state', headers: {Origin: 'http://127.0.0.1:9'}});
	t.is(control.status, 403);
});
