// The command layer's one entry, main(), run in this process as the bin runs it, with the streams,
// environment, clock and signals a test gives it (anything not given: empty input, streams that
// go nowhere, an empty environment).
import {PassThrough, Readable} from 'node:stream';
import type {CliIo, SignalSource} from '../../source/cli/io.js';
import {main} from '../../source/commands/main.js';

export type TestIo = {
	stdin?: NodeJS.ReadableStream;
	stdout?: NodeJS.WritableStream;
	stderr?: NodeJS.WritableStream;
	env?: NodeJS.ProcessEnv;
	isTerminal?: boolean;
	now?: () => Date;
	signals?: SignalSource;
	abortSignal?: AbortSignal;
};

export async function runInProcess(argv: string[], io: TestIo = {}): Promise<number> {
	const drained = new PassThrough();
	drained.resume();
	return main(argv, {
		...io,
		stdin: io.stdin ?? Readable.from([]),
		stdout: io.stdout ?? drained,
		stderr: io.stderr ?? drained,
		env: io.env ?? {},
	} as CliIo);
}
