// The child: spawned without a shell (its words reach it as typed, nothing is interpreted), with
// our stdin, stdout and stderr, so it talks to the user or the CI log directly. How it ended
// becomes an exit code as a shell would report it: its own code, 128+N for a signal, 127 when it
// cannot be found and 126 when it cannot be run.
//
// It starts as the leader of a process group and session of its own (`detached`), and every
// signal run passes on goes to that whole group, so a shell's `sleep` or a runner's workers, which
// hold the tokens in their environment, end with it. Who is foreground: run stays in the
// terminal's foreground group and the child is in no terminal's session, so a Ctrl+C typed at the
// terminal reaches run alone, and run sends it on once: each process gets it exactly once (had the
// child shared our group, the terminal would have sent it too, and a pid-only kill from a script
// would have missed the grandchildren). Outside the terminal's session the child still reads and
// writes the terminal through the descriptors it inherits, raw mode included, with no SIGTTIN.
// The one terminal signal that is no request to stop, SIGWINCH, reaches it through run too
// (relay), so a full-screen child redraws at the new size.
import {spawn, type ChildProcess} from 'node:child_process';
import {constants} from 'node:os';
import {safeText} from '../output/safe-text.js';
import {groupAlive, signalGroup} from './process-group.js';

export type ChildEnd =
	| {kind: 'exited'; code: number}
	| {kind: 'killed'; signal: NodeJS.Signals}
	| {kind: 'not-started'; errorCode: string | undefined; message: string};

export type RunningChild = {
	/** Sends a signal on to the child's whole process group, while any of it runs. */
	forward: (signal: NodeJS.Signals) => void;
	/** Passes a signal that ends nothing (SIGWINCH) on to the group: no SIGCONT, no grace timer. */
	relay: (signal: NodeJS.Signals) => void;
	/** Once the child has ended and nothing of its group is left. */
	ended: Promise<ChildEnd>;
};

export type ChildOptions = {
	/** After a signal passed on (or the child's end, for what it left running), this long until SIGKILL. */
	graceMs: number;
};

// How often the group is looked at once the child itself has ended: nothing tells us when a
// grandchild ends.
const groupPollMs = 50;

export function startChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv, options: ChildOptions): RunningChild {
	let child: ChildProcess;
	try {
		child = spawn(command, [...args], {stdio: 'inherit', env, shell: false, detached: true});
	} catch (error) {
		// Arguments Node refuses outright (a NUL byte in a word) throw here rather than emit 'error'.
		const {code, message} = error as NodeJS.ErrnoException;
		return {forward() {}, relay() {}, ended: Promise.resolve({kind: 'not-started', errorCode: code, message})};
	}

	let started = false;
	let groupGone = false;
	// A signal that comes between spawn() and the child's start waits for the start.
	let waiting: NodeJS.Signals | undefined;
	let killTimer: NodeJS.Timeout | undefined;
	const pgid = child.pid;
	const killLater = () => {
		killTimer ??= setTimeout(() => {
			if (pgid !== undefined) {
				signalGroup(pgid, 'SIGKILL');
			}
		}, options.graceMs);
	};

	const send = (signal: NodeJS.Signals) => {
		if (pgid === undefined || groupGone) {
			return;
		}

		if (signalGroup(pgid, signal)) {
			// A member stopped (SIGSTOP, or a read from a terminal it does not own) acts on the signal only once continued.
			signalGroup(pgid, 'SIGCONT');
			killLater();
		}
	};

	child.once('spawn', () => {
		started = true;
		if (waiting) {
			send(waiting);
		}
	});
	const ended = new Promise<ChildEnd>(resolve => {
		child.once('exit', (code, signal) => {
			const end: ChildEnd = signal ? {kind: 'killed', signal} : {kind: 'exited', code: code ?? 0};
			void groupEnded(pgid, send).then(() => {
				groupGone = true;
				clearTimeout(killTimer);
				resolve(end);
			});
		});
		child.on('error', (error: NodeJS.ErrnoException) => {
			// After a start, 'error' means a signal could not be sent; 'exit' still reports the end.
			if (!started) {
				resolve({kind: 'not-started', errorCode: error.code, message: error.message});
			}
		});
	});
	return {
		forward(signal) {
			if (started) {
				send(signal);
			} else {
				waiting ??= signal;
			}
		},
		relay(signal) {
			// Before the start there is nothing to tell: the child reads the size when it starts.
			if (started && pgid !== undefined && !groupGone) {
				signalGroup(pgid, signal);
			}
		},
		ended,
	};
}

/**
 * Once the child itself has ended, what it left in its group (a process started with `&`) is ended
 * too: it holds the tokens of a stage about to be deleted. SIGTERM first, SIGKILL after the grace.
 */
async function groupEnded(pgid: number | undefined, send: (signal: NodeJS.Signals) => void): Promise<void> {
	if (pgid === undefined || !groupAlive(pgid)) {
		return;
	}

	send('SIGTERM');
	while (groupAlive(pgid)) {
		await new Promise(resolve => {
			setTimeout(resolve, groupPollMs);
		});
	}
}

export function signalExitCode(signal: NodeJS.Signals): number {
	return 128 + (constants.signals[signal] ?? 0);
}

/** What a shell would exit with for this end. */
export function childExitCode(end: ChildEnd): number {
	switch (end.kind) {
		case 'exited': {
			return end.code;
		}

		case 'killed': {
			return signalExitCode(end.signal);
		}

		case 'not-started': {
			return end.errorCode === 'ENOENT' ? 127 : 126;
		}
	}
}

/** The one line for a child that never started, without the command's arguments (they may hold secrets). */
export function notStartedLine(command: string, end: Extract<ChildEnd, {kind: 'not-started'}>): string {
	const why = end.errorCode === 'ENOENT' ? 'command not found' : end.errorCode === 'EACCES' ? 'permission denied' : end.message;
	return `Could not run ${safeText(JSON.stringify(command))}: ${why}${end.errorCode && !why.includes(end.errorCode) ? ` (${end.errorCode})` : ''}.`;
}
