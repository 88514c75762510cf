// What the shorthand parser refuses, each error one line: the AWS CLI's wording where it has one,
// then the input (escaped if it spans lines, cut around the spot if long) and the column.
import {nestingMessage} from '../basics/nesting.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {codePointOffset} from './python-text.js';

/** A parse failure at a position of the input; `describe()` gives it as one line. */
export abstract class ShorthandError extends Error {
	constructor(
		message: string,
		readonly input: string,
		/** UTF-16 index into input. */
		readonly index: number,
	) {
		super(message);
		this.name = new.target.name;
	}

	/** One line: what was wrong, in which input, at which column (code points, 1-based). */
	abstract describe(): string;

	protected location(): string {
		const before = this.input.slice(0, this.index);
		const lastNewline = before.lastIndexOf('\n');
		const column = codePointOffset(this.input, this.index) - codePointOffset(this.input, lastNewline + 1) + 1;
		const where = lastNewline === -1 && !this.input.includes('\n')
			? `column ${column}`
			: `line ${before.split('\n').length}, column ${column}`;
		return `${quoteInput(this.input, this.index)} (at ${where})`;
	}
}

export class ShorthandSyntaxError extends ShorthandError {
	constructor(
		input: string,
		readonly expected: string,
		readonly actual: string,
		index: number,
	) {
		super(`Expected: '${expected}', received: '${actual}'`, input, index);
	}

	describe(): string {
		// The character found may be a control character (an ESC typed into a value): shown escaped.
		return `Expected: '${neutraliseControlCharacters(this.expected)}', received: '${neutraliseControlCharacters(this.actual)}' for input: ${this.location()}`;
	}
}

/** `{a={b={…` or `[[[…` past the one nesting limit every structured input has. */
export class ShorthandNestingError extends ShorthandError {
	constructor(input: string, index: number) {
		super(`Nested too deeply`, input, index);
	}

	describe(): string {
		return `${nestingMessage} for input: ${this.location()}`;
	}
}

export class ShorthandDuplicateKeyError extends ShorthandError {
	constructor(
		readonly key: string,
		input: string,
		index: number,
	) {
		super(`Second instance of key "${key}"`, input, index);
	}

	describe(): string {
		return `Second instance of key "${this.key}" encountered for input: ${this.location()}; this is often because there is a preceding "," instead of a space`;
	}
}

const contextWidth = 40;

/** The input as one line: escaped if it spans lines, and cut around the error if it is long. */
function quoteInput(input: string, index: number): string {
	const characters = [...input];
	const at = codePointOffset(input, index);
	let shown = characters;
	let prefix = '';
	let suffix = '';
	if (characters.length > contextWidth * 2) {
		const start = Math.max(0, at - contextWidth);
		const end = Math.min(characters.length, at + contextWidth);
		shown = characters.slice(start, end);
		prefix = start > 0 ? '…' : '';
		suffix = end < characters.length ? '…' : '';
	}

	const text = shown.join('');
	const body = /[\u0000-\u001F\u007F]/.test(text) ? JSON.stringify(text).slice(1, -1) : text;
	return `${prefix}${body}${suffix}`;
}
