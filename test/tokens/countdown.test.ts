import test from 'ava';
import {countdown, countdownTone, formatRemaining, warningThresholdMs} from '../../source/tokens/countdown.js';

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
