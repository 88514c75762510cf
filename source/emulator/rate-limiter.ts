// Request rates as the service publishes them (constraints.md): CreateStage 5/s, other stage
// operations 5/s, CreateParticipantToken 50/s, tag operations 10/s. The service states these as
// per-API quotas, so each operation has its own token bucket, holding at most one second's worth
// of requests and refilled continuously from the injectable clock.

import {createStageRatePerSecond} from '../stage/service-quotas.js';

const perSecond: Record<string, number> = {
	CreateStage: createStageRatePerSecond,
	CreateParticipantToken: 50,
	TagResource: 10,
	UntagResource: 10,
	ListTagsForResource: 10,
};

/** Everything else the emulator serves is a stage (or stage-adjacent) operation: 5/s. */
const defaultPerSecond = createStageRatePerSecond;

export function rateFor(operation: string): number {
	return perSecond[operation] ?? defaultPerSecond;
}

type Bucket = {tokens: number; updatedAt: number};

/** Per operation: requests let through and requests refused for the rate (429). */
export type RateCounts = Record<string, {allowed: number; throttled: number}>;

export class RateLimiter {
	private readonly buckets = new Map<string, Bucket>();
	private readonly counts: RateCounts = {};

	constructor(private readonly now: () => number) {}

	/** Takes one request's token; false means the request is over the rate. */
	take(operation: string): boolean {
		const rate = rateFor(operation);
		const now = this.now();
		const bucket = this.buckets.get(operation) ?? {tokens: rate, updatedAt: now};
		bucket.tokens = Math.min(rate, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * rate);
		bucket.updatedAt = now;
		this.buckets.set(operation, bucket);
		const counts = (this.counts[operation] ??= {allowed: 0, throttled: 0});
		if (bucket.tokens < 1) {
			counts.throttled++;
			return false;
		}

		bucket.tokens -= 1;
		counts.allowed++;
		return true;
	}

	/** What was let through and refused so far: a client that claims to pace itself is checked by it. */
	counted(): RateCounts {
		return structuredClone(this.counts);
	}
}
