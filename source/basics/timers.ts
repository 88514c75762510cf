// setTimeout and clearTimeout behind a seam: the live table's clock and poller take them, so a
// test drives their schedules by hand instead of waiting.

export type Timers = {
	set: (wake: () => void, ms: number) => unknown;
	clear: (handle: unknown) => void;
};

export const realTimers: Timers = {
	set: (wake, ms) => setTimeout(wake, ms),
	clear(handle) {
		clearTimeout(handle as NodeJS.Timeout);
	},
};
