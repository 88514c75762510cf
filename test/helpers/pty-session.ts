// A real pseudo-terminal running the built CLI, read back through a headless xterm: what a user
// would see, cell for cell. Tests wait for text on the screen before they type, never a fixed time.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {cleanEnv} from './run-cli.js';
import {waitFor, type WaitOptions} from './wait-for.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtCli = path.join(root, 'dist', 'cli.js');

export type PtySession = {
	/** The visible screen, one string per row, trailing spaces cut. */
	screen: () => string;
	/** Everything the program wrote, scrollback included, as text. */
	history: () => string;
	/** Everything the program wrote, as it wrote it (escape sequences and all), in order. */
	raw: () => string;
	write: (data: string) => void;
	waitForText: (text: string | RegExp, options?: WaitOptions) => Promise<string>;
	exited: Promise<{exitCode: number}>;
	resize: (columns: number, rows: number) => void;
	kill: () => void;
};

export function spawnCli(args: string[], options: {columns?: number; rows?: number; env?: NodeJS.ProcessEnv; cwd?: string} = {}): PtySession {
	if (!existsSync(builtCli)) {
		throw new Error(`${builtCli} is missing: run npm run build first (npm ci does it through prepare)`);
	}

	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 1000});
	const child = pty.spawn(process.execPath, [builtCli, ...args], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: options.cwd ?? root,
		env: cleanEnv({CI: 'false', TERM: 'xterm-256color', ...options.env}),
	});
	let pending = 0;
	let raw = '';
	// Called once xterm has parsed every write so far: the exit waits for it, so what the program
	// wrote last is on the screen (and in the history) when a test reads it after the exit.
	let drained: (() => void) | undefined;
	child.onData(data => {
		raw += data;
		pending++;
		terminal.write(data, () => {
			pending--;
			if (pending === 0) {
				drained?.();
			}
		});
	});
	const exited = new Promise<{exitCode: number}>(resolve => {
		child.onExit(({exitCode}) => {
			if (pending === 0) {
				resolve({exitCode});
			} else {
				drained = () => {
					resolve({exitCode});
				};
			}
		});
	});

	// Rows the terminal wrapped are joined back, so a long line reads as the program wrote it.
	const lines = (from: number, to: number) => {
		const buffer = terminal.buffer.active;
		let out = '';
		for (let index = from; index < to; index++) {
			const line = buffer.getLine(index);
			out += `${index > from && !line?.isWrapped ? '\n' : ''}${line?.translateToString(true) ?? ''}`;
		}

		return out;
	};

	const screen = () => {
		const buffer = terminal.buffer.active;
		return lines(buffer.baseY, buffer.baseY + terminal.rows);
	};

	return {
		screen,
		history: () => lines(0, terminal.buffer.active.length),
		raw: () => raw,
		write(data) {
			child.write(data);
		},
		async waitForText(text, waitOptions) {
			return waitFor(
				() => {
					const now = screen();
					return pending === 0 && (typeof text === 'string' ? now.includes(text) : text.test(now)) ? now : undefined;
				},
				() => `${String(text)} on the screen:\n${screen()}`,
				{timeout: 15_000, interval: 20, ...waitOptions},
			);
		},
		exited,
		resize(newColumns, newRows) {
			child.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		kill() {
			child.kill();
		},
	};
}
