// Lines typed at a terminal that cannot move its cursor (TERM=dumb, an Emacs shell buffer, a serial
// console): raw mode for the length of a question, so Ctrl+C and Ctrl+D reach us as keys (in the
// terminal's own cooked mode Ctrl+C would be a SIGINT that exits before the draft or a made stage
// is named), with the editing done here in the only moves such a terminal has: printable characters
// appended, Backspace as "\b \b". Arrow keys and every other escape sequence are swallowed, so no
// escape byte is ever echoed. Lines typed ahead (a paste of several answers) answer the next questions.
import {emitKeypressEvents} from 'node:readline';
import {isEastAsianWide} from '../output/east-asian-width.js';
import type {InputEnd} from '../basics/prompt-end.js';

export type TypedLines = {
	/** Writes `prompt`, then resolves with the next line typed (without its line end). */
	read(prompt: string): Promise<string>;
};

type Key = {name?: string; ctrl?: boolean; meta?: boolean; sequence?: string} | undefined;

type Waiting = {resolve: (line: string) => void; reject: (error: Error) => void};

// Longer than anything a field takes (attributes are at most 1 KB): a paste beyond it is cut, not kept in memory.
const maxLineLength = 100_000;

/** The error inquirer's prompts end with, by name, so isPromptExit and inputEndOf treat both alike. */
function promptEnded(name: 'ExitPromptError' | 'AbortPromptError', cause?: InputEnd): Error {
	const error = new Error(name === 'ExitPromptError' ? 'User force closed the prompt' : 'Prompt was aborted', cause ? {cause} : {});
	error.name = name;
	return error;
}

function isPrintable(text: string): boolean {
	// C0, DEL and C1 controls: none is ever echoed, whatever the key parser made of it.
	return text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(text);
}

function columnsOf(character: string): number {
	return isEastAsianWide(character.codePointAt(0) ?? 0) ? 2 : 1;
}

export function typedLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): TypedLines {
	const tty = input as Partial<NodeJS.ReadStream>;
	// Lines, Ctrl+C and Ctrl+D that came while no question was open, for the next ones in order.
	const typedAhead: Array<string | Error> = [];
	let current: string[] = [];
	let waiting: Waiting | undefined;
	// The input's end: every question after it ends the same way.
	let closed: Error | undefined;
	let afterReturn = false;
	let listening = false;

	const setRaw = (raw: boolean) => {
		if (tty.isTTY && typeof tty.setRawMode === 'function') {
			tty.setRawMode(raw);
		}
	};

	const settle = (outcome: {line: string} | {error: Error}) => {
		const question = waiting;
		waiting = undefined;
		setRaw(false);
		input.pause();
		if ('line' in outcome) {
			question?.resolve(outcome.line);
		} else {
			question?.reject(outcome.error);
		}
	};

	const end = (error: Error) => {
		if (waiting) {
			settle({error});
		} else {
			typedAhead.push(error);
		}
	};

	const submit = () => {
		const line = current.join('');
		current = [];
		if (waiting) {
			output.write('\n');
			settle({line});
		} else {
			typedAhead.push(line);
		}
	};

	const onKeypress = (text: string | undefined, key: Key) => {
		const name = key?.name;
		const wasReturn = afterReturn;
		afterReturn = name === 'return';
		if (afterReturn) {
			// Only a "\n" in the same read as the "\r" is its pair (a paste). A "\n" read later is an Enter
			// of its own: the terminal's cooked mode turns a "\r" typed between questions into one.
			queueMicrotask(() => {
				afterReturn = false;
			});
		}

		if (key?.ctrl && name === 'c') {
			end(promptEnded('ExitPromptError'));
		} else if (key?.ctrl && name === 'd') {
			// As readline: Ctrl+D ends the input only on an empty line.
			if (current.length === 0) {
				end(promptEnded('AbortPromptError', 'ctrl-d'));
			}
		} else if (name === 'return' || (name === 'enter' && !wasReturn)) {
			// "\r\n" from a paste is one line end, not an empty answer to the next question.
			submit();
		} else if (name === 'backspace') {
			const removed = current.pop();
			if (removed !== undefined && waiting) {
				output.write('\b \b'.repeat(columnsOf(removed)));
			}
		} else if (key?.ctrl && name === 'u') {
			const width = current.reduce((sum, character) => sum + columnsOf(character), 0);
			current = [];
			if (waiting && width > 0) {
				output.write('\b \b'.repeat(width));
			}
		} else if (text !== undefined && !key?.ctrl && !key?.meta && isPrintable(text) && !key?.sequence?.startsWith('\u001B')) {
			const characters = [...text].slice(0, maxLineLength - current.length);
			current.push(...characters);
			if (waiting && characters.length > 0) {
				output.write(characters.join(''));
			}
		}
	};

	const onEnd = () => {
		closed = promptEnded('AbortPromptError', 'closed');
		if (waiting) {
			settle({error: closed});
		}
	};

	const listen = () => {
		if (listening) {
			return;
		}

		listening = true;
		emitKeypressEvents(input);
		input.on('keypress', onKeypress);
		input.once('end', onEnd);
		if (tty.readableEnded) {
			onEnd();
		}
	};

	return {
		async read(prompt) {
			listen();
			output.write(prompt);
			const ahead = typedAhead.shift() ?? closed;
			if (typeof ahead === 'string') {
				output.write(`${ahead}\n`);
				return ahead;
			}

			if (ahead) {
				throw ahead;
			}

			output.write(current.join(''));
			return new Promise<string>((resolve, reject) => {
				waiting = {resolve, reject};
				setRaw(true);
				input.resume();
			});
		},
	};
}
