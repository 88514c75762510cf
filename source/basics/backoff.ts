// When the next poll runs: sooner after a change or a key, later while nothing changes, later still
// while the service fails. Pure so the schedule is tested without timers.

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

/** While polls find nothing new, the wait grows to at most this many intervals (30 s at 3 s). */
export const idleBackoffFactor = 10;

/**
 * The wait after `unchangedPolls` polls in a row found nothing new: doubling, 3 s, 6 s, 12 s,
 * 24 s, then 30 s, so a table left alone costs a request every half minute. A key press or a
 * change sets the count back to 0 (the poll loop does).
 */
export function nextIdleDelay(unchangedPolls: number, intervalMs: number = defaultPollIntervalMs): number {
	const factor = 2 ** Math.min(Math.max(0, unchangedPolls), 16);
	return Math.min(intervalMs * factor, intervalMs * idleBackoffFactor);
}
