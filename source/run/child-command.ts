// The child: spawned without a shell (its words reach it as typed, nothing is interpreted), with
// our stdin, stdout and stderr, so it talks to the user or the CI log directly. How it ended
// becomes an exit code as a shell would report it: its own code, 128+N for a signal, 127 when it
// cannot be found and 126 when it cannot be run.
import {spawn, type ChildProcess} from 'node:child_process';
import {constants} from 'node:os';
import {safeText} from '../output/safe-text.js';
import {inTerminalForeground} from './terminal-group.js';

export type ChildEnd =
	| {kind: 'exited'; code: number}
	| {kind: 'killed'; signal: NodeJS.Signals}
	| {kind: 'not-started'; errorCode: string | undefined; message: string};

export type RunningChild = {
	/** Sends a signal on, if the child is still running (a Ctrl+C only if the terminal has not sent it already). */
	forward: (signal: NodeJS.Signals) => void;
	ended: Promise<ChildEnd>;
};

export function startChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv): RunningChild {
	let child: ChildProcess;
	try {
		child = spawn(command, [...args], {stdio: 'inherit', env, shell: false});
	} catch (error) {
		// Arguments Node refuses outright (a NUL byte in a word) throw here rather than emit 'error'.
		const {code, message} = error as NodeJS.ErrnoException;
		return {forward() {}, ended: Promise.resolve({kind: 'not-started', errorCode: code, message})};
	}

	let started = false;
	// A signal that comes between spawn() and the child's start waits for the start.
	let waiting: NodeJS.Signals | undefined;
	const send = (signal: NodeJS.Signals) => {
		if (child.exitCode !== null || child.signalCode !== null) {
			return;
		}

		if (signal === 'SIGINT' && inTerminalForeground(child.pid)) {
			return;
		}

		child.kill(signal);
	};

	child.once('spawn', () => {
		started = true;
		if (waiting) {
			send(waiting);
		}
	});
	const ended = new Promise<ChildEnd>(resolve => {
		child.once('exit', (code, signal) => {
			resolve(signal ? {kind: 'killed', signal} : {kind: 'exited', code: code ?? 0});
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
		ended,
	};
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
