// When the next poll runs. Pure so the schedule is tested without timers.

/** Polling interval while all is well: well inside ListParticipants' and GetStage's 5 requests/s. */
export const defaultPollIntervalMs = 3000;

/** Never wait longer than this between attempts, so a recovered service shows up within a minute. */
export const maxPollDelayMs = 60_000;

/**
 * Doubling backoff after consecutive failures: 3 s, 6 s, 12 s … capped at a minute. No jitter: one
 * user polls one stage, so there is no herd to spread, and a fixed schedule is what the status
 * line can promise ("retrying in 12 s").
 */
export function nextPollDelay(consecutiveFailures: number, intervalMs: number = defaultPollIntervalMs, maxMs: number = maxPollDelayMs): number {
	if (consecutiveFailures <= 0) {
		return intervalMs;
	}

	// Cap the exponent too, so a very long outage cannot overflow to Infinity.
	const factor = 2 ** Math.min(consecutiveFailures, 16);
	return Math.min(intervalMs * factor, Math.max(maxMs, intervalMs));
}
