// The built bin on a real pseudo-terminal, its output kept as the raw bytes it wrote: what a
// terminal would have been told to do (retitle, clear), rather than what it then showed.
import pty from '@lydell/node-pty';
import {builtCli} from '../helpers/pty-session.js';
import {cleanEnv} from '../helpers/run-cli.js';

export type RawPtyResult = {exitCode: number; output: string};

/** Runs to the end: these runs ask nothing (--no-cli-auto-prompt), so no input is needed. */
export async function runOnTerminal(args: string[], env: Record<string, string | undefined> = {}): Promise<RawPtyResult> {
	const child = pty.spawn(process.execPath, [builtCli, ...args], {
		name: 'xterm-256color',
		cols: 200,
		rows: 24,
		env: cleanEnv({CI: 'false', TERM: 'xterm-256color', ...env}),
	});
	let output = '';
	child.onData(data => {
		output += data;
	});
	const exitCode = await new Promise<number>(resolve => {
		child.onExit(({exitCode: code}) => {
			resolve(code);
		});
	});
	return {exitCode, output};
}
