// Stdout or stderr that cannot take what is written: a reader that went away (`| head -c0`,
// `| true`: EPIPE), a full disk (`>/dev/full`: ENOSPC), a closed descriptor. Node turns a failed
// write into an 'error' event that kills the process with a stack when nobody listens, so the edge
// listens (holdStreamErrors) and keeps each stream's first error (process.stdout forgets its own:
// it cannot be destroyed, so `errored` is reset), which the edge then reports: a closed pipe
// quietly, with the status a shell tool killed by SIGPIPE has (141, as `yes | head -c0` reports
// for yes); anything else in one line and 255, as AWS CLI v2 exits on an error it has no code for.
import {CliError, exitCodes} from '../basics/errors.js';
import {systemErrorReason} from '../basics/system-error-reason.js';
import type {CliIo} from './io.js';

/** 128 + SIGPIPE: what a shell reports for a tool whose reader closed the pipe. */
export const closedPipeExitCode = 141;

const failures = new WeakMap<object, Error>();

/** A write that failed on a stream: a value the edge reports, never an uncaught 'error' event. */
export class OutputFailure extends CliError {
	readonly closed: boolean;

	constructor(readonly streamName: 'stdout' | 'stderr', readonly writeError: Error) {
		const closed = (writeError as NodeJS.ErrnoException).code === 'EPIPE';
		// A closed pipe is the reader's choice, not a problem to report.
		super(closed ? [] : [`Could not write to ${streamName}: ${systemErrorReason(writeError)}`], closed ? closedPipeExitCode : exitCodes.other);
		this.closed = closed;
	}
}

/** Listens for write errors on both streams, and keeps the first of each. */
export function holdStreamErrors(io: Pick<CliIo, 'stdout' | 'stderr'>): void {
	for (const stream of [io.stdout, io.stderr]) {
		if (!stream.listeners('error').includes(keepFailure)) {
			stream.on('error', keepFailure);
		}
	}
}

function keepFailure(this: object, error: Error): void {
	if (!failures.has(this)) {
		failures.set(this, error);
	}
}

/** The first stream whose write failed, stdout first (what the user asked for), as an OutputFailure. */
export function outputFailure(io: Pick<CliIo, 'stdout' | 'stderr'>): OutputFailure | undefined {
	const stdout = failures.get(io.stdout);
	if (stdout) {
		return new OutputFailure('stdout', stdout);
	}

	const stderr = failures.get(io.stderr);
	return stderr ? new OutputFailure('stderr', stderr) : undefined;
}
