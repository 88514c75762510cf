// The byte-level half of libyaml's emitter.c (read, not copied): the column, indentation and
// "after whitespace" state, indicators, anchors, and the three scalar styles with their escapes and
// folding at column 80. yaml-emitter.ts decides what to write; this decides how it lands. Columns
// count code points, as libyaml does.
import {isBreak, isPrintable, type Printable} from './yaml-scalar-analysis.js';

const bestIndent = 2;
/** Past this column a scalar folds at its next space and a flow collection starts a new line. */
export const bestWidth = 80;

const namedEscapes = new Map<number, string>([
	[0x00, '0'],
	[0x07, 'a'],
	[0x08, 'b'],
	[0x09, 't'],
	[0x0a, 'n'],
	[0x0b, 'v'],
	[0x0c, 'f'],
	[0x0d, 'r'],
	[0x1b, 'e'],
	[0x22, '"'],
	[0x5c, '\\'],
	[0x85, 'N'],
	[0xa0, '_'],
	[0x2028, 'L'],
	[0x2029, 'P'],
]);

function escapeFor(codePoint: number): string {
	const named = namedEscapes.get(codePoint);
	if (named) {
		return named;
	}

	const hex = codePoint.toString(16).toUpperCase();
	if (codePoint <= 0xff) {
		return `x${hex.padStart(2, '0')}`;
	}

	return codePoint <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`;
}

export class YamlWriter {
	#output = '';
	#column = 0;
	#whitespace = true;
	#indention = true;
	#indent = -1;
	readonly #indents: number[] = [];

	/** Which characters a double-quoted scalar writes as they are; the rest become escapes. */
	constructor(private readonly printable: Printable = isPrintable) {}

	/** Everything written so far. */
	get text(): string {
		return this.#output;
	}

	/** The column the next character lands in. */
	get column(): number {
		return this.#column;
	}

	/** Nothing but indentation (and block indicators) written on this line yet. */
	get indention(): boolean {
		return this.#indention;
	}

	put(text: string): void {
		this.#output += text;
		this.#column++;
	}

	increaseIndent(flow: boolean, indentless: boolean): void {
		this.#indents.push(this.#indent);
		if (this.#indent < 0) {
			this.#indent = flow ? bestIndent : 0;
		} else if (!indentless) {
			this.#indent += bestIndent;
		}
	}

	popIndent(): void {
		this.#indent = this.#indents.pop() ?? -1;
	}

	writeIndent(): void {
		const indent = Math.max(this.#indent, 0);
		if (!this.#indention || this.#column > indent || (this.#column === indent && !this.#whitespace)) {
			this.putBreak();
		}

		while (this.#column < indent) {
			this.put(' ');
		}

		this.#whitespace = true;
		this.#indention = true;
	}

	writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
		if (needWhitespace && !this.#whitespace) {
			this.put(' ');
		}

		for (const character of indicator) {
			this.put(character);
		}

		this.#whitespace = isWhitespace;
		this.#indention = this.#indention && isIndention;
	}

	/** `&name` where a node is first written, `*name` where it is met again. */
	writeAnchor(indicator: '&' | '*', anchor: string): void {
		this.writeIndicator(indicator, true, false, false);
		for (const character of anchor) {
			this.put(character);
		}

		this.#whitespace = false;
		this.#indention = false;
	}

	/** The non-specific tag `!`: a non-string that has to be quoted keeps its type through it. */
	writeNonSpecificTag(): void {
		if (!this.#whitespace) {
			this.put(' ');
		}

		this.put('!');
		this.#whitespace = false;
		this.#indention = false;
	}

	/** `flow`: inside a flow collection, where even an empty plain scalar is set off by a space. */
	writePlain(characters: string[], length: number, allowBreaks: boolean, flow: boolean): void {
		if (!this.#whitespace && (length > 0 || flow)) {
			this.put(' ');
		}

		this.writeFoldable(characters, allowBreaks, false);
		this.#whitespace = false;
		this.#indention = false;
	}

	writeSingleQuoted(characters: string[], allowBreaks: boolean): void {
		this.writeIndicator('\'', true, false, false);
		if (this.writeFoldable(characters, allowBreaks, true)) {
			this.writeIndent();
		}

		this.writeIndicator('\'', false, false, false);
		this.#whitespace = false;
		this.#indention = false;
	}

	writeDoubleQuoted(characters: string[], allowBreaks: boolean): void {
		this.writeIndicator('"', true, false, false);
		let spaces = false;
		const last = characters.length - 1;
		for (let index = 0; index < characters.length; index++) {
			const character = characters[index]!;
			const codePoint = character.codePointAt(0)!;
			if (!this.printable(codePoint) || isBreak(character) || character === '"' || character === '\\') {
				this.put('\\');
				for (const escaped of escapeFor(codePoint)) {
					this.put(escaped);
				}

				spaces = false;
			} else if (character === ' ') {
				if (allowBreaks && !spaces && this.#column > bestWidth && index !== 0 && index !== last) {
					this.writeIndent();
					if (characters[index + 1] === ' ') {
						this.put('\\');
					}
				} else {
					this.put(character);
				}

				spaces = true;
			} else {
				this.put(character);
				spaces = false;
			}
		}

		this.writeIndicator('"', false, false, false);
		this.#whitespace = false;
		this.#indention = false;
	}

	/**
	 * The text of a plain or a single-quoted scalar, which libyaml writes alike: folded at a single
	 * space past the width, line breaks kept. A quoted one does not fold at its first or last
	 * character and doubles its quotes. Says whether the text ended in a line break.
	 */
	private writeFoldable(characters: string[], allowBreaks: boolean, quoted: boolean): boolean {
		let spaces = false;
		let breaks = false;
		const last = characters.length - 1;
		for (let index = 0; index < characters.length; index++) {
			const character = characters[index]!;
			if (character === ' ') {
				const atEnd = quoted && (index === 0 || index === last);
				if (allowBreaks && !spaces && this.#column > bestWidth && !atEnd && characters[index + 1] !== ' ') {
					this.writeIndent();
				} else {
					this.put(character);
				}

				spaces = true;
			} else if (isBreak(character)) {
				this.writeScalarBreak(character, breaks);
				breaks = true;
			} else {
				if (breaks) {
					this.writeIndent();
				}

				if (quoted && character === '\'') {
					this.put('\'');
				}

				this.put(character);
				this.#indention = false;
				spaces = false;
				breaks = false;
			}
		}

		return breaks;
	}

	private putBreak(): void {
		this.#output += '\n';
		this.#column = 0;
	}

	/** WRITE_BREAK: a \n becomes the line break; other breaks (NEL, LS, PS, CR) are written as they are. */
	private writeBreak(character: string): void {
		if (character === '\n') {
			this.putBreak();
		} else {
			this.#output += character;
			this.#column = 0;
		}
	}

	/**
	 * A line break inside a plain or single-quoted scalar. A lone \n would read back as a space
	 * (line folding), so the first \n of a run is written twice.
	 */
	private writeScalarBreak(character: string, afterBreak: boolean): void {
		if (!afterBreak && character === '\n') {
			this.putBreak();
		}

		this.writeBreak(character);
		this.#indention = true;
	}
}
