import test from 'ava';
import {countdown, countdownTone, formatLiveRemaining, formatRemaining, liveCountdown, nextLiveChange, warningThresholdMs} from '../../source/tokens/countdown.js';

const minute = 60_000;

test('720 minutes, 2 s after issue, reads 11:59:58', t => {
	const issued = Date.UTC(2025, 0, 1, 12, 0, 0);
	const expiration = new Date(issued + 720 * minute);
	t.deepEqual(countdown(expiration, issued + 2000), {text: '11:59:58', tone: 'normal'});
});

test('partial seconds round down, never promising time the token does not have', t => {
	t.is(formatRemaining(720 * minute - 1500), '11:59:58');
	t.is(formatRemaining(999), '00:00:00');
});

test('expired at and after the expiry time', t => {
	t.is(formatRemaining(0), 'expired');
	t.is(formatRemaining(-5000), 'expired');
	t.is(countdownTone(0), 'expired');
});

test('warning under 10 minutes, not at 10', t => {
	t.is(countdownTone(warningThresholdMs), 'normal');
	t.is(countdownTone(warningThresholdMs - 1), 'warning');
	t.is(countdownTone(1), 'warning');
});

test('days for tokens longer than a day (up to 14 days)', t => {
	t.is(formatRemaining(20_160 * minute), '14d 00:00:00');
	t.is(formatRemaining(25 * 60 * minute + 61_000), '1d 01:01:01');
});

test('a token without an expiry time shows a dash', t => {
	t.deepEqual(countdown(undefined, 0), {text: '—', tone: 'unknown'});
	t.deepEqual(countdown(new Date(Number.NaN), 0), {text: '—', tone: 'unknown'});
});

test('the live countdown drops the seconds while an hour or more is left, as a stopwatch would', t => {
	t.is(formatLiveRemaining(720 * minute - 1500), '11:59');
	t.is(formatLiveRemaining(60 * minute + 59_999), '01:00');
	t.is(formatLiveRemaining(60 * minute), '01:00');
	t.is(formatLiveRemaining(60 * minute - 1), '00:59:59');
	t.is(formatLiveRemaining(25 * 60 * minute + 61_000), '1d 01:01');
	t.is(formatLiveRemaining(999), '00:00:00');
	t.is(formatLiveRemaining(0), 'expired');
	t.deepEqual(liveCountdown(new Date(9 * minute), 0), {text: '00:09:00', tone: 'warning'});
	t.deepEqual(liveCountdown(undefined, 0), {text: '—', tone: 'unknown'});
});

test('the next live change: a minute apart above the last hour, a second apart in it, never on expired', t => {
	const end = Date.UTC(2025, 0, 1, 12, 0, 0);
	const expiration = new Date(end);
	// 11:59 left and 30.5 s: "11:59" until 30.5 s later, then "11:58".
	t.is(nextLiveChange(expiration, end - 719 * minute - 30_500), end - 719 * minute + 1);
	t.is(nextLiveChange(expiration, end - 90_000), end - 90_000 + 1);
	t.is(nextLiveChange(expiration, end - 500), end);
	t.is(nextLiveChange(expiration, end), Number.POSITIVE_INFINITY);
	t.is(nextLiveChange(undefined, end), Number.POSITIVE_INFINITY);
});

test('nextLiveChange is exactly when the live countdown next reads differently', t => {
	const end = Date.UTC(2025, 0, 1, 12, 0, 0);
	const expiration = new Date(end);
	const reading = (now: number) => JSON.stringify(liveCountdown(expiration, now));
	// Every boundary kind: days, the minute steps, the switch at one hour, the warning at ten
	// minutes, the last second and expiry; each start a few milliseconds either side of them.
	const starts = [25 * 60 * minute, 61 * minute, 60 * minute, 11 * minute, 10 * minute, 2000, 1000, 1].flatMap(left => [-3, -1, 0, 1, 3, 777].map(offset => end - left + offset));
	for (const start of starts) {
		const next = nextLiveChange(expiration, start);
		t.true(next > start, `after ${start}`);
		if (next === Number.POSITIVE_INFINITY) {
			t.is(reading(start), reading(start + 14 * 86_400_000));
			continue;
		}

		t.is(reading(next - 1), reading(start), `the same reading until ${next - start} ms later`);
		t.not(reading(next), reading(start), `a new reading ${next - start} ms later`);
	}
});
