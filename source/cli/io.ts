// The process's streams and environment, passed in so tests can run main() in-process.
export type CliIo = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
	/** A terminal on stdin and stdout; unset, both streams' isTTY decide. Tests set it. */
	isTerminal?: boolean;
	/** The clock; tests fix it. */
	now?: () => Date;
	/** Where a long-running command (the emulator) hears SIGINT and SIGTERM; the process by default. */
	signals?: SignalSource;
	/** Stops a long-running command as SIGTERM would; for embedding and tests. */
	abortSignal?: AbortSignal;
};

export type SignalSource = {
	on(event: 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGWINCH', listener: () => void): unknown;
	off(event: 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGWINCH', listener: () => void): unknown;
};

/**
 * The real streams, each made on first use: Node builds process.stdin when it is first read, and
 * that costs a few milliseconds a script run (stdout is a pipe there) never needs.
 */
export function processIo(): CliIo {
	return {
		get stdin() {
			return process.stdin;
		},
		get stdout() {
			return process.stdout;
		},
		get stderr() {
			return process.stderr;
		},
		env: process.env,
	};
}

export {writeAll} from '../basics/write-all.js';
