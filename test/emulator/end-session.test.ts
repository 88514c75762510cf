// POST /_emulator/end-session: a stage's session ends as the service ends one after its last
// participant goes (everyone still there leaves), optionally at a past time; the next join starts
// a new session. What the SDK's real client sees of it: ListStageSessions, GetStage, ListParticipants.
import test from 'ava';
import {CreateStageCommand, GetStageCommand, ListParticipantsCommand, ListStageSessionsCommand} from '@aws-sdk/client-ivs-realtime';
import {control, sdkClient, startTestEmulator} from './helpers.js';

test('end-session ends the active session, at the time given; participants leave; a join starts the next session', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => {
		client.destroy();
	});
	const {stage} = await client.send(new CreateStageCommand({name: 'aging'}));
	const stageArn = stage!.arn!;
	const first = stage!.activeSessionId!;
	t.is((await control(emulator, 'POST', '/_emulator/join', {stageArn, userId: 'host'})).status, 200);

	const endTime = '2024-05-01T10:00:00.000Z';
	const ended = await control(emulator, 'POST', '/_emulator/end-session', {stageArn, endTime});
	t.is(ended.status, 200, ended.text);
	t.deepEqual(ended.json(), {stageArn, sessionId: first, startTime: endTime, endTime});
	t.is((await client.send(new GetStageCommand({arn: stageArn}))).stage?.activeSessionId, undefined);
	const {stageSessions} = await client.send(new ListStageSessionsCommand({stageArn}));
	t.deepEqual(stageSessions?.map(session => [session.sessionId, session.endTime?.toISOString()]), [[first, endTime]]);
	const {participants} = await client.send(new ListParticipantsCommand({stageArn, sessionId: first}));
	t.deepEqual(participants?.map(participant => participant.state), ['DISCONNECTED']);

	// Nothing active to end now; the next join starts a session of its own.
	t.is((await control(emulator, 'POST', '/_emulator/end-session', {stageArn})).status, 409);
	const joined = (await control(emulator, 'POST', '/_emulator/join', {stageArn, userId: 'guest'})).json() as {sessionId: string};
	t.not(joined.sessionId, first);
	t.is((await client.send(new GetStageCommand({arn: stageArn}))).stage?.activeSessionId, joined.sessionId);
	const after = await client.send(new ListStageSessionsCommand({stageArn}));
	t.is(after.stageSessions?.length, 2);
});

test('end-session refuses an end in the future, a time it cannot read, and a body without a stage', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => {
		client.destroy();
	});
	const {stage} = await client.send(new CreateStageCommand({name: 'x'}));
	for (const body of [{stageArn: stage!.arn, endTime: Date.now() + 3_600_000}, {stageArn: stage!.arn, endTime: 'yesterday-ish'}, {endTime: 0}]) {
		const answer = await control(emulator, 'POST', '/_emulator/end-session', body);
		t.is(answer.status, 400, JSON.stringify(body));
	}

	t.truthy((await client.send(new GetStageCommand({arn: stage!.arn}))).stage?.activeSessionId, 'still active');
	t.is((await control(emulator, 'POST', '/_emulator/end-session', {stageArn: `${stage!.arn}x`})).status, 404);
});
