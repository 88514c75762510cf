// Quotas and rates as the service publishes them, driven by a hand-moved clock so no test waits:
// the 101st stage is 402, a burst above an operation's rate is 429, and --no-limits lifts both.
import test from 'ava';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	GetStageCommand,
	ListTagsForResourceCommand,
	ServiceQuotaExceededException,
	type IVSRealTimeClient,
} from '@aws-sdk/client-ivs-realtime';
import {rateFor} from '../../source/emulator/rate-limiter.js';
import {ManualClock, sdkClient, startTestEmulator} from './helpers.js';

type SdkError = Error & {exceptionMessage?: string; $metadata: {httpStatusCode?: number}};

async function outcomes(calls: Array<Promise<unknown>>): Promise<Array<string>> {
	const settled = await Promise.allSettled(calls);
	return settled.map(result => (result.status === 'fulfilled' ? 'ok' : (result.reason as Error).name));
}

function count(list: string[], item: string): number {
	return list.filter(entry => entry === item).length;
}

/** Creates stages in bursts the CreateStage rate allows, moving the clock a second between bursts. */
async function createStages(client: IVSRealTimeClient, clock: ManualClock, total: number): Promise<void> {
	for (let made = 0; made < total; made += 5) {
		const burst = Math.min(5, total - made);
		// one burst per emulated second
		const results = await outcomes(Array.from({length: burst}, async () => client.send(new CreateStageCommand({}))));
		if (results.some(result => result !== 'ok')) {
			throw new Error(`stage creation failed: ${results.join(', ')}`);
		}

		clock.advance(1000);
	}
}

test('the 101st stage in a region is 402 ServiceQuotaExceededException', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	await createStages(client, clock, 100);
	const error = await t.throwsAsync<SdkError>(client.send(new CreateStageCommand({name: 'one-too-many'})));
	t.true(error instanceof ServiceQuotaExceededException);
	t.is(error?.$metadata.httpStatusCode, 402);
	t.regex(error?.exceptionMessage ?? '', /quota of 100 stages/);
});

test('without limits the quota does not apply', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const results = await outcomes(Array.from({length: 101}, async () => client.send(new CreateStageCommand({}))));
	t.is(count(results, 'ok'), 101);
});

test('CreateStage above 5 per second is 429 ThrottlingException until the bucket refills', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	const burst = await outcomes(Array.from({length: 7}, async () => client.send(new CreateStageCommand({}))));
	t.is(count(burst, 'ok'), 5);
	t.is(count(burst, 'ThrottlingException'), 2);

	const error = await t.throwsAsync<SdkError>(client.send(new CreateStageCommand({})));
	t.is(error?.$metadata.httpStatusCode, 429);
	t.is(error?.message, 'Rate exceeded');

	clock.advance(200); // a fifth of a second refills one request at 5/s
	const refilled = await client.send(new CreateStageCommand({}));
	t.is(refilled.$metadata.httpStatusCode, 200);
});

test('CreateParticipantToken allows 50 per second, tag operations 10, other stage operations 5, each its own bucket', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({}));
	const stageArn = stage?.arn;

	const tokens = await outcomes(Array.from({length: 55}, async () => client.send(new CreateParticipantTokenCommand({stageArn}))));
	t.is(count(tokens, 'ok'), 50);
	t.is(count(tokens, 'ThrottlingException'), 5);

	const tags = await outcomes(Array.from({length: 12}, async () => client.send(new ListTagsForResourceCommand({resourceArn: stageArn}))));
	t.is(count(tags, 'ok'), 10);

	const gets = await outcomes(Array.from({length: 6}, async () => client.send(new GetStageCommand({arn: stageArn}))));
	t.is(count(gets, 'ok'), 5);
	t.deepEqual([rateFor('CreateStage'), rateFor('GetStage'), rateFor('CreateParticipantToken'), rateFor('TagResource')], [5, 5, 50, 10]);
});

test('the SDK treats 429 ThrottlingException as retryable: it tries again before giving up', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator, {maxAttempts: 3});
	const {stage} = await client.send(new CreateStageCommand({}));
	const first = await outcomes(Array.from({length: 5}, async () => client.send(new GetStageCommand({arn: stage?.arn}))));
	t.is(count(first, 'ok'), 5);
	// The clock stands still, so the bucket stays empty through every retry.
	const error = await t.throwsAsync<SdkError & {$metadata: {attempts?: number}}>(client.send(new GetStageCommand({arn: stage?.arn})));
	t.is(error?.name, 'ThrottlingException');
	t.is(error?.$metadata.attempts, 3);
});

test('--no-limits lifts the rates', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now, limits: false});
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({}));
	const gets = await outcomes(Array.from({length: 30}, async () => client.send(new GetStageCommand({arn: stage?.arn}))));
	t.is(count(gets, 'ok'), 30);
});
