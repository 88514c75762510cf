// Every page of ListStages, through the SDK's real client over HTTP to the emulator, spaced so the
// service's rate is never met; a listing that would not end, cut off; and the connected counts of
// each stage's active session.
import test from 'ava';
import {CreateStageCommand, type StageSummary} from '@aws-sdk/client-ivs-realtime';
import {ivsApiOver} from '../../source/ivs/sdk-ivs-api.js';
import {listAllStages, maxStagePages, requestSpacingMs, type Pacing} from '../../source/core/list-all-stages.js';
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

/** The spacing between pages, each asked for and heard: the pages are under test here, not the time. */
const spacings: number[] = [];
const noWait: Pacing = {
	async wait(ms) {
		spacings.push(ms);
	},
};

test('listing reads every page, and gives up on a loop or on more pages than any account has', async t => {
	const pages = new Map<string | undefined, {stages: StageSummary[]; nextToken?: string}>([
		[undefined, {stages: [{arn: 'a'}], nextToken: 'p2'}],
		['p2', {stages: [{arn: 'b'}], nextToken: 'p3'}],
		['p3', {stages: [{arn: 'c'}]}],
	]);
	const asked: Array<number | undefined> = [];
	const stages = await listAllStages({
		async listStages(query) {
			asked.push(query.maxResults);
			return pages.get(query.nextToken)!;
		},
	}, noWait);
	t.deepEqual(stages.map(stage => stage.arn), ['a', 'b', 'c']);
	t.deepEqual(asked, [100, 100, 100]);
	t.deepEqual(spacings, [requestSpacingMs, requestSpacingMs], 'a wait between pages, none before the first');

	await t.throwsAsync(listAllStages({listStages: async () => ({stages: [], nextToken: 'same'})}, noWait), {name: 'ListingTooLongError'});
	let calls = 0;
	await t.throwsAsync(
		listAllStages({
			async listStages() {
				calls++;
				return {stages: [], nextToken: `t${calls}`};
			},
		}, noWait),
		{name: 'ListingTooLongError'},
	);
	t.is(calls, maxStagePages);
});
