// `run --grace SECONDS`: how long the command's process group has, after a signal is passed on
// (or after the command ends, for what it left running), before run kills it with SIGKILL and
// deletes the stage. A child that ignores SIGTERM must not keep run, and the stage, up forever.
import {UsageError} from '../basics/errors.js';

export const defaultGraceSeconds = 10;
// An hour: longer than any clean-up worth waiting for, short enough that a stage is not forgotten.
const maxGraceSeconds = 3600;

/** Milliseconds; one line and 252 for anything but a number of seconds from 0 to 3600. */
export function parseGrace(text: string | undefined): number {
	if (text === undefined) {
		return defaultGraceSeconds * 1000;
	}

	const trimmed = text.trim();
	const seconds = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
	if (!(seconds >= 0 && seconds <= maxGraceSeconds)) {
		throw new UsageError(`argument --grace: invalid value ${JSON.stringify(text)}: a number of seconds from 0 to ${maxGraceSeconds}`);
	}

	return Math.round(seconds * 1000);
}
