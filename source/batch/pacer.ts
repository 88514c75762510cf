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

	/** Waits for this request's turn and takes it. Turns are handed out in call order. */
	async turn(): Promise<void> {
		const now = this.clock.now();
		const start = Math.max(now, this.nextStart);
		this.nextStart = start + this.intervalMs;
		if (start > now) {
			await this.clock.wait(start - now);
		}
	}
}
