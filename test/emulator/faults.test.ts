// Injected faults: the spec's grammar, the same fates for the same seed, what clients see of each
// fault (and how the SDK retries them), and the control route that changes them at run time.
import test from 'ava';
import {CreateStageCommand, GetStageCommand, ListStagesCommand, type IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import {FaultInjector, formatFaultSpec, parseFaultSpec} from '../../source/emulator/faults.js';
import {control, sdkClient, startTestEmulator} from './helpers.js';

test('the fault spec parses every documented key and prints back in a normal form', t => {
	const spec = parseFaultSpec('latency=50-300ms, error500=0.1,error503=5%,throttle=0.1,drop=0.05,seed=42,ops=CreateStage|GetStage');
	t.deepEqual(spec, {
		latencyMs: {min: 50, max: 300},
		error500: 0.1,
		error503: 0.05,
		throttle: 0.1,
		drop: 0.05,
		seed: 42,
		operations: ['CreateStage', 'GetStage'],
	});
	t.is(formatFaultSpec(spec), 'latency=50-300ms,error500=0.1,error503=0.05,throttle=0.1,drop=0.05,seed=42,ops=CreateStage|GetStage');
	t.deepEqual(parseFaultSpec('latency=1.5s').latencyMs, {min: 1500, max: 1500});
	t.is(formatFaultSpec(parseFaultSpec('')), 'none');
	t.is(formatFaultSpec(parseFaultSpec('none')), 'none');
});

test('a bad fault spec is refused with a reason', t => {
	t.throws(() => parseFaultSpec('explode=1'), {message: /unknown fault "explode"/});
	t.throws(() => parseFaultSpec('error500=2'), {message: /between 0 and 1/});
	t.throws(() => parseFaultSpec('error500=0.6,throttle=0.6'), {message: /add up to 1.2/});
	t.throws(() => parseFaultSpec('latency=soon'), {message: /latency must look like/});
	t.throws(() => parseFaultSpec('latency=300-50ms'), {message: /backwards/});
	t.throws(() => parseFaultSpec('seed=-1'), {message: /whole number/});
	t.throws(() => parseFaultSpec('drop'), {message: /needs a value/});
	t.throws(() => parseFaultSpec('drop=0.1,drop=0.2'), {message: /given twice/});
});

test('the same seed gives the same fates in the same order; another seed does not', t => {
	const fates = (spec: string) => {
		const injector = new FaultInjector(parseFaultSpec(spec));
		return Array.from({length: 40}, () => injector.decide().action);
	};

	const spec = 'error500=0.25,error503=0.25,throttle=0.25,seed=7';
	t.deepEqual(fates(spec), fates(spec));
	t.notDeepEqual(fates(spec), fates('error500=0.25,error503=0.25,throttle=0.25,seed=8'));
	const kinds = new Set(fates(spec));
	t.true(kinds.has('error500') && kinds.has('error503') && kinds.has('throttle') && kinds.has('none'));
});

async function outcomeSequence(client: IVSRealTimeClient, length: number): Promise<string[]> {
	const outcomes: string[] = [];
	for (let index = 0; index < length; index++) {
		try {
			await client.send(new ListStagesCommand({})); // order is the point
			outcomes.push('ok');
		} catch (error) {
			outcomes.push(`${(error as {$metadata?: {httpStatusCode?: number}}).$metadata?.httpStatusCode}:${(error as Error).name}`);
		}
	}

	return outcomes;
}

/**
 * mulberry32 as its author published it (Tommy Ettinger), written here apart from faults.ts so the
 * expected fates do not come from the code under test.
 */
function referenceMulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6D_2B_79_F5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

test('two emulators with the same faults answer the same sequence, and it is the one the seed predicts', async t => {
	const spec = 'error500=0.2,error503=0.2,throttle=0.2,seed=42';
	const first = await startTestEmulator(t, {faults: spec, limits: false});
	const second = await startTestEmulator(t, {faults: parseFaultSpec(spec), limits: false});
	const a = await outcomeSequence(sdkClient(first), 25);
	const b = await outcomeSequence(sdkClient(second), 25);
	t.deepEqual(a, b);

	// The documented rule: two draws per request, the first against drop, error500, error503,
	// throttle in turn (0.2 each here, no drop), the second for latency.
	const random = referenceMulberry32(42);
	const expected = Array.from({length: 25}, () => {
		const pick = random();
		random();
		return pick < 0.2 ? '500:InternalServerException' : pick < 0.4 ? '503:ServiceUnavailableException' : pick < 0.6 ? '429:ThrottlingException' : 'ok';
	});
	t.deepEqual(a, expected);
	t.true(new Set(expected).size === 4, 'the 25 requests meet every fate, so the order is checked');
});

test('an injected 500 is retried by the SDK on every attempt; faults limited to some operations spare the rest', async t => {
	const emulator = await startTestEmulator(t, {faults: 'error500=1,ops=ListStages'});
	const client = sdkClient(emulator, {maxAttempts: 3});
	const error = await t.throwsAsync<Error & {$metadata: {attempts?: number; httpStatusCode?: number}}>(client.send(new ListStagesCommand({})));
	t.is(error?.name, 'InternalServerException');
	t.is(error?.$metadata.httpStatusCode, 500);
	t.is(error?.$metadata.attempts, 3);
	const created = await client.send(new CreateStageCommand({}));
	t.is(created.$metadata.attempts, 1);
});

test('a dropped connection reaches the client as a network error, with no answer', async t => {
	const emulator = await startTestEmulator(t, {faults: 'drop=1,ops=GetStage'});
	const client = sdkClient(emulator);
	const error = await t.throwsAsync<Error & {code?: string; $metadata?: unknown}>(
		client.send(new GetStageCommand({arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh'})),
	);
	t.true(error?.code === 'ECONNRESET' || /socket hang up/.test(error?.message ?? ''), `${error?.name}: ${error?.message}`);
});

test('latency delays the answer by at least the given time', async t => {
	const emulator = await startTestEmulator(t, {faults: 'latency=150ms'});
	const client = sdkClient(emulator);
	const started = performance.now();
	await client.send(new ListStagesCommand({}));
	t.true(performance.now() - started >= 145, 'answered no sooner than the injected latency');
});

test('the faults control route reads, sets and clears faults at run time', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.deepEqual((await control(emulator, 'GET', '/_emulator/faults')).json(), {faults: 'none', delayed: 0});

	const set = await control(emulator, 'POST', '/_emulator/faults', {spec: 'error503=1,seed=3'});
	t.deepEqual(set.json(), {faults: 'error503=1,seed=3'});
	t.is(emulator.faults(), 'error503=1,seed=3');
	const error = await t.throwsAsync<Error & {$metadata: {httpStatusCode?: number}}>(client.send(new ListStagesCommand({})));
	t.is(error?.$metadata.httpStatusCode, 503);

	const bad = await control(emulator, 'POST', '/_emulator/faults', {spec: 'error503=7'});
	t.is(bad.status, 400);
	t.is(bad.json().error, 'BadFaultSpec');
	t.is(emulator.faults(), 'error503=1,seed=3', 'a refused spec leaves the faults as they were');

	t.deepEqual((await control(emulator, 'DELETE', '/_emulator/faults')).json(), {faults: 'none'});
	const ok = await client.send(new ListStagesCommand({}));
	t.is(ok.$metadata.httpStatusCode, 200);
});

test('count scopes the faults to the next N affected requests, whatever other requests come between', t => {
	t.like(parseFaultSpec('error500=1,ops=CreateStage,count=2'), {error500: 1, operations: ['CreateStage'], count: 2});
	t.is(formatFaultSpec(parseFaultSpec('count=2,error500=1,ops=CreateStage')), 'error500=1,seed=1,ops=CreateStage,count=2');
	for (const bad of ['0', '-1', '1.5', 'two', '1e3', '9999999999']) {
		t.throws(() => parseFaultSpec(`error500=1,count=${bad}`), {message: `count must be a whole number from 1 to 999999999, not "${bad}"`});
	}
});

test('a counted fault meets exactly its requests over HTTP, and the control route says how many are left', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const set = await control(emulator, 'POST', '/_emulator/faults', {spec: 'error500=1,ops=CreateStage,count=2'});
	t.deepEqual(set.json(), {faults: 'error500=1,seed=1,ops=CreateStage,count=2', left: 2});

	const calls = {
		ListStages: async () => client.send(new ListStagesCommand({})),
		CreateStage: async () => client.send(new CreateStageCommand({})),
	};
	const outcomes: string[] = [];
	// Requests of other operations between them neither fail nor use the count up.
	for (const name of ['ListStages', 'CreateStage', 'ListStages', 'CreateStage', 'ListStages', 'CreateStage'] as const) {
		try {
			await calls[name](); // order is the point
			outcomes.push(`${name}:ok`);
		} catch (error) {
			outcomes.push(`${name}:${(error as Error).name}`);
		}
	}

	t.deepEqual(outcomes, [
		'ListStages:ok',
		'CreateStage:InternalServerException',
		'ListStages:ok',
		'CreateStage:InternalServerException',
		'ListStages:ok',
		'CreateStage:ok',
	]);
	t.deepEqual((await control(emulator, 'GET', '/_emulator/faults')).json(), {faults: 'error500=1,seed=1,ops=CreateStage,count=2', left: 0, delayed: 0});
	t.is((await control(emulator, 'POST', '/_emulator/faults', {spec: 'error500=1,count=0'})).status, 400);
});
