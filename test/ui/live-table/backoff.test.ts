import test from 'ava';
import {defaultPollIntervalMs, maxPollDelayMs, nextPollDelay} from '../../../source/basics/backoff.js';

test('the interval while healthy, doubling per failure, capped at a minute', t => {
	t.is(nextPollDelay(0), defaultPollIntervalMs);
	t.is(nextPollDelay(1, 3000), 6000);
	t.is(nextPollDelay(2, 3000), 12_000);
	t.is(nextPollDelay(3, 3000), 24_000);
	t.is(nextPollDelay(5, 3000), maxPollDelayMs);
	t.is(nextPollDelay(10_000, 3000), maxPollDelayMs);
});

test('an interval above the cap is never shortened', t => {
	t.is(nextPollDelay(3, 90_000), 90_000);
});

test('the healthy interval stays within the 5 requests per second of GetStage and ListParticipants', t => {
	// Each poll makes one GetStage and usually one ListParticipants call.
	t.true((2 * 1000) / defaultPollIntervalMs < 5);
});
