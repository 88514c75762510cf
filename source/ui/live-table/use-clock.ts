// The one clock of the live table: every countdown, the "last updated" time and the retry
// countdown read the same `now`. It does not tick at a fixed rate: each part that shows a time
// says when what it shows next reads differently (useNow's nextChange), and the clock keeps one
// timer, for the soonest of those. An idle table whose tokens have hours left so draws a frame a
// minute (the countdowns show HH:MM), not a frame a second. The time is a small store rather than
// the table's state: only what shows a time renders again when it moves, not the whole table.
import {useEffect, useState, useSyncExternalStore} from 'react';
import {useLatest} from '../hooks/use-latest.js';
import {realTimers, type Timers} from '../../basics/timers.js';

/** The step of a time shown to the second (the default of useNow). */
export const tickMs = 1000;

/**
 * The longest the clock sleeps in one go. Timers count in monotonic time, which stands still
 * while a laptop sleeps; waking at least this often puts the countdowns right soon after.
 */
export const maxSleepMs = 60_000;

/** When, after `now`, what a component shows next changes; Infinity for never. Must be later than `now`. */
export type NextChange = (now: number) => number;

export type Clock = {
	/** The time of the last tick (ms since the epoch). */
	read: () => number;
	subscribe: (listener: () => void) => () => void;
	/** Tick when `nextChange` says, from every new time on, until the function returned is called. */
	watch: (nextChange: NextChange) => () => void;
};

export type RunningClock = Clock & {
	/** Starts the timer; the function returned stops it (the clock keeps its time and watchers). */
	start: () => () => void;
};

/**
 * A clock reading `now`. On each tick `onTick` runs just before the subscribers hear of the new
 * time, in the same task, so whatever it dispatches is drawn in the tick's frame rather than a
 * frame of its own (React batches the two).
 */
export function createClock(now: () => number, onTick?: () => void, timers: Timers = realTimers): RunningClock {
	let time = now();
	let running = false;
	const listeners = new Set<() => void>();
	// Entries rather than the functions themselves: two parts may watch with the same function.
	const watchers = new Set<{nextChange: NextChange}>();
	let timer: unknown;
	let due = Number.POSITIVE_INFINITY;

	const soonest = () => {
		let next = Number.POSITIVE_INFINITY;
		for (const watcher of watchers) {
			next = Math.min(next, watcher.nextChange(time));
		}

		return next;
	};

	const schedule = () => {
		const next = running ? soonest() : Number.POSITIVE_INFINITY;
		if (next === due && (timer !== undefined || next === Number.POSITIVE_INFINITY)) {
			return;
		}

		if (timer !== undefined) {
			timers.clear(timer);
			timer = undefined;
		}

		due = next;
		if (next !== Number.POSITIVE_INFINITY) {
			timer = timers.set(wake, Math.min(maxSleepMs, Math.max(0, next - now())));
		}
	};

	function wake() {
		timer = undefined;
		const current = now();
		// Woken before anything is due (the longest sleep ran out): nothing to draw, sleep again.
		if (current >= due && current !== time) {
			onTick?.();
			time = current;
			for (const listener of listeners) {
				listener();
			}
		}

		due = Number.POSITIVE_INFINITY;
		schedule();
	}

	return {
		read: () => time,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		watch(nextChange) {
			const watcher = {nextChange};
			watchers.add(watcher);
			schedule();
			return () => {
				watchers.delete(watcher);
				schedule();
			};
		},
		start() {
			running = true;
			schedule();
			return () => {
				running = false;
				schedule();
			};
		},
	};
}

/** The table's clock, running while the caller is mounted. */
export function useClock(now: () => number, onTick?: () => void, timers: Timers = realTimers): Clock {
	const nowRef = useLatest(now);
	const onTickRef = useLatest(onTick);
	const [clock] = useState(() =>
		createClock(
			() => nowRef.current(),
			() => onTickRef.current?.(),
			timers,
		),
	);
	useEffect(() => clock.start(), [clock]);
	return clock;
}

const everySecond: NextChange = now => now + tickMs;

/**
 * The clock's time, rendering the caller again when it moves. `nextChange` (keep it the same
 * function from render to render: useCallback or useMemo) says when the caller next shows
 * something new; by default, every second.
 */
export function useNow(clock: Clock, nextChange: NextChange = everySecond): number {
	useEffect(() => clock.watch(nextChange), [clock, nextChange]);
	return useSyncExternalStore(clock.subscribe, clock.read);
}
