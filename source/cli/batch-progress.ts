// A batch's progress on stderr when it is a terminal (a batch of 30 takes 6 s at the service's
// rate): the drop-in's --count and `run --count` draw the same line (../core/progress.ts). Cleared
// at the end, so the output, an error or run's command start on a clean line. On a pipe or a file,
// nothing: stderr is then a log, and stdout stays the output's alone.
import type {BatchEvent} from '../core/create-batch.js';
import {progressFigures, progressLine} from '../core/progress.js';

export type BatchProgress = {
	/** Each event of the batch (its onProgress). */
	onEvent: (event: BatchEvent) => void;
	/** The batch has ended: the line is cleared. */
	end: () => void;
};

export function batchProgress(stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}, total: number): BatchProgress {
	if (!stderr.isTTY) {
		return {onEvent() {}, end() {}};
	}

	const width = Math.max(20, (stderr.columns || 80) - 1);
	// From the first stage's start: the quota check before it is no part of the rate.
	let started: number | undefined;
	return {
		onEvent(event) {
			if (event.type === 'starting') {
				started ??= performance.now();
			} else if (event.type === 'created') {
				stderr.write(`\r\u001B[2K${progressLine(progressFigures(event.n, total, performance.now() - (started ?? 0)), width)}`);
			}
		},
		end() {
			stderr.write('\r\u001B[2K');
		},
	};
}
