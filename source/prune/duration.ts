// `--idle-for 30m`, `2h`, `1d`, `1h30m`: a span of time as people type it, read strictly. A typo
// must never widen what prune deletes, so anything but whole numbers with a unit each is refused.

const unitMs = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000} as const;

/** Longer than any stage could have lived: a bigger value is a typo, not a choice. */
const longestMs = 3650 * unitMs.d;
const longestText = 32;

/** Milliseconds, or a reason the text is no duration (said in --idle-for's refusal). */
export function parseDuration(text: string): {ms: number} | {problem: string} {
	const usage = 'a whole number and a unit, e.g. 30m, 2h, 1d or 1h30m (s, m, h, d, w)';
	if (text.length > longestText || !/^(?:\d{1,6}[smhdw])+$/.test(text)) {
		return {problem: `give ${usage}`};
	}

	let ms = 0;
	for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
		ms += Number(amount) * unitMs[unit as keyof typeof unitMs];
	}

	if (ms === 0) {
		return {problem: 'give a span longer than 0'};
	}

	if (ms > longestMs) {
		return {problem: 'give at most 3650d'};
	}

	return {ms};
}

/** 90 minutes → "1h30m"; to the second, largest units first, as --idle-for takes it. */
export function formatDuration(ms: number): string {
	let left = Math.max(0, Math.floor(ms / 1000)) * 1000;
	if (left === 0) {
		return '0s';
	}

	let text = '';
	for (const unit of ['d', 'h', 'm', 's'] as const) {
		const amount = Math.floor(left / unitMs[unit]);
		if (amount > 0) {
			text += `${amount}${unit}`;
			left -= amount * unitMs[unit];
		}
	}

	return text;
}
