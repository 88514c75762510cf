// The one clock tick of the live table: every countdown, the "last updated" time and the retry
// countdown read the same `now`, so the screen changes at most once a second when idle. The time
// is a small store rather than the table's state: only what shows a time (the rows' countdowns,
// the details, a retry countdown) renders again on a tick, not the whole table with its hooks.
import {useEffect, useState, useSyncExternalStore} from 'react';
import {useLatest} from '../hooks/use-latest.js';

export const tickMs = 1000;

export type Clock = {
	/** The time of the last tick (ms since the epoch). */
	read: () => number;
	subscribe: (listener: () => void) => () => void;
};

function createClock(start: number): Clock & {set(time: number): void} {
	let time = start;
	const listeners = new Set<() => void>();
	return {
		read: () => time,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		set(next) {
			if (next === time) {
				return;
			}

			time = next;
			for (const listener of listeners) {
				listener();
			}
		},
	};
}

/**
 * One interval for the whole table. `onTick` runs just before each tick's update, in the same
 * task, so whatever it dispatches is rendered in the tick's frame rather than a frame of its own
 * (React batches the two).
 */
export function useClock(now: () => number, onTick?: () => void): Clock {
	const [clock] = useState(() => createClock(now()));
	const nowRef = useLatest(now);
	const onTickRef = useLatest(onTick);
	useEffect(() => {
		const timer = setInterval(() => {
			onTickRef.current?.();
			clock.set(nowRef.current());
		}, tickMs);
		return () => {
			clearInterval(timer);
		};
	}, [clock, nowRef, onTickRef]);
	return clock;
}

/** The clock's time, rendering the caller again on each tick. */
export function useNow(clock: Clock): number {
	return useSyncExternalStore(clock.subscribe, clock.read);
}
