// Keeps requests inside the service's rate without ever being told off: each request starts at
// least one interval after the one before (5 TPS: 200 ms). A fixed interval on the start times,
// rather than a burst-then-wait token bucket, because the service's bucket size is not published:
// a request spaced like this needs no throttling retry whatever the bucket holds.
import {setTimeout as delay} from 'node:timers/promises';
import {createStageRatePerSecond} from '../stage/service-quotas.js';

/** One request's share of a second at the CreateStage rate. */
export const createStageIntervalMs = 1000 / createStageRatePerSecond;

export type PaceClock = {
	/** Monotonic milliseconds. */
	now: () => number;
	wait: (ms: number) => Promise<void>;
};

export const realPaceClock: PaceClock = {
	now: () => performance.now(),
	wait: async ms => delay(ms),
};

export class Pacer {
	/** When the next request may start; nothing yet sent: now. */
	private nextStart = Number.NEGATIVE_INFINITY;

	constructor(
		readonly intervalMs: number = createStageIntervalMs,
		private readonly clock: PaceClock = realPaceClock,
	) {}

	/**
	 * Waits for this request's turn and takes it. The next turn is one interval after this one
	 * actually starts (a timer that fires late never makes the next gap shorter). One caller at a
	 * time: a batch sends one request after the other.
	 */
	async turn(): Promise<void> {
		// A timer's loop clock runs up to a millisecond behind this one: wait again for what is left.
		for (let now = this.clock.now(); now < this.nextStart; now = this.clock.now()) {
			await this.clock.wait(Math.ceil(this.nextStart - now));
		}

		this.nextStart = this.clock.now() + this.intervalMs;
	}
}
