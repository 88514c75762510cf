// The built CLI in a real pseudo-terminal, read back through a headless xterm and kept as the raw
// stream too (to see that line mode never asks for the alternate screen). Line mode's prompts are
// @inquirer/prompts: the one waiting for an answer is the line starting "? <message>"; once
// answered it turns into "✔ <message> <answer>". So a test waits for the question, types, and waits
// for one more answered line: never a fixed sleep.
import {existsSync, statSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {cleanEnv} from '../../helpers/run-cli.js';
import {waitFor} from '../../helpers/wait-for.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const builtCli = path.join(root, 'dist', 'cli.js');

export const keys = {enter: '\r', up: '\u001B[A', down: '\u001B[B', space: ' ', ctrlC: '\u0003', ctrlU: '\u0015', tab: '\t'} as const;

/** Fails early and clearly when dist/ is missing or older than the sources it is built from. */
export function assertBuilt(): void {
	if (!existsSync(builtCli)) {
		throw new Error('dist/cli.js is missing: run npm run build first');
	}

	const newestSource = newestModification(path.join(root, 'source'));
	if (statSync(builtCli).mtimeMs < newestSource - 1000) {
		throw new Error('dist/ is older than source/: run npm run build first');
	}
}

function newestModification(directory: string): number {
	let newest = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const entryPath = path.join(directory, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestModification(entryPath) : statSync(entryPath).mtimeMs);
	}

	return newest;
}

export type LinePty = {
	/** The visible rows. */
	screen: () => string;
	/** Everything written, scrollback included, wrapped rows joined into their logical lines. */
	transcript: () => string;
	/** The raw bytes the program wrote. */
	raw: () => string;
	write: (data: string) => void;
	waitForText: (text: string | RegExp, timeout?: number) => Promise<string>;
	/** Waits for the question, types the keys, and waits until it is answered. */
	answer: (message: string, ...keys: string[]) => Promise<void>;
	exited: Promise<{exitCode: number}>;
	kill: () => void;
};

function escape(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function spawnLine(args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string; columns?: number; rows?: number} = {}): LinePty {
	assertBuilt();
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 5000});
	const env = cleanEnv({CI: 'false', TERM: 'xterm-256color', ...options.env}) as Record<string, string>;
	const child = pty.spawn(process.execPath, [builtCli, ...args], {
		// node-pty sets TERM from the name, so a test's TERM=dumb has to go here too.
		name: env.TERM ?? 'xterm-256color',
		cols: columns,
		rows,
		cwd: options.cwd ?? root,
		env,
	});
	let raw = '';
	let pending = 0;
	child.onData(data => {
		raw += data;
		pending++;
		terminal.write(data, () => {
			pending--;
		});
	});
	const exited = new Promise<{exitCode: number}>(resolve => {
		child.onExit(({exitCode}) => {
			resolve({exitCode});
		});
	});

	const rowsBetween = (from: number, to: number, joinWrapped: boolean) => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let index = from; index < to; index++) {
			const line = buffer.getLine(index);
			const text = line?.translateToString(true) ?? '';
			if (joinWrapped && line?.isWrapped && lines.length > 0) {
				lines[lines.length - 1] += text;
			} else {
				lines.push(text);
			}
		}

		return lines.join('\n');
	};

	const screen = () => rowsBetween(terminal.buffer.active.baseY, terminal.buffer.active.baseY + terminal.rows, false);
	const transcript = () => rowsBetween(0, terminal.buffer.active.length, true);
	const waitForText = async (text: string | RegExp, timeout = 15_000) =>
		waitFor(
			() => {
				const now = transcript();
				return pending === 0 && (typeof text === 'string' ? now.includes(text) : text.test(now)) ? now : undefined;
			},
			() => `${String(text)} in:\n${screen()}`,
			{timeout, interval: 20},
		);

	return {
		screen,
		transcript,
		raw: () => raw,
		write(data) {
			child.write(data);
		},
		waitForText,
		async answer(message, ...typed) {
			const waiting = new RegExp(`^\\? ${escape(message)}`, 'm');
			// The same question may come straight back (the tags loop), so "answered" means one more
			// "✔ <message>" line in the transcript, not the question gone from the screen.
			const done = new RegExp(`^✔ ${escape(message)}`, 'gm');
			const answeredCount = () => transcript().match(done)?.length ?? 0;
			await waitFor(
				() => pending === 0 && waiting.test(screen()),
				() => `the question "? ${message}" on the screen:\n${screen()}`,
				{timeout: 15_000, interval: 20},
			);
			const before = answeredCount();
			for (const data of typed) {
				child.write(data);
			}

			await waitFor(
				() => pending === 0 && answeredCount() > before,
				() => `"? ${message}" to be answered with ${JSON.stringify(typed)}:\n${screen()}`,
				{timeout: 15_000, interval: 20},
			);
		},
		exited,
		kill() {
			child.kill();
		},
	};
}
