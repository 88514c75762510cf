// fetchParticipants through the port's real IvsApi (the SDK's client) against a node:http server speaking the service's
// REST-JSON: the cases the emulator does not model (a stage with no session yet, a session that has
// ended) and pagination.
import test from 'ava';
import {createIvsClient} from '../../source/ivs/client.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {ivsApiOver} from '../../source/ivs/sdk-ivs-api.js';
import {fetchParticipants, needsStageCheck, requestSpacingMs, stageCheckEvery} from '../../source/stages/fetch-participants.js';
import {startRecordingServer, type CannedResponse, type RecordedRequest} from '../helpers/recording-server.js';

const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEfGhIjKl';

async function serve(t: {teardown(fn: () => unknown): void}, answer: (request: RecordedRequest) => CannedResponse) {
	const server = await startRecordingServer(answer);
	const client = createIvsClient({
		...defaultClientSettings,
		region: 'us-west-2',
		endpointUrl: server.url,
		credentials: {accessKeyId: 'test', secretAccessKey: 'test'},
		maxAttempts: 1,
	});
	t.teardown(async () => {
		client.destroy();
		await server.close();
	});
	return {server, client: ivsApiOver(client)};
}

function body(request: RecordedRequest): Record<string, unknown> {
	return JSON.parse(request.body || '{}') as Record<string, unknown>;
}

test('no session yet (nobody has joined): no ListParticipants call, no participants', async t => {
	const {server, client} = await serve(t, () => ({body: {stage: {arn: stageArn, activeSessionId: ''}}}));
	t.deepEqual(await fetchParticipants(client, stageArn, {wait: async () => {}}), {sessionId: undefined, participants: []});
	t.deepEqual(server.requests.map(request => request.url), ['/GetStage']);
	t.deepEqual(body(server.requests[0]!), {arn: stageArn});
});

test('the session ended: the last known one still answers, so rows read disconnected', async t => {
	const {server, client} = await serve(t, request =>
		request.url === '/GetStage'
			? {body: {stage: {arn: stageArn}}}
			: {body: {participants: [{participantId: 'pA', userId: 'alice', state: 'DISCONNECTED', published: true, firstJoinTime: '2025-01-01T12:00:00Z'}]}},
	);
	const snapshot = await fetchParticipants(client, stageArn, {knownSessionId: 'st-old', wait: async () => {}});
	t.is(snapshot.sessionId, 'st-old');
	t.is(snapshot.participants[0]?.state, 'DISCONNECTED');
	t.is(body(server.requests[1]!).sessionId, 'st-old');
});

test('a new active session wins over the known one; pages are followed, spaced within the rate', async t => {
	const pages: Record<string, CannedResponse> = {
		'': {body: {participants: [{participantId: 'p1', state: 'CONNECTED'}], nextToken: 'two'}},
		two: {body: {participants: [{participantId: 'p2', state: 'CONNECTED', published: true}], nextToken: 'three'}},
		three: {body: {participants: [{participantId: 'p3', state: 'DISCONNECTED'}]}},
	};
	const {server, client} = await serve(t, request =>
		request.url === '/GetStage' ? {body: {stage: {arn: stageArn, activeSessionId: 'st-new'}}} : pages[String(body(request).nextToken ?? '')]!,
	);
	const waits: number[] = [];
	const snapshot = await fetchParticipants(client, stageArn, {knownSessionId: 'st-old', wait: async ms => void waits.push(ms)});
	t.is(snapshot.sessionId, 'st-new');
	t.deepEqual(snapshot.participants.map(participant => participant.participantId), ['p1', 'p2', 'p3']);
	t.deepEqual(server.requests.map(request => request.url), ['/GetStage', '/ListParticipants', '/ListParticipants', '/ListParticipants']);
	t.deepEqual(server.requests.slice(1).map(request => body(request).sessionId), ['st-new', 'st-new', 'st-new']);
	t.deepEqual(server.requests.slice(1).map(request => body(request).stageArn), [stageArn, stageArn, stageArn]);
	// One wait before each ListParticipants: at most 1000 / 250 = 4 requests a second, under 5.
	t.deepEqual(waits, [requestSpacingMs, requestSpacingMs, requestSpacingMs]);
	t.true(1000 / requestSpacingMs < 5);
});

test('a service error comes out as the SDK\'s exception', async t => {
	const {client} = await serve(t, () => ({
		status: 429,
		headers: {'x-amzn-errortype': 'ThrottlingException'},
		body: {message: 'Rate exceeded'},
	}));
	const error = await t.throwsAsync(fetchParticipants(client, stageArn, {wait: async () => {}}));
	t.is(error?.name, 'ThrottlingException');
});

test('an abort stops the poll', async t => {
	const {client} = await serve(t, () => ({body: {stage: {arn: stageArn, activeSessionId: 'st-1'}}}));
	const controller = new AbortController();
	controller.abort();
	await t.throwsAsync(fetchParticipants(client, stageArn, {signal: controller.signal}));
});

test('without the stage check, the known session is listed at once', async t => {
	const {server, client} = await serve(t, () => ({body: {participants: [{participantId: 'p1', state: 'CONNECTED'}]}}));
	const waits: number[] = [];
	const snapshot = await fetchParticipants(client, stageArn, {knownSessionId: 'st-1', checkStage: false, wait: async ms => void waits.push(ms)});
	t.is(snapshot.sessionId, 'st-1');
	t.deepEqual(server.requests.map(request => request.url), ['/ListParticipants']);
	t.deepEqual(waits, []);
});

test('GetStage only when the session may have changed', t => {
	const connected = [{participantId: 'p1', state: 'CONNECTED' as const}];
	const allGone = [{participantId: 'p1', state: 'DISCONNECTED' as const}];
	t.true(needsStageCheck(undefined, connected, 1), 'no session known yet');
	t.true(needsStageCheck('st-1', undefined, 1), 'no poll has succeeded yet');
	t.false(needsStageCheck('st-1', connected, 1), 'someone is connected: the session is live');
	t.false(needsStageCheck('st-1', [], 1), 'nobody joined it: it cannot have ended');
	t.true(needsStageCheck('st-1', allGone, 1), 'everyone left: it may have ended');
	t.true(needsStageCheck('st-1', connected, stageCheckEvery), 'a periodic check regardless');
});
