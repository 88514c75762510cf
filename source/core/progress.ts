// A batch's progress as numbers and as one line of text: created / N, the rate so far and the
// time left at that rate. The Ink view and the non-interactive path's stderr line (when stderr is
// a terminal) both draw from here, so they never disagree.

export type BatchProgressFigures = {
	created: number;
	total: number;
	/** Stages a second, once there is an honest figure (see progressFigures); undefined before. */
	ratePerSecond: number | undefined;
	/** Milliseconds left at that rate; undefined before there is a rate. */
	leftMs: number | undefined;
};

/**
 * Below this span a rate is noise: a stage or two made in a few milliseconds reads as 1000/s.
 * Once batches are paced at 5 a second, a second holds about 5 stages, enough to average.
 */
export const minimumRateSpanMs = 1000;

/**
 * `elapsedMs`: since the first request went out. The first stage shows what one request takes,
 * not how fast they follow one another, so the rate counts the stages after it over the whole
 * time: it never claims more than the pace allows, and closes in on the real rate as it runs.
 */
export function progressFigures(created: number, total: number, elapsedMs: number): BatchProgressFigures {
	const ratePerSecond = created >= 2 && elapsedMs >= minimumRateSpanMs ? ((created - 1) * 1000) / elapsedMs : undefined;
	const leftMs = ratePerSecond === undefined ? undefined : ((total - created) / ratePerSecond) * 1000;
	return {created, total, ratePerSecond, leftMs};
}

export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** `[######      ] 12/30  4.9/s  4 s left`, within `width` columns (the bar shrinks first). */
export function progressLine(figures: BatchProgressFigures, width: number): string {
	const count = `${figures.created}/${figures.total}`;
	const rate = figures.ratePerSecond === undefined ? '' : `  ${figures.ratePerSecond.toFixed(1)}/s`;
	const left = figures.leftMs === undefined || figures.created === figures.total ? '' : `  ${formatDuration(figures.leftMs)} left`;
	const tail = ` ${count}${rate}${left}`;
	const barWidth = Math.min(30, width - tail.length - 2);
	if (barWidth < 5) {
		return tail.trim().slice(0, Math.max(0, width));
	}

	const filled = figures.total === 0 ? barWidth : Math.round((figures.created / figures.total) * barWidth);
	return `[${'#'.repeat(filled)}${' '.repeat(barWidth - filled)}]${tail}`;
}
