// Every page of ListStages, through the SDK's real client over HTTP to the emulator, spaced so the
// service's rate is never met; and the connected counts of each stage's active session.
import test from 'ava';
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import {ivsApiOver} from '../../source/ivs/sdk-ivs-api.js';
import {listAllStages} from '../../source/stages/list-all-stages.js';
import {overviewOf, withConnectedCounts} from '../../source/stages/stage-overview.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';

async function join(url: string, body: Record<string, unknown>): Promise<void> {
	const answer = await fetch(`${url}/_emulator/join`, {method: 'POST', body: JSON.stringify(body)});
	if (!answer.ok) {
		throw new Error(`join: ${answer.status} ${await answer.text()}`);
	}
}

test('every page of ListStages is read, one after the other, none throttled', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) {
		await client.send(new CreateStageCommand({name}));
	}

	const before = emulator.rateCounts().ListStages?.allowed ?? 0;
	const stages = await listAllStages(ivsApiOver(client), {pageSize: 2});
	t.deepEqual(stages.map(stage => stage.name).sort(), ['alpha', 'bravo', 'charlie', 'delta', 'echo']);
	// Three pages of two, every one of them asked for.
	t.is((emulator.rateCounts().ListStages?.allowed ?? 0) - before, 3);
	t.is(emulator.rateCounts().ListStages?.throttled ?? 0, 0);
});

test('a stage with someone connected counts them; one with nobody counts 0', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	const busy = (await client.send(new CreateStageCommand({name: 'busy', tags: {team: 'video'}}))).stage!;
	await client.send(new CreateStageCommand({name: 'quiet'}));
	await join(emulator.url, {stageArn: busy.arn, userId: 'one'});
	await join(emulator.url, {stageArn: busy.arn, userId: 'two', publish: true});
	const api = ivsApiOver(client);
	const heard: string[] = [];
	const rows = await withConnectedCounts(api, (await listAllStages(api)).map(overviewOf), {onCount: arn => heard.push(arn)});
	const byName = new Map(rows.map(row => [row.name, row]));
	t.is(byName.get('busy')?.participantsConnected, 2);
	t.deepEqual(byName.get('busy')?.tags, {team: 'video'});
	t.is(byName.get('quiet')?.participantsConnected, 0);
	t.true(heard.includes(busy.arn!));
});
