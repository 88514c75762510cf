// Human readings of the durations the wizard asks for in minutes or seconds: 720 → "12 h".

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

/** 90 → "1 h 30 min", 20160 → "14 d", 1 → "1 min". */
export function formatMinutes(minutes: number): string {
	return formatSeconds(minutes * minute);
}

/** 300 → "5 min", 6 → "6 s", 86400 → "1 d". */
export function formatSeconds(seconds: number): string {
	if (!Number.isFinite(seconds) || seconds < 0) {
		return '';
	}

	if (seconds === 0) {
		return '0 s';
	}

	const parts: string[] = [];
	let rest = Math.round(seconds);
	for (const [size, unit] of [[day, 'd'], [hour, 'h'], [minute, 'min'], [1, 's']] as const) {
		if (rest >= size) {
			parts.push(`${Math.floor(rest / size)} ${unit}`);
			rest %= size;
		}
	}

	// Two parts are enough to read at a glance; 1 d 2 h 3 min 4 s reads as "1 d 2 h".
	return parts.slice(0, 2).join(' ');
}
