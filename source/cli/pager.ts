// AWS CLI v2 pages output on a terminal through AWS_PAGER, the profile's cli_pager, or PAGER,
// defaulting to `less` with LESS=FRX (quit if one screen, keep colours, no init). An empty
// value, --no-cli-pager or a non-terminal stdout print directly. As v2 does, the command is split
// with POSIX shell quoting (Python's shlex.split) and run without a shell. It is checked before
// the request is sent: v2 finds a missing pager only after creating the stage, and loses the
// tokens it would have printed.
import fs from 'node:fs';
import path from 'node:path';
import {UsageError} from '../basics/errors.js';
import type {CliIo} from './io.js';
import {writeAll} from './io.js';

export type PagerChoice = {command: string; source: string};

export function pagerCommand(env: NodeJS.ProcessEnv, profilePager: string | undefined): string | undefined {
	return choosePager(env, profilePager)?.command;
}

/** The pager command and where it came from, or undefined for none. */
export function choosePager(env: NodeJS.ProcessEnv, profilePager: string | undefined, profileName = 'default'): PagerChoice | undefined {
	const choice: PagerChoice = env.AWS_PAGER !== undefined
		? {command: env.AWS_PAGER, source: 'AWS_PAGER'}
		: profilePager === undefined
			? env.PAGER === undefined ? {command: 'less', source: 'the default pager'} : {command: env.PAGER, source: 'PAGER'}
			: {command: profilePager, source: `cli_pager of profile ${profileName}`};
	return choice.command.trim() === '' ? undefined : choice;
}

/**
 * The pager's argv, checked: it splits as a shell would quote it, and its program exists and can
 * be run. Throws UsageError (exit 252, nothing sent) naming where the command came from.
 */
export function checkPager(choice: PagerChoice, env: NodeJS.ProcessEnv): string[] {
	let argv: string[];
	try {
		argv = shellSplit(choice.command);
	} catch (error) {
		throw new UsageError(`Bad pager "${choice.command}" (from ${choice.source}): ${(error as Error).message}; nothing was sent`);
	}

	const [program] = argv;
	if (program === undefined) {
		return [];
	}

	if (process.platform !== 'win32' && !findExecutable(program, env)) {
		throw new UsageError(`Unable to redirect output to pager: [Errno 2] No such file or directory: '${program}' (from ${choice.source}); nothing was sent. Install it, or set AWS_PAGER='' to print without a pager`);
	}

	return argv;
}

export async function writeThroughPager(text: string, argv: readonly string[] | undefined, io: CliIo): Promise<void> {
	const [program, ...args] = argv ?? [];
	if (program === undefined || !io.stdout.isTTY || text === '') {
		await writeAll(io.stdout, text);
		return;
	}

	// Loaded here: only a terminal pages, and node:child_process costs every script run a few ms.
	const {spawn} = await import('node:child_process');
	const child = spawn(program, args, {
		stdio: ['pipe', 'inherit', 'inherit'],
		env: {...io.env, LESS: io.env.LESS ?? 'FRX'},
	});
	const closed = new Promise<number | null>(resolve => {
		child.on('close', resolve);
		child.on('error', () => resolve(null));
	});
	child.stdin.on('error', () => undefined);
	child.stdin.end(text);
	if ((await closed) === null) {
		// The pager could not start after all: the output must still reach the user.
		await writeAll(io.stdout, text);
	}
}

/** An executable regular file at that path, or by that name on PATH, as execvp would find it. */
export function findExecutable(program: string, env: NodeJS.ProcessEnv): boolean {
	const candidates = program.includes('/')
		? [program]
		: (env.PATH ?? '').split(path.delimiter).map(directory => path.join(directory || '.', program));
	return candidates.some(candidate => {
		try {
			if (!fs.statSync(candidate).isFile()) {
				return false;
			}

			fs.accessSync(candidate, fs.constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** Python's shlex.split (POSIX mode, no comments): quotes, backslashes, whitespace. */
export function shellSplit(command: string): string[] {
	const words: string[] = [];
	let word: string | undefined;
	let quote: '\'' | '"' | undefined;
	for (let index = 0; index < command.length; index++) {
		const character = command[index]!;
		if (quote === '\'') {
			if (character === '\'') {
				quote = undefined;
			} else {
				word = `${word ?? ''}${character}`;
			}
		} else if (quote === '"') {
			if (character === '"') {
				quote = undefined;
			} else if (character === '\\' && index + 1 < command.length && '\\"$`'.includes(command[index + 1]!)) {
				word = `${word ?? ''}${command[++index]!}`;
			} else {
				word = `${word ?? ''}${character}`;
			}
		} else if (character === '\'' || character === '"') {
			quote = character;
			word ??= '';
		} else if (character === '\\') {
			if (index + 1 >= command.length) {
				throw new Error('No escaped character');
			}

			word = (word ?? '') + command[++index];
		} else if (/\s/.test(character)) {
			if (word !== undefined) {
				words.push(word);
				word = undefined;
			}
		} else {
			word = (word ?? '') + character;
		}
	}

	if (quote) {
		throw new Error('No closing quotation');
	}

	if (word !== undefined) {
		words.push(word);
	}

	return words;
}
