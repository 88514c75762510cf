// A batch's progress as numbers and as one line of text: created / N, the rate so far and the
// time left at that rate. The Ink view and the non-interactive path's stderr line (when stderr is
// a terminal) both draw from here, so they never disagree.

export type BatchProgressFigures = {
	created: number;
	total: number;
	/** Stages a second since the first request went out; undefined before there is a figure. */
	ratePerSecond: number | undefined;
	/** Milliseconds left at that rate; undefined before there is a rate. */
	leftMs: number | undefined;
};

export function progressFigures(created: number, total: number, elapsedMs: number): BatchProgressFigures {
	const ratePerSecond = created > 0 && elapsedMs > 0 ? (created * 1000) / elapsedMs : undefined;
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
