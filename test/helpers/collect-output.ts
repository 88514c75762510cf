// A spawned process's stdout and stderr as text, and how it ended: what every test that starts a
// real process and then watches or waits for it needs.
import type {ChildProcessByStdio} from 'node:child_process';
import type {Readable, Writable} from 'node:stream';

export type Ended = {code: number | null; signal: NodeJS.Signals | null};

export type CollectedOutput = {
	stdout: () => string;
	stderr: () => string;
	/** After the streams have closed, so the text is complete. */
	ended: Promise<Ended>;
};

export function collectOutput(child: ChildProcessByStdio<Writable | null, Readable, Readable>): CollectedOutput {
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ended = new Promise<Ended>(resolve => {
		child.on('close', (code, signal) => {
			resolve({code, signal});
		});
	});
	return {stdout: () => stdout, stderr: () => stderr, ended};
}
