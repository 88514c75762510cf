// How long a participant token has left, as the table shows it. Pure, so the clock can be injected
// and every boundary (warning, expired, days) is tested without waiting. The live table's countdown
// drops the seconds while more than an hour is left, as a stopwatch would: a row then changes once
// a minute rather than every second, and the table says when its next change is due, so it draws
// a frame only then (nextLiveChange).

/** Under this much time left, the countdown turns the warning colour. */
export const warningThresholdMs = 10 * 60 * 1000;

/** Under this much time left, the live countdown shows seconds too. */
export const secondsShownUnderMs = 60 * 60 * 1000;

export type CountdownTone = 'normal' | 'warning' | 'expired' | 'unknown';

export type Countdown = {text: string; tone: CountdownTone};

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/**
 * Whole seconds left, rounded down so the display never promises time the token does not have:
 * at 720 minutes minus 1.5 s it reads 11:59:58, not 11:59:59.
 */
export function formatRemaining(remainingMs: number): string {
	return formatted(remainingMs, true);
}

/**
 * The live table's reading: HH:MM (rounded down, like the seconds) while an hour or more is left,
 * HH:MM:SS in the last hour.
 */
export function formatLiveRemaining(remainingMs: number): string {
	return formatted(remainingMs, remainingMs < secondsShownUnderMs);
}

function formatted(remainingMs: number, withSeconds: boolean): string {
	if (remainingMs <= 0) {
		return 'expired';
	}

	const totalSeconds = Math.floor(remainingMs / 1000);
	if (totalSeconds === 0) {
		// Less than a second left still counts as valid; show it as such rather than "expired".
		return '00:00:00';
	}

	const days = Math.floor(totalSeconds / 86_400);
	const hours = Math.floor((totalSeconds % 86_400) / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const clock = `${twoDigits(hours)}:${twoDigits(minutes)}${withSeconds ? `:${twoDigits(seconds)}` : ''}`;
	// Tokens last up to 14 days (20 160 minutes); days keep the column narrow instead of "335:59:59".
	return days > 0 ? `${days}d ${clock}` : clock;
}

export function countdownTone(remainingMs: number): CountdownTone {
	if (remainingMs <= 0) {
		return 'expired';
	}

	return remainingMs < warningThresholdMs ? 'warning' : 'normal';
}

/** The countdown for a token expiring at `expiration`, seen at `now` (ms since the epoch). */
export function countdown(expiration: Date | undefined, now: number): Countdown {
	if (!expiration || Number.isNaN(expiration.getTime())) {
		return {text: '—', tone: 'unknown'};
	}

	const remaining = expiration.getTime() - now;
	return {text: formatRemaining(remaining), tone: countdownTone(remaining)};
}

/** The live table's countdown (formatLiveRemaining) for a token expiring at `expiration`, seen at `now`. */
export function liveCountdown(expiration: Date | undefined, now: number): Countdown {
	if (!expiration || Number.isNaN(expiration.getTime())) {
		return {text: '—', tone: 'unknown'};
	}

	const remaining = expiration.getTime() - now;
	return {text: formatLiveRemaining(remaining), tone: countdownTone(remaining)};
}

/**
 * The first moment after `now` at which liveCountdown(expiration, ·) reads differently (text or
 * tone), or Infinity when it never will (expired, or no expiry). Always later than `now`, so a
 * timer set for it cannot spin. The reading rounds down, so it changes just as the time left drops
 * below a whole unit (a minute above the last hour, a second in it); the switch to seconds at one
 * hour and the warning at ten minutes fall on such boundaries too.
 */
export function nextLiveChange(expiration: Date | undefined, now: number): number {
	const end = expiration?.getTime();
	if (end === undefined || Number.isNaN(end) || end <= now) {
		return Number.POSITIVE_INFINITY;
	}

	const remaining = end - now;
	const unit = remaining < secondsShownUnderMs ? 1000 : 60_000;
	const whole = Math.floor(remaining / unit) * unit;
	// Under a second left: the next reading is "expired", when none is left at all.
	return whole === 0 ? end : end - whole + 1;
}
