// The AWS CLI's shorthand syntax (`key=value,list=a,b,nested={k=v},explicit=[x,y]`), parsed the
// way awscli/shorthand.py's ShorthandParser parses it, rule for rule, so that any value a user
// already passes to `aws ivs-realtime create-stage` means the same thing here. This file is the
// syntax only; shorthand-model.ts applies the model's types afterwards, as the AWS CLI does, and
// shorthand-errors.ts words what it refuses.
import {nestingLimit} from '../basics/nesting.js';
import {ShorthandDuplicateKeyError, ShorthandNestingError, ShorthandSyntaxError} from './shorthand-errors.js';
import {characterAt, isAsciiWhitespace, pythonRstrip} from './python-text.js';

export type ShorthandValue = string | ShorthandValue[] | ShorthandObject;
export type ShorthandObject = {[key: string]: ShorthandValue};

// The character classes of awscli's regular expressions. Python matches code points, so these
// use the u flag: a character above U+FFFF is outside every class, as it is in the AWS CLI.
// Its \s is Python's, which adds U+001C–U+001F to JavaScript's; above U+007B the classes cover
// every other whitespace character anyway.
const pythonSpaceClass = String.raw`\t-\r\x1C-\x20`;
const startWord = String.raw`!#-&(-+\--<>-Z\\-z|-\u{FFFF}`;
const firstFollow = String.raw`${pythonSpaceClass}!#-&(-+\--\\^-|~-\u{FFFF}`;
const secondFollow = String.raw`${pythonSpaceClass}!#-&(-+\--<>-\u{FFFF}`;
const escapedComma = String.raw`\\,`;

type NamedPattern = {name: string; regex: RegExp};

const firstValue: NamedPattern = {
	name: 'first',
	regex: new RegExp(`(?:${escapedComma}|[${startWord}])(?:${escapedComma}|[${firstFollow}])*`, 'uy'),
};
const secondValue: NamedPattern = {
	name: 'second',
	regex: new RegExp(`(?:${escapedComma}|[${startWord}])(?:${escapedComma}|[${secondFollow}])*`, 'uy'),
};
// awscli names this one "singled quoted"; its error messages say so.
const singleQuoted: NamedPattern = {name: 'singled quoted', regex: /'(?:\\\\|\\'|[^'])*'/uy};
const doubleQuoted: NamedPattern = {name: 'double quoted', regex: /"(?:\\\\|\\"|[^"])*"/uy};

const keyCharacters = /[a-zA-Z0-9\-_.#/:]/;

/** Parses one shorthand value (one shell word) into strings, lists and objects. */
export function parseShorthand(input: string): ShorthandObject {
	return new ShorthandParser(input).parameter();
}

class ShorthandParser {
	private index = 0;
	private depth = 0;

	constructor(private readonly input: string) {}

	// parameter = keyval *("," keyval)
	parameter(): ShorthandObject {
		const parameters: ShorthandObject = {};
		const [firstKey, firstValue] = this.keyValue();
		setOwn(parameters, firstKey, firstValue);
		let lastIndex = this.index;
		while (this.index < this.input.length) {
			this.expect(',', true);
			const [key, value] = this.keyValue();
			// A key given twice is nearly always `a=1,a=2` meant as two list items (`a=1 a=2`).
			if (Object.hasOwn(parameters, key)) {
				throw new ShorthandDuplicateKeyError(key, this.input, lastIndex + 1);
			}

			setOwn(parameters, key, value);
			lastIndex = this.index;
		}

		return parameters;
	}

	// keyval = key "=" [values]
	private keyValue(): [string, ShorthandValue] {
		const key = this.key();
		this.expect('=', true);
		return [key, this.values()];
	}

	private key(): string {
		const start = this.index;
		while (!this.atEof() && keyCharacters.test(this.input[this.index]!)) {
			this.index++;
		}

		return this.input.slice(start, this.index);
	}

	// values = csv-list / explicit-list / hash-literal
	private values(): ShorthandValue {
		if (this.atEof()) {
			return '';
		}

		if (this.current() === '[') {
			return this.explicitList();
		}

		if (this.current() === '{') {
			return this.hashLiteral();
		}

		return this.csvValue();
	}

	// `foo=bar` is the scalar 'bar'; `foo=bar,baz` the list ['bar', 'baz'], up to where `key=` starts.
	private csvValue(): ShorthandValue {
		const first = this.firstValue();
		this.consumeWhitespace();
		if (this.atEof() || this.input[this.index] !== ',') {
			return first;
		}

		this.expect(',', true);
		const list: ShorthandValue[] = [first];
		for (;;) {
			try {
				const current = this.secondValue();
				this.consumeWhitespace();
				if (this.atEof()) {
					list.push(current);
					break;
				}

				this.expect(',', true);
				list.push(current);
			} catch (error) {
				if (!(error instanceof ShorthandSyntaxError) || this.atEof()) {
					throw error;
				}

				// `foo=a,b,c=d`: the failure is at '=', so `c` starts the next key; give the comma back.
				this.backtrackTo(',');
				break;
			}
		}

		return list.length === 1 ? first : list;
	}

	private value(): string {
		const matched = this.matchAt(firstValue.regex);
		if (matched === undefined) {
			return '';
		}

		this.index += matched.length;
		return pythonRstrip(matched.replaceAll('\\,', ','));
	}

	// explicit-list = "[" [value *("," value)] "]"
	private explicitList(): ShorthandValue[] {
		this.enter();
		this.expect('[', true);
		const values: ShorthandValue[] = [];
		while (this.current() !== ']') {
			values.push(this.explicitValues());
			this.consumeWhitespace();
			if (this.current() !== ']') {
				this.expect(',');
				this.consumeWhitespace();
			}
		}

		this.expect(']');
		this.depth--;
		return values;
	}

	/** Lists and hashes recurse; past the limit the parse stops instead of the stack. */
	private enter(): void {
		this.depth++;
		if (this.depth > nestingLimit) {
			throw new ShorthandNestingError(this.input, this.index);
		}
	}

	private explicitValues(): ShorthandValue {
		if (this.current() === '[') {
			return this.explicitList();
		}

		if (this.current() === '{') {
			return this.hashLiteral();
		}

		return this.firstValue();
	}

	private hashLiteral(): ShorthandObject {
		this.enter();
		this.expect('{', true);
		const entries: ShorthandObject = {};
		while (this.current() !== '}') {
			const key = this.key();
			this.expect('=', true);
			const value = this.explicitValues();
			this.consumeWhitespace();
			if (this.current() !== '}') {
				this.expect(',');
				this.consumeWhitespace();
			}

			// Unlike the top level, the AWS CLI lets a later key inside {...} replace an earlier one.
			setOwn(entries, key, value);
		}

		this.expect('}');
		this.depth--;
		return entries;
	}

	// first-value = value / single-quoted-val / double-quoted-val
	private firstValue(): string {
		if (this.current() === '\'') {
			return this.quoted(singleQuoted, '\'');
		}

		if (this.current() === '"') {
			return this.quoted(doubleQuoted, '"');
		}

		return this.value();
	}

	private secondValue(): string {
		if (this.current() === '\'') {
			return this.quoted(singleQuoted, '\'');
		}

		if (this.current() === '"') {
			return this.quoted(doubleQuoted, '"');
		}

		return pythonRstrip(this.mustConsume(secondValue).replaceAll('\\,', ','));
	}

	private quoted(pattern: NamedPattern, quote: string): string {
		return this.mustConsume(pattern)
			.slice(1, -1)
			.replaceAll(`\\${quote}`, quote)
			.replaceAll('\\\\', '\\');
	}

	private expect(character: string, consumeWhitespace = false): void {
		if (consumeWhitespace) {
			this.consumeWhitespace();
		}

		if (this.index >= this.input.length) {
			throw new ShorthandSyntaxError(this.input, character, 'EOF', this.index);
		}

		const actual = characterAt(this.input, this.index);
		if (actual !== character) {
			throw new ShorthandSyntaxError(this.input, character, actual, this.index);
		}

		this.index++;
		if (consumeWhitespace) {
			this.consumeWhitespace();
		}
	}

	private mustConsume(pattern: NamedPattern): string {
		const matched = this.matchAt(pattern.regex);
		if (matched === undefined) {
			throw new ShorthandSyntaxError(this.input, `<${pattern.name}>`, '<none>', this.index);
		}

		this.index += matched.length;
		return matched;
	}

	private matchAt(regex: RegExp): string | undefined {
		regex.lastIndex = this.index;
		return regex.exec(this.input)?.[0];
	}

	/** The character at the cursor, or '' at the end (awscli's _EOF never equals a character). */
	private current(): string {
		return this.index < this.input.length ? this.input[this.index]! : '';
	}

	private atEof(): boolean {
		return this.index >= this.input.length;
	}

	private backtrackTo(character: string): void {
		while (this.index >= 0 && this.input[this.index] !== character) {
			this.index--;
		}
	}

	private consumeWhitespace(): void {
		while (!this.atEof() && isAsciiWhitespace(this.input[this.index]!)) {
			this.index++;
		}
	}
}

/** Assigns without ever touching a prototype, whatever the key (`__proto__` included). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}
