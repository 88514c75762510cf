// The AWS CLI is Python, and a few of its answers follow from Python's string rules rather than
// from anything it documents: which characters count as whitespace, what int() accepts, and
// that positions count code points. Matching them here keeps our parse identical to its parse.

/** Every character for which Python's str.isspace() is true. */
const pythonSpaces = '\t\n\v\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';

export function isPythonSpace(character: string): boolean {
	return character.length > 0 && pythonSpaces.includes(character);
}

/** Python's str.rstrip(): JavaScript's trimEnd() disagrees on U+FEFF, U+0085 and U+001C–U+001F. */
export function pythonRstrip(text: string): string {
	let end = text.length;
	while (end > 0 && isPythonSpace(text[end - 1]!)) {
		end--;
	}

	return text.slice(0, end);
}

export function pythonStrip(text: string): string {
	let start = 0;
	while (start < text.length && isPythonSpace(text[start]!)) {
		start++;
	}

	return pythonRstrip(text.slice(start));
}

/** Python's string.whitespace, which the shorthand parser skips between tokens: ASCII only. */
export function isAsciiWhitespace(character: string): boolean {
	return character === ' ' || (character >= '\t' && character <= '\r');
}

const decimalDigits = /^\p{Nd}$/u;

/** The value of a Unicode decimal digit: digits come in runs of ten starting at zero. */
function digitValue(digit: string): number {
	const code = digit.codePointAt(0)!;
	let start = code;
	while (decimalDigits.test(String.fromCodePoint(start - 1))) {
		start--;
	}

	return (code - start) % 10;
}

const integerText = /^[+-]?\p{Nd}+(?:_\p{Nd}+)*$/u;

/** What Python's int(text) gives, or undefined where it raises ValueError. */
export function pythonInt(text: string): number | undefined {
	const stripped = pythonStrip(text);
	if (!integerText.test(stripped)) {
		return undefined;
	}

	let result = 0;
	for (const character of stripped) {
		if (character !== '+' && character !== '-' && character !== '_') {
			result = (result * 10) + digitValue(character);
		}
	}

	return stripped.startsWith('-') ? -result : result;
}

const digitPart = String.raw`\d(?:_?\d)*`;
const floatText = new RegExp(String.raw`^[+-]?(?:(?:${digitPart}\.(?:${digitPart})?|\.${digitPart}|${digitPart})(?:[eE][+-]?${digitPart})?|inf|infinity|nan)$`, 'i');

/** What Python's float(text) gives for ASCII text, or undefined where it raises ValueError. */
export function pythonFloat(text: string): number | undefined {
	const stripped = pythonStrip(text);
	if (!floatText.test(stripped)) {
		return undefined;
	}

	const plain = stripped.replaceAll('_', '').toLowerCase();
	const sign = plain.startsWith('-') ? -1 : 1;
	const unsigned = plain.replace(/^[+-]/, '');
	if (unsigned === 'nan') {
		return Number.NaN;
	}

	if (unsigned === 'inf' || unsigned === 'infinity') {
		return sign * Number.POSITIVE_INFINITY;
	}

	return Number(plain);
}

/** Python indexes strings by code point; JavaScript by UTF-16 unit. */
export function codePointOffset(text: string, utf16Index: number): number {
	let count = 0;
	for (let index = 0; index < utf16Index && index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0xDC_00 || code > 0xDF_FF || index === 0 || !isHighSurrogate(text.charCodeAt(index - 1))) {
			count++;
		}
	}

	return count;
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xD8_00 && code <= 0xDB_FF;
}

/** The whole character (code point) at a UTF-16 index, as Python's text[i] would give it. */
export function characterAt(text: string, utf16Index: number): string {
	const code = text.codePointAt(utf16Index);
	return code === undefined ? '' : String.fromCodePoint(code);
}

/** Python's repr() of a str, for error messages that quote a value as the AWS CLI does. */
export function pythonRepr(text: string): string {
	const quote = text.includes('\'') && !text.includes('"') ? '"' : '\'';
	let body = '';
	for (const character of text) {
		if (character === '\\') {
			body += '\\\\';
		} else if (character === quote) {
			body += `\\${quote}`;
		} else if (character === '\n') {
			body += '\\n';
		} else if (character === '\r') {
			body += '\\r';
		} else if (character === '\t') {
			body += '\\t';
		} else if (character < ' ' || character === '\u007F') {
			body += `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
		} else {
			body += character;
		}
	}

	return `${quote}${body}${quote}`;
}
