// Request rates as the service publishes them (constraints.md): CreateStage 5/s, other stage
// operations 5/s, CreateParticipantToken 50/s, tag operations 10/s. The service states these as
// per-API quotas, so each operation has its own token bucket, holding at most one second's worth
// of requests and refilled continuously from the injectable clock.

const perSecond: Record<string, number> = {
	CreateStage: 5,
	CreateParticipantToken: 50,
	TagResource: 10,
	UntagResource: 10,
	ListTagsForResource: 10,
};

/** Everything else the emulator serves is a stage (or stage-adjacent) operation: 5/s. */
const defaultPerSecond = 5;

export function rateFor(operation: string): number {
	return perSecond[operation] ?? defaultPerSecond;
}

type Bucket = {tokens: number; updatedAt: number};

export class RateLimiter {
	private readonly buckets = new Map<string, Bucket>();

	constructor(private readonly now: () => number) {}

	/** Takes one request's token; false means the request is over the rate. */
	take(operation: string): boolean {
		const rate = rateFor(operation);
		const now = this.now();
		const bucket = this.buckets.get(operation) ?? {tokens: rate, updatedAt: now};
		bucket.tokens = Math.min(rate, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * rate);
		bucket.updatedAt = now;
		this.buckets.set(operation, bucket);
		if (bucket.tokens < 1) {
			return false;
		}

		bucket.tokens -= 1;
		return true;
	}
}
