// --state: what one emulator made, the next one started on the same file still has (stages,
// sessions, participants, tags, storage configurations, and the key its tokens are signed with),
// written atomically and readable by its owner only.
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	CreateStorageConfigurationCommand,
	DeleteStageCommand,
	GetParticipantCommand,
	GetStageCommand,
	ListStagesCommand,
	ListStorageConfigurationsCommand,
	ListTagsForResourceCommand,
	TagResourceCommand,
} from '@aws-sdk/client-ivs-realtime';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {control, sdkClient, startTestEmulator, tempDir} from './helpers.js';

test('state survives a restart, and tokens issued before it still join after it', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'emulator-state.json');
	const first = await startTestEmulator(t, {statePath});
	const client = sdkClient(first);
	const {stage} = await client.send(new CreateStageCommand({name: 'kept', tags: {a: '1'}}));
	await client.send(new TagResourceCommand({resourceArn: stage?.arn, tags: {b: '2'}}));
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'frank'}));
	const {participantToken: later} = await client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: 'gina'}));
	await control(first, 'POST', '/_emulator/join', {token: participantToken?.token, publish: true});
	const {storageConfiguration} = await client.send(new CreateStorageConfigurationCommand({s3: {bucketName: 'bucket-1'}}));
	const publicKey = first.tokenPublicKeyPem;
	await first.close();

	const second = await startTestEmulator(t, {statePath});
	const again = sdkClient(second);
	// The WHIP endpoint is this run's own (the port differs from the last run's).
	t.deepEqual((await again.send(new GetStageCommand({arn: stage?.arn}))).stage, {...stage, tags: {a: '1', b: '2'}, endpoints: {...stage?.endpoints, whip: `${second.url}/whip`}});
	t.deepEqual((await again.send(new ListTagsForResourceCommand({resourceArn: stage?.arn}))).tags, {a: '1', b: '2'});
	t.deepEqual((await again.send(new ListStorageConfigurationsCommand({}))).storageConfigurations?.map(item => item.arn), [storageConfiguration?.arn]);
	const {participant} = await again.send(new GetParticipantCommand({
		stageArn: stage?.arn,
		sessionId: stage?.activeSessionId,
		participantId: participantToken?.participantId,
	}));
	t.like(participant, {userId: 'frank', state: 'CONNECTED', published: true});
	t.is(second.tokenPublicKeyPem, publicKey, 'the token key is kept');
	const joined = await control(second, 'POST', '/_emulator/join', {token: later?.token});
	t.is(joined.status, 200);

	// New IDs after a restart continue the list order, after what was there.
	await again.send(new CreateStageCommand({name: 'new'}));
	t.deepEqual((await again.send(new ListStagesCommand({}))).stages?.map(item => item.name), ['kept', 'new']);
});

test('the state file is 0600, replaced whole (no temporary files left), and a deleted stage stays deleted', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	const emulator = await startTestEmulator(t, {statePath, limits: false});
	const client = sdkClient(emulator);
	const stages = await Promise.all(Array.from({length: 20}, async (_, index) => client.send(new CreateStageCommand({name: `s${index}`}))));
	await client.send(new DeleteStageCommand({arn: stages[0]?.stage?.arn}));
	await emulator.close();

	t.is((await stat(statePath)).mode & 0o777, 0o600);
	t.deepEqual(await readdir(directory), ['state.json']);
	const saved = JSON.parse(await readFile(statePath, 'utf8')) as {version: number; stages: Array<{arn: string}>};
	t.is(saved.version, 2);
	t.is(saved.stages.length, 19);
	t.false(saved.stages.some(item => item.arn === stages[0]?.stage?.arn));

	// Written by rename over the old file, never in place: the file is a new inode after a write.
	const before = (await stat(statePath)).ino;
	const restarted = await startEmulator({statePath});
	await restarted.close();
	t.not((await stat(statePath)).ino, before);
	t.is((JSON.parse(await readFile(statePath, 'utf8')) as {stages: unknown[]}).stages.length, 19);
});

test('a state file that is not the emulator\'s is refused at start and left untouched', async t => {
	const directory = await tempDir(t);
	const statePath = path.join(directory, 'state.json');
	await writeFile(statePath, '{"hello": "world"}');
	await t.throwsAsync(startEmulator({statePath}), {message: /is not a version 1 or 2 emulator state; move it away/});
	await writeFile(statePath, 'not json');
	await t.throwsAsync(startEmulator({statePath}), {message: /is not valid JSON/});
	t.is(await readFile(statePath, 'utf8'), 'not json');
});

test('a state path that cannot be written fails at start', async t => {
	const directory = await tempDir(t);
	await t.throwsAsync(startEmulator({statePath: path.join(directory, 'missing-folder', 'state.json')}), {code: 'ENOENT'});
});
