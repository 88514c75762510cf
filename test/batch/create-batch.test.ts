// createBatch against the emulator with its limits on, over the SDK's real client: stages in the
// order of n, every request inside the CreateStage rate (the emulator counts what it refused),
// the quota stopping a batch with every stage made handed back, and a stop between stages.
import test from 'ava';
import {createBatch, type BatchEvent} from '../../source/core/create-batch.js';
import {Pacer} from '../../source/core/pacer.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {connectIvs} from '../../source/ivs/services.js';
import {stageQuota} from '../../source/stage/service-quotas.js';
import {startAnswerLosingProxy} from '../helpers/answer-losing-proxy.js';
import {apiFor, emulatorStageNames, fillStages, limitedEmulator} from './helpers.js';

const now = () => new Date(2026, 10, 28, 9, 30).getTime();

test('a batch of 12: in the order of n, {n} and {date} expanded, every request inside 5 a second (no 429)', async t => {
	const limited = await limitedEmulator(t);
	const api = apiFor(t, limited.emulator);
	const starts: number[] = [];
	const timed = {
		...api,
		async createStage(...args: Parameters<typeof api.createStage>) {
			starts.push(performance.now());
			return api.createStage(...args);
		},
	};
	const events: BatchEvent[] = [];
	const outcome = await createBatch(timed, {name: 'class-{date}-{n}', participantTokenConfigurations: [{userId: 'teacher'}]}, 12, {now, onProgress: event => events.push(event)});
	t.is(outcome.failure, undefined);
	t.deepEqual(outcome.results.map(result => result.stage?.name), Array.from({length: 12}, (_, index) => `class-2026-11-28-${index + 1}`));
	t.true(outcome.results.every(result => result.participantTokens?.[0]?.userId === 'teacher' && typeof result.participantTokens[0].token === 'string'));
	// What the emulator holds is what the batch reports: twelve stages, no duplicate.
	t.deepEqual((await emulatorStageNames(limited.emulator)).sort(), outcome.results.map(result => result.stage!.name!).sort());
	const counts = limited.emulator.rateCounts();
	t.deepEqual(counts.CreateStage, {allowed: 12, throttled: 0});
	t.is(counts.ListStages?.throttled ?? 0, 0);
	// Paced on the start times: 200 ms apart .
	const gaps = starts.slice(1).map((start, index) => start - starts[index]!);
	t.true(gaps.every(gap => gap >= 199.5), `gaps: ${gaps.map(gap => gap.toFixed(0)).join(', ')}`);
	t.deepEqual(events.filter(event => event.type === 'created').map(event => event.n), Array.from({length: 12}, (_, index) => index + 1));
});

test('a batch that meets the quota stops there and hands back every stage it made', async t => {
	const limited = await limitedEmulator(t);
	await fillStages(limited, stageQuota - 3);
	const api = apiFor(t, limited.emulator);
	const outcome = await createBatch(api, {name: 'room-{n}'}, 5, {now});
	t.deepEqual(outcome.results.map(result => result.stage?.name), ['room-1', 'room-2', 'room-3']);
	t.is(outcome.failure?.n, 4);
	t.is(outcome.failure?.code, 'ServiceQuotaExceededException');
	t.is((await emulatorStageNames(limited.emulator)).length, stageQuota);
	t.is(limited.emulator.rateCounts().CreateStage?.throttled, 0);
});

test('a stop between stages: the stage in flight is finished and reported, no other is started', async t => {
	const limited = await limitedEmulator(t);
	const api = apiFor(t, limited.emulator);
	const stop = new AbortController();
	const outcome = await createBatch(api, {name: 'r{n}'}, 10, {
		now,
		signal: stop.signal,
		onProgress(event) {
			if (event.type === 'starting' && event.n === 2) {
				stop.abort();
			}
		},
	});
	t.true(outcome.interrupted);
	t.deepEqual(outcome.results.map(result => result.stage?.name), ['r1', 'r2']);
	t.deepEqual((await emulatorStageNames(limited.emulator)).sort(), ['r1', 'r2']);
});

test('the pacer hands out turns one interval apart on the start times, in call order', async t => {
	let clock = 1000;
	const waits: number[] = [];
	const pacer = new Pacer(200, {
		now: () => clock,
		async wait(ms) {
			waits.push(ms);
			clock += ms;
		},
	});
	await pacer.turn();
	clock += 50;
	await pacer.turn();
	clock += 500;
	await pacer.turn();
	await pacer.turn();
	t.deepEqual(waits, [150, 200]);
});

test('an answer lost mid-batch: the stage it made is adopted, never made twice, and the batch goes on in order', async t => {
	const limited = await limitedEmulator(t);
	const proxy = await startAnswerLosingProxy(limited.emulator.url);
	t.teardown(proxy.close);
	proxy.plans.push('pass', 'lose-answer', 'pass');
	const api = connectIvs({...defaultClientSettings, region: limited.emulator.region, endpointUrl: proxy.url, credentials: limited.emulator.credentials});
	t.teardown(() => {
		api.close();
	});
	const outcome = await createBatch(api, {name: 'lost-{n}', participantTokenConfigurations: [{userId: 'u'}]}, 4, {now});
	t.is(outcome.failure, undefined);
	t.deepEqual(outcome.results.map(result => result.stage?.name), ['lost-1', 'lost-2', 'lost-3', 'lost-4']);
	t.deepEqual(outcome.adopted?.map(adopted => adopted.n), [2]);
	// The adopted stage has its token all the same (CreateParticipantToken), as the request asked.
	t.is(outcome.results[1]!.participantTokens?.[0]?.userId, 'u');
	t.deepEqual((await emulatorStageNames(limited.emulator)).sort(), ['lost-1', 'lost-2', 'lost-3', 'lost-4']);
	t.is(limited.emulator.rateCounts().CreateStage?.throttled, 0);
});
