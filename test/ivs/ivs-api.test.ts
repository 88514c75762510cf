// The services port's real side against the project's emulator: every call of IvsApi through the
// SDK's client over real HTTP, with plain data in and out, and the lazy connection (the SDK loads
// on the first call) closed by its owner.
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {connectIvs} from '../../source/ivs/services.js';

async function connected(t: {teardown(fn: () => unknown): void}) {
	const emulator = await startEmulator();
	const api = connectIvs({...defaultClientSettings, region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials, maxAttempts: 1});
	t.teardown(async () => {
		api.close();
		await emulator.close();
	});
	return {emulator, api};
}

test('create, find, get, add a token, list participants, delete: plain data each way', async t => {
	const {api, emulator} = await connected(t);
	const attempts: number[] = [];
	const created = await api.createStage({name: 'port', participantTokenConfigurations: [{userId: 'host'}]}, {onAttempt: ({attempt}) => attempts.push(attempt)});
	t.deepEqual(attempts, [1]);
	t.false('$metadata' in created);
	const arn = created.stage!.arn!;
	const page = await api.listStages({maxResults: 100});
	t.true(page.stages.some(stage => stage.arn === arn));
	t.is((await api.getStage(arn))?.name, 'port');
	const token = await api.createParticipantToken({stageArn: arn, userId: 'guest'});
	t.is(token.userId, 'guest');
	t.truthy(token.token);
	const sessionId = (await api.getStage(arn))!.activeSessionId!;
	t.deepEqual(await api.listParticipants({stageArn: arn, sessionId}), {participants: []});
	t.is(await api.region(), emulator.region);
	await api.deleteStage(arn);
	t.false((await api.listStages({})).stages.some(stage => stage.arn === arn));
	t.true(Array.isArray(await api.listStorageConfigurations()));
});

test('a second watched CreateStage counts its attempts from 1 again', async t => {
	const {api} = await connected(t);
	for (const name of ['one', 'two']) {
		const attempts: number[] = [];
		// one after the other, as a batch would
		await api.createStage({name}, {onAttempt: ({attempt}) => attempts.push(attempt)});
		t.deepEqual(attempts, [1], name);
	}
});

test('a closed connection makes no more calls', async t => {
	const {api} = await connected(t);
	api.close();
	await t.throwsAsync(api.listStages({}), {message: /closed/});
});
