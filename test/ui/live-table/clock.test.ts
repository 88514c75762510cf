// The live table's clock on hand-driven timers: one timer for the soonest change its watchers
// name, listeners told only when something is due, and nothing left running once stopped.
import test from 'ava';
import {createClock, maxSleepMs} from '../../../source/ui/live-table/use-clock.js';
import {handTimers} from './helpers/hand-timers.js';

test('one timer, for the soonest change; listeners hear of the new time only then', t => {
	const hand = handTimers(1_000_000);
	let ticks = 0;
	let heard = 0;
	const clock = createClock(hand.now, () => ticks++, hand.timers);
	clock.subscribe(() => heard++);
	const stop = clock.start();
	t.is(hand.pending().length, 0, 'nothing to wait for until something watches');
	const unwatchMinute = clock.watch(now => Math.floor(now / 60_000) * 60_000 + 60_000);
	clock.watch(now => now + 45_000);
	t.is(hand.pending().length, 1);
	t.is(hand.pending()[0]!.at, 1_020_000, 'the minute boundary comes first');
	hand.fireNext();
	t.is(clock.read(), 1_020_000);
	t.deepEqual([ticks, heard], [1, 1]);
	unwatchMinute();
	t.is(hand.pending().length, 1);
	t.is(hand.pending()[0]!.at, 1_065_000);
	stop();
	t.is(hand.pending().length, 0, 'stopped: no timer left');
});

test('a change far off is slept towards a minute at a time, telling nobody until it is due', t => {
	const hand = handTimers(0);
	let heard = 0;
	const clock = createClock(hand.now, undefined, hand.timers);
	clock.subscribe(() => heard++);
	clock.start();
	clock.watch(now => now + 150_000);
	t.is(hand.fireNext(), maxSleepMs);
	t.is(hand.fireNext(), maxSleepMs);
	t.is(heard, 0);
	t.is(clock.read(), 0, 'the time shown stays until something is due');
	t.is(hand.fireNext(), 30_000);
	t.is(heard, 1);
	t.is(clock.read(), 150_000);
});

test('nothing to show changing (every token expired): no timer at all', t => {
	const hand = handTimers(0);
	const clock = createClock(hand.now, undefined, hand.timers);
	clock.start();
	clock.watch(() => Number.POSITIVE_INFINITY);
	t.is(hand.pending().length, 0);
});
