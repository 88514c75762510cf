// 200 CreateParticipantToken calls at once through the SDK leave a consistent state: every call
// answered, no ID lost or handed out twice, the state (in memory and on disk) holding exactly them.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {CreateParticipantTokenCommand, CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import type {StateSnapshot} from '../../source/emulator/store.js';
import {ManualClock, control, decodeJwtPart, sdkClient, startTestEmulator, tempDir} from './helpers.js';

const calls = 200;

function sorted(list: Array<string | undefined>): Array<string | undefined> {
	return [...list].sort();
}

test('200 concurrent CreateParticipantToken calls: 200 distinct participants, all in the state', async t => {
	const statePath = path.join(await tempDir(t), 'state.json');
	const emulator = await startTestEmulator(t, {limits: false, statePath});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'crowd'}));
	const responses = await Promise.all(Array.from({length: calls}, async (_, index) =>
		client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn, userId: `user-${index}`}))));

	const ids = responses.map(response => response.participantToken?.participantId ?? '');
	t.is(new Set(ids).size, calls, 'no participant ID handed out twice');
	t.true(ids.every(id => /^[a-zA-Z0-9]{12}$/.test(id)));
	for (const [index, response] of responses.entries()) {
		const token = response.participantToken!;
		t.is(token.userId, `user-${index}`, 'each answer belongs to its own request');
		t.is(decodeJwtPart(token.token!.split('.')[1]!).jti, token.participantId);
	}

	const state = (await control(emulator, 'GET', '/_emulator/state')).json() as StateSnapshot;
	const tokens = state.tokens.filter(token => token.stageArn === stage?.arn);
	t.is(tokens.length, calls, 'none lost');
	t.deepEqual(sorted(tokens.map(token => token.participantId)), sorted(ids));

	await emulator.close();
	const onDisk = JSON.parse(await readFile(statePath, 'utf8')) as StateSnapshot;
	t.deepEqual(sorted(onDisk.tokens.map(token => token.participantId)), sorted(ids), 'the state file holds the same 200');
});

test('200 concurrent calls against the 50/s rate: exactly the answered ones exist', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({}));
	const settled = await Promise.allSettled(Array.from({length: calls}, async () =>
		client.send(new CreateParticipantTokenCommand({stageArn: stage?.arn}))));
	const succeeded = settled.flatMap(result => (result.status === 'fulfilled' ? [result.value.participantToken?.participantId] : []));
	const throttled = settled.filter(result => result.status === 'rejected' && (result.reason as Error).name === 'ThrottlingException');
	t.is(succeeded.length, 50);
	t.is(throttled.length, 150);

	const state = (await control(emulator, 'GET', '/_emulator/state')).json() as StateSnapshot;
	t.deepEqual(sorted(state.tokens.map(token => token.participantId)), sorted(succeeded));
});
