// How long a participant token has left, as the table shows it. Pure, so the clock can be injected
// and every boundary (warning, expired, days) is tested without waiting.

/** Under this much time left, the countdown turns the warning colour. */
export const warningThresholdMs = 10 * 60 * 1000;

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
	const clock = `${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}`;
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
