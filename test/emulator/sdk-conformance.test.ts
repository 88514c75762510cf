// The SDK's real IVSRealTimeClient runs every operation the emulator serves, success paths and
// errors, and the tests check what it returns: shapes, IDs, status codes, error names and texts.
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	CreateStorageConfigurationCommand,
	DeleteStageCommand,
	DeleteStorageConfigurationCommand,
	GetParticipantCommand,
	GetStageCommand,
	GetStageSessionCommand,
	GetStorageConfigurationCommand,
	ListParticipantsCommand,
	ListStageSessionsCommand,
	ListStagesCommand,
	ListStorageConfigurationsCommand,
	ListTagsForResourceCommand,
	ResourceNotFoundException,
	TagResourceCommand,
	UntagResourceCommand,
	UpdateStageCommand,
	ValidationException,
	ConflictException,
	type IVSRealTimeClient,
} from '@aws-sdk/client-ivs-realtime';
import {control, sdkClient, startTestEmulator} from './helpers.js';

const stageArnPattern = /^arn:aws:ivs:us-west-2:123456789012:stage\/[a-zA-Z0-9]{12}$/;
const storageArnPattern = /^arn:aws:ivs:us-west-2:123456789012:storage-configuration\/[a-zA-Z0-9]{12}$/;
const sessionIdPattern = /^st-[a-zA-Z0-9]{13}$/;
const participantIdPattern = /^[a-zA-Z0-9]{12}$/;

async function rejection(t: import('ava').ExecutionContext, promise: Promise<unknown>) {
	const error = await t.throwsAsync(promise);
	return error as Error & {name: string; exceptionMessage?: string; $metadata: {httpStatusCode?: number}};
}

async function newStage(client: IVSRealTimeClient, name = 'stage-1') {
	const {stage} = await client.send(new CreateStageCommand({name}));
	return stage!;
}

test('CreateStage returns a stage shaped like the service\'s, with tokens for its configurations', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const before = Date.now();
	const response = await client.send(new CreateStageCommand({
		name: 'my-stage',
		tags: {team: 'video'},
		participantTokenConfigurations: [
			{userId: 'alice', capabilities: ['PUBLISH'], duration: 30, attributes: {seat: '1'}},
			{},
		],
	}));
	t.is(response.$metadata.httpStatusCode, 200);
	const stage = response.stage!;
	t.regex(stage.arn!, stageArnPattern);
	t.is(stage.name, 'my-stage');
	t.regex(stage.activeSessionId!, sessionIdPattern);
	t.deepEqual(stage.tags, {team: 'video'});
	t.is(stage.endpoints?.events, 'wss://global.events.live-video.net');
	t.is(stage.endpoints?.whip, `${emulator.url}/whip`, 'the emulator serves WHIP itself');
	t.regex(stage.endpoints?.rtmp ?? '', /^rtmp:\/\/[0-9a-f]{12}\.global-contribute-staging\.live-video\.net\/app\/$/);
	t.regex(stage.endpoints?.rtmps ?? '', /^rtmps:\/\/[0-9a-f]{12}\.global-contribute-staging\.live-video\.net:443\/app\/$/);
	t.is(stage.autoParticipantRecordingConfiguration?.storageConfigurationArn, '');
	t.deepEqual(stage.autoParticipantRecordingConfiguration?.mediaTypes, ['AUDIO_VIDEO']);

	const [alice, anonymous] = response.participantTokens ?? [];
	t.regex(alice?.participantId ?? '', participantIdPattern);
	t.is(alice?.userId, 'alice');
	t.deepEqual(alice?.capabilities, ['PUBLISH']);
	t.deepEqual(alice?.attributes, {seat: '1'});
	t.is(alice?.duration, 30);
	t.true(alice!.expirationTime instanceof Date);
	const expiresIn = alice!.expirationTime!.getTime() - before;
	t.true(expiresIn > 29 * 60_000 && expiresIn <= 30 * 60_000 + 1000, `expires in ${expiresIn} ms`);
	t.is(alice?.token?.split('.').length, 3);
	t.deepEqual(anonymous?.capabilities, ['PUBLISH', 'SUBSCRIBE']);
	t.is(anonymous?.duration, 720);
	t.is(anonymous?.userId, undefined);
	t.not(anonymous?.participantId, alice?.participantId);
});

test('GetStage, UpdateStage and DeleteStage act on the stage; afterwards it is gone', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const stage = await newStage(client, 'before');
	const got = await client.send(new GetStageCommand({arn: stage.arn}));
	t.deepEqual(got.stage, stage);

	const updated = await client.send(new UpdateStageCommand({
		arn: stage.arn,
		name: 'after',
		autoParticipantRecordingConfiguration: {
			storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh',
			mediaTypes: ['AUDIO_ONLY'],
		},
	}));
	t.is(updated.stage?.name, 'after');
	t.deepEqual(updated.stage?.autoParticipantRecordingConfiguration?.mediaTypes, ['AUDIO_ONLY']);
	t.is((await client.send(new GetStageCommand({arn: stage.arn}))).stage?.name, 'after');

	const deleted = await client.send(new DeleteStageCommand({arn: stage.arn}));
	t.is(deleted.$metadata.httpStatusCode, 200);
	const error = await rejection(t, client.send(new GetStageCommand({arn: stage.arn})));
	t.true(error instanceof ResourceNotFoundException);
	t.is(error.$metadata.httpStatusCode, 404);
	t.is(error.exceptionMessage, `Resource: ${stage.arn} not found`);
	t.is(error.message, `Resource: ${stage.arn} not found`);
});

test('ListStages pages with maxResults and nextToken, in creation order', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const created = [];
	for (const name of ['a', 'b', 'c', 'd', 'e']) {
		created.push(await newStage(client, name)); // creation order matters
	}

	const first = await client.send(new ListStagesCommand({maxResults: 2}));
	t.deepEqual(first.stages?.map(stage => stage.name), ['a', 'b']);
	t.truthy(first.nextToken);
	t.deepEqual(Object.keys(first.stages?.[0] ?? {}).sort(), ['activeSessionId', 'arn', 'name', 'tags']);
	const second = await client.send(new ListStagesCommand({maxResults: 2, nextToken: first.nextToken}));
	t.deepEqual(second.stages?.map(stage => stage.name), ['c', 'd']);
	const third = await client.send(new ListStagesCommand({maxResults: 2, nextToken: second.nextToken}));
	t.deepEqual(third.stages?.map(stage => stage.arn), [created[4]?.arn]);
	t.is(third.nextToken, undefined);
	const all = await client.send(new ListStagesCommand({}));
	t.is(all.stages?.length, 5);
});

test('CreateParticipantToken issues a token for the stage; participants and sessions show joins', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const stage = await newStage(client);
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({
		stageArn: stage.arn,
		userId: 'bob',
		attributes: {role: 'host'},
		capabilities: ['PUBLISH', 'SUBSCRIBE'],
	}));
	t.regex(participantToken?.participantId ?? '', participantIdPattern);
	t.is(participantToken?.duration, 720);

	const joined = await control(emulator, 'POST', '/_emulator/join', {token: participantToken?.token, publish: true});
	t.is(joined.status, 200);

	const sessions = await client.send(new ListStageSessionsCommand({stageArn: stage.arn}));
	t.is(sessions.stageSessions?.length, 1);
	t.is(sessions.stageSessions?.[0]?.sessionId, stage.activeSessionId);
	t.true(sessions.stageSessions?.[0]?.startTime instanceof Date);
	const session = await client.send(new GetStageSessionCommand({stageArn: stage.arn, sessionId: stage.activeSessionId}));
	t.is(session.stageSession?.sessionId, stage.activeSessionId);
	t.is(session.stageSession?.endTime, undefined);

	const listed = await client.send(new ListParticipantsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId}));
	t.is(listed.participants?.length, 1);
	const [summary] = listed.participants ?? [];
	t.is(summary?.participantId, participantToken?.participantId);
	t.is(summary?.userId, 'bob');
	t.is(summary?.state, 'CONNECTED');
	t.true(summary?.published);
	t.true(summary?.firstJoinTime instanceof Date);

	const {participant} = await client.send(new GetParticipantCommand({
		stageArn: stage.arn,
		sessionId: stage.activeSessionId,
		participantId: participantToken?.participantId,
	}));
	t.deepEqual(participant?.attributes, {role: 'host'});
	t.is(participant?.state, 'CONNECTED');

	const filtered = await client.send(new ListParticipantsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, filterByState: 'DISCONNECTED'}));
	t.deepEqual(filtered.participants, []);
	const unknownSession = await client.send(new ListParticipantsCommand({stageArn: stage.arn, sessionId: 'st-aaaaaaaaaaaaa'}));
	t.deepEqual(unknownSession.participants, []);
});

test('storage configurations: create, get, list, delete; one in use cannot be deleted', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {storageConfiguration} = await client.send(new CreateStorageConfigurationCommand({
		name: 'recordings',
		s3: {bucketName: 'my-bucket'},
		tags: {env: 'test'},
	}));
	t.regex(storageConfiguration?.arn ?? '', storageArnPattern);
	t.deepEqual(storageConfiguration?.s3, {bucketName: 'my-bucket'});
	const got = await client.send(new GetStorageConfigurationCommand({arn: storageConfiguration?.arn}));
	t.deepEqual(got.storageConfiguration, storageConfiguration);
	const listed = await client.send(new ListStorageConfigurationsCommand({}));
	t.deepEqual(listed.storageConfigurations?.map(item => item.arn), [storageConfiguration?.arn]);

	const {stage} = await client.send(new CreateStageCommand({
		autoParticipantRecordingConfiguration: {storageConfigurationArn: storageConfiguration?.arn},
	}));
	const conflict = await rejection(t, client.send(new DeleteStorageConfigurationCommand({arn: storageConfiguration?.arn})));
	t.true(conflict instanceof ConflictException);
	t.is(conflict.$metadata.httpStatusCode, 409);

	await client.send(new DeleteStageCommand({arn: stage?.arn}));
	await client.send(new DeleteStorageConfigurationCommand({arn: storageConfiguration?.arn}));
	const gone = await rejection(t, client.send(new GetStorageConfigurationCommand({arn: storageConfiguration?.arn})));
	t.true(gone instanceof ResourceNotFoundException);
});

test('TagResource, UntagResource and ListTagsForResource, with the ARN in the path', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({tags: {keep: '1', drop: '2'}}));
	await client.send(new TagResourceCommand({resourceArn: stage?.arn, tags: {added: 'yes', keep: 'changed'}}));
	await client.send(new UntagResourceCommand({resourceArn: stage?.arn, tagKeys: ['drop', 'absent']}));
	const {tags} = await client.send(new ListTagsForResourceCommand({resourceArn: stage?.arn}));
	t.deepEqual(tags, {keep: 'changed', added: 'yes'});
	t.deepEqual((await client.send(new GetStageCommand({arn: stage?.arn}))).stage?.tags, {keep: 'changed', added: 'yes'});

	const {storageConfiguration} = await client.send(new CreateStorageConfigurationCommand({s3: {bucketName: 'b-1'}}));
	await client.send(new TagResourceCommand({resourceArn: storageConfiguration?.arn, tags: {kind: 'recording'}}));
	t.deepEqual((await client.send(new ListTagsForResourceCommand({resourceArn: storageConfiguration?.arn}))).tags, {kind: 'recording'});

	const tooMany = Object.fromEntries(Array.from({length: 49}, (_, index) => [`k${index}`, 'v']));
	const error = await rejection(t, client.send(new TagResourceCommand({resourceArn: stage?.arn, tags: tooMany})));
	t.true(error instanceof ValidationException);
	t.regex(error.message, /at most 50 tags/);
});

test('validation errors come back as 400 ValidationException in the service\'s words', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const badName = await rejection(t, client.send(new CreateStageCommand({name: 'bad name'})));
	t.true(badName instanceof ValidationException);
	t.is(badName.$metadata.httpStatusCode, 400);
	t.is(
		badName.exceptionMessage,
		'1 validation error detected: Value \'bad name\' at \'name\' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]*',
	);

	const nested = await rejection(t, client.send(new CreateStageCommand({participantTokenConfigurations: [{}, {duration: 0}]})));
	t.is(
		nested.message,
		'1 validation error detected: Value \'0\' at \'participantTokenConfigurations.2.member.duration\' failed to satisfy constraint: Member must have value greater than or equal to 1',
	);

	const stage = await newStage(client);
	const two = await rejection(t, client.send(new CreateParticipantTokenCommand({stageArn: stage.arn, duration: 20_161, capabilities: ['ADMIN' as 'PUBLISH']})));
	t.regex(two.message, /^2 validation errors detected: Value '20161' at 'duration' failed to satisfy constraint: Member must have value less than or equal to 20160; Value 'ADMIN' at 'capabilities.1.member' failed to satisfy constraint: Member must satisfy enum value set: \[PUBLISH, SUBSCRIBE\]$/);

	const attributes = await rejection(t, client.send(new CreateParticipantTokenCommand({stageArn: stage.arn, attributes: {big: 'x'.repeat(1100)}})));
	t.regex(attributes.message, /at 'attributes' failed to satisfy constraint/);

	const badArn = await rejection(t, client.send(new GetStageCommand({arn: 'not-an-arn'})));
	t.true(badArn instanceof ValidationException);
	t.regex(badArn.message, /Value 'not-an-arn' at 'arn' failed to satisfy constraint: Member must satisfy regular expression pattern/);

	const filters = await rejection(t, client.send(new ListParticipantsCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, filterByState: 'CONNECTED', filterByPublished: true})));
	t.true(filters instanceof ValidationException);

	const badToken = await rejection(t, client.send(new ListStagesCommand({nextToken: 'bm9wZQ'})));
	t.true(badToken instanceof ValidationException);

	const noTagKeys = await rejection(t, client.send(new UntagResourceCommand({resourceArn: stage.arn, tagKeys: []})));
	t.true(noTagKeys instanceof ValidationException);
	t.regex(noTagKeys.message, /at 'tagKeys' failed to satisfy constraint: Member must not be null/);
});

test('unknown resources are 404 ResourceNotFoundException for every operation that names one', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const arn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';
	const storageArn = 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh';
	const stage = await newStage(client);
	const calls: Array<[string, Promise<unknown>]> = [
		['GetStage', client.send(new GetStageCommand({arn}))],
		['UpdateStage', client.send(new UpdateStageCommand({arn, name: 'x'}))],
		['DeleteStage', client.send(new DeleteStageCommand({arn}))],
		['CreateParticipantToken', client.send(new CreateParticipantTokenCommand({stageArn: arn}))],
		['GetStageSession', client.send(new GetStageSessionCommand({stageArn: stage.arn, sessionId: 'st-aaaaaaaaaaaaa'}))],
		['GetParticipant', client.send(new GetParticipantCommand({stageArn: stage.arn, sessionId: stage.activeSessionId, participantId: 'nobodyHere12'}))],
		['GetStorageConfiguration', client.send(new GetStorageConfigurationCommand({arn: storageArn}))],
		['DeleteStorageConfiguration', client.send(new DeleteStorageConfigurationCommand({arn: storageArn}))],
		['TagResource', client.send(new TagResourceCommand({resourceArn: arn, tags: {a: 'b'}}))],
		['UntagResource', client.send(new UntagResourceCommand({resourceArn: arn, tagKeys: ['a']}))],
		['ListTagsForResource', client.send(new ListTagsForResourceCommand({resourceArn: arn}))],
	];
	const results = await Promise.allSettled(calls.map(async ([, call]) => call));
	for (const [index, result] of results.entries()) {
		const name = calls[index]?.[0];
		t.is(result.status, 'rejected', name);
		const error = (result as PromiseRejectedResult).reason as Error & {$metadata: {httpStatusCode?: number}};
		t.true(error instanceof ResourceNotFoundException, `${name} threw ${error.name}`);
		t.is(error.$metadata.httpStatusCode, 404, name);
	}

	const sessions = await client.send(new ListStageSessionsCommand({stageArn: arn}));
	t.deepEqual(sessions.stageSessions, [], 'ListStageSessions lists nothing for an unknown stage, as the model has no 404 for it');
});
