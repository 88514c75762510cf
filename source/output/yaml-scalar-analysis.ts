// Which styles can carry a scalar's text, as libyaml's yaml_emitter_analyze_scalar decides it (read,
// not copied): the emitter picks plain, single-quoted or double-quoted from this, and whether a key
// may be simple from its length and line breaks. Characters are code points, as libyaml reads them.

export type ScalarAnalysis = {
	/** UTF-8 length, which the simple-key limit counts. */
	length: number;
	multiline: boolean;
	flowPlainAllowed: boolean;
	blockPlainAllowed: boolean;
	singleQuotedAllowed: boolean;
};

export function isBreak(character: string | undefined): boolean {
	return character === '\r' || character === '\n' || character === '\u0085' || character === '\u2028' || character === '\u2029';
}

function isBlank(character: string | undefined): boolean {
	return character === ' ' || character === '\t';
}

/** Blank, break, NUL, or the end of the text (libyaml reads the terminating NUL there). */
function isBlankOrEnd(character: string | undefined): boolean {
	return character === undefined || character === '\0' || isBlank(character) || isBreak(character);
}

/** libyaml's IS_PRINTABLE, decoded from its UTF-8 byte tests: astral characters are not "printable". */
export function isPrintable(codePoint: number): boolean {
	return codePoint === 0x0a
		|| (codePoint >= 0x20 && codePoint <= 0x7e)
		|| (codePoint >= 0xa0 && codePoint <= 0xd7ff)
		|| (codePoint >= 0xe000 && codePoint <= 0xfffd && codePoint !== 0xfeff);
}

export type Printable = (codePoint: number) => boolean;

const invisible = /[\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * On a terminal, the invisible characters the other formats show as escapes (bidi controls such as
 * U+202E, zero-width and other format characters, the line and paragraph separators) are not
 * printable either: the scalar is double-quoted and they are written as YAML's own escapes
 * (`\u202E`, `\L`), which a YAML reader reads back as the same text. Piped, v2's bytes are kept.
 */
export function isPrintableOnTerminal(codePoint: number): boolean {
	return isPrintable(codePoint) && !invisible.test(String.fromCodePoint(codePoint));
}

function utf8Length(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

const startIndicators = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']);
const flowIndicators = new Set([',', '?', '[', ']', '{', '}']);

/** yaml_emitter_analyze_scalar: which styles can carry this text. */
export function analyzeScalar(value: string, printable: Printable = isPrintable): ScalarAnalysis {
	const characters = [...value];
	const length = utf8Length(value);
	if (characters.length === 0) {
		return {length, multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true};
	}

	let blockIndicators = false;
	let flowIndicatorsFound = false;
	let lineBreaks = false;
	let specialCharacters = false;
	let leadingSpace = false;
	let leadingBreak = false;
	let trailingSpace = false;
	let trailingBreak = false;
	let breakSpace = false;
	let spaceBreak = false;
	let previousSpace = false;
	let previousBreak = false;

	if (value.startsWith('---') || value.startsWith('...')) {
		blockIndicators = true;
		flowIndicatorsFound = true;
	}

	let precededByWhitespace = true;
	let followedByWhitespace = isBlankOrEnd(characters[1]);
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index]!;
		if (index === 0) {
			if (startIndicators.has(character)) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}

			if (character === '?' || character === ':') {
				flowIndicatorsFound = true;
				if (followedByWhitespace) {
					blockIndicators = true;
				}
			}

			if (character === '-' && followedByWhitespace) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}
		} else {
			if (flowIndicators.has(character)) {
				flowIndicatorsFound = true;
			}

			if (character === ':') {
				flowIndicatorsFound = true;
				if (followedByWhitespace) {
					blockIndicators = true;
				}
			}

			if (character === '#' && precededByWhitespace) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}
		}

		if (!printable(character.codePointAt(0)!)) {
			specialCharacters = true;
		}

		if (isBreak(character)) {
			lineBreaks = true;
		}

		const last = index === characters.length - 1;
		if (character === ' ') {
			leadingSpace ||= index === 0;
			trailingSpace ||= last;
			breakSpace ||= previousBreak;
			previousSpace = true;
			previousBreak = false;
		} else if (isBreak(character)) {
			leadingBreak ||= index === 0;
			trailingBreak ||= last;
			spaceBreak ||= previousSpace;
			previousSpace = false;
			previousBreak = true;
		} else {
			previousSpace = false;
			previousBreak = false;
		}

		precededByWhitespace = isBlankOrEnd(character);
		if (!last) {
			followedByWhitespace = isBlankOrEnd(characters[index + 2]);
		}
	}

	const analysis: ScalarAnalysis = {length, multiline: lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true, singleQuotedAllowed: true};
	if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
	}

	if (breakSpace || spaceBreak || specialCharacters) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
		analysis.singleQuotedAllowed = false;
	}

	if (lineBreaks) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
	}

	if (flowIndicatorsFound) {
		analysis.flowPlainAllowed = false;
	}

	if (blockIndicators) {
		analysis.blockPlainAllowed = false;
	}

	return analysis;
}
