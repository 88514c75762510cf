// A clock and timers a test moves by hand (the live table's `now` and `timers`): nothing waits on
// real time, and a test can run ten minutes of the table's life in a moment. The requests the
// table makes still go over real HTTP to the emulator.
import type {Timers} from '../../../../source/basics/timers.js';
import {waitFor} from '../../../helpers/wait-for.js';

type Pending = {at: number; ms: number; wake: () => void};

export type HandTimers = {
	now: () => number;
	timers: Timers;
	/** The waits asked for, in order (ms). */
	asked: number[];
	pending: () => Pending[];
	/** Waits until `count` timers are pending (a poll in flight sets its next one when it settles). */
	settled: (count: number) => Promise<void>;
	/** Moves the time to the soonest timer and runs it; returns its wait. */
	fireNext: () => number;
};

export function handTimers(start: number): HandTimers {
	let time = start;
	const pending = new Set<Pending>();
	const asked: number[] = [];
	return {
		now: () => time,
		timers: {
			set(wake, ms) {
				const entry = {at: time + ms, ms, wake};
				asked.push(ms);
				pending.add(entry);
				return entry;
			},
			clear(handle) {
				pending.delete(handle as Pending);
			},
		},
		asked,
		pending: () => [...pending].sort((a, b) => a.at - b.at),
		async settled(count) {
			await waitFor(
				() => pending.size === count,
				() => `${count} pending timers; there are ${pending.size}`,
			);
		},
		fireNext() {
			const [soonest] = [...pending].sort((a, b) => a.at - b.at);
			if (!soonest) {
				throw new Error('No timer is pending');
			}

			pending.delete(soonest);
			time = Math.max(time, soonest.at);
			soonest.wake();
			return soonest.ms;
		},
	};
}
