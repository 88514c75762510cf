// How Python turns values into text, for the formatters that follow AWS CLI v2 (a Python program):
// str() of scalars in text and table output, repr() of the odd container that lands in a cell,
// float repr in json, and sorted()'s code point order of keys.

/** Python's repr() of a float: the shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function pythonFloatRepr(value: number): string {
	if (Number.isNaN(value)) {
		return 'nan';
	}

	if (!Number.isFinite(value)) {
		return value > 0 ? 'inf' : '-inf';
	}

	if (Number.isInteger(value) && Math.abs(value) < 1e16) {
		// An integral float keeps its ".0" in Python (2.0); see pythonNumber for why ints do not.
		return Object.is(value, -0) ? '-0.0' : `${String(value)}.0`;
	}

	// toExponential() without digits gives the shortest digits that round-trip, as repr does.
	const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
	const exponent = Number(exponentText);
	if (exponent >= -4 && exponent < 16) {
		// JavaScript prints this range in positional form too (it switches only below 1e-7).
		return String(value);
	}

	const sign = exponent < 0 ? '-' : '+';
	return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/**
 * A number as Python prints it. The JSON the service sends has ints for every number of this
 * model, and the SDK hands them over as JavaScript numbers, so integral values print as ints.
 */
export function pythonNumber(value: number): string {
	if (Number.isInteger(value)) {
		return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
	}

	return pythonFloatRepr(value);
}

// Python's str.isprintable() is false for these categories (the space excepted); Node's Unicode
// tables are newer than Python 3.11's, which only matters for characters assigned since.
const notPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str: single quotes unless the text holds ' and no "; non-printables escaped. */
export function pythonStringRepr(text: string): string {
	const quote = text.includes('\'') && !text.includes('"') ? '"' : '\'';
	let result = quote;
	for (const character of text) {
		const codePoint = character.codePointAt(0)!;
		if (character === quote || character === '\\') {
			result += `\\${character}`;
		} else if (character === '\n') {
			result += '\\n';
		} else if (character === '\r') {
			result += '\\r';
		} else if (character === '\t') {
			result += '\\t';
		} else if (character !== ' ' && notPrintable.test(character)) {
			const hex = codePoint.toString(16);
			result += codePoint < 0x100 ? `\\x${hex.padStart(2, '0')}` : codePoint < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
		} else {
			result += character;
		}
	}

	return result + quote;
}

/** Python's repr() of plain data (what str() of a dict or list prints). */
export function pythonRepr(value: unknown): string {
	if (typeof value === 'string') {
		return pythonStringRepr(value);
	}

	if (Array.isArray(value)) {
		return `[${value.map(item => pythonRepr(item)).join(', ')}]`;
	}

	if (value !== null && typeof value === 'object') {
		return `{${Object.entries(value).map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`).join(', ')}}`;
	}

	return pythonStr(value);
}

/** Python's str() of a value of plain data: True/False/None, ints, float repr, repr of containers. */
export function pythonStr(value: unknown): string {
	if (typeof value === 'string') {
		return value;
	}

	if (value === null || value === undefined) {
		return 'None';
	}

	if (typeof value === 'boolean') {
		return value ? 'True' : 'False';
	}

	if (typeof value === 'number') {
		return pythonNumber(value);
	}

	if (typeof value === 'bigint') {
		return value.toString();
	}

	return pythonRepr(value);
}

/** Python's falsiness (None, False, 0, '', [], {}), which decides whether v2 prints a table at all. */
export function isPythonFalsy(value: unknown): boolean {
	if (value === null || value === undefined || value === false || value === 0 || value === '') {
		return true;
	}

	if (Array.isArray(value)) {
		return value.length === 0;
	}

	return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Whether a value is a dict in Python's eyes (a plain object, not a list). */
export function isDict(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Python's sorted() order of str: by code point, where JavaScript's default is by UTF-16 unit. */
export function compareCodePoints(left: string, right: string): number {
	if (left === right) {
		return 0;
	}

	const length = Math.min(left.length, right.length);
	for (let index = 0; index < length; index++) {
		const a = left.charCodeAt(index);
		const b = right.charCodeAt(index);
		if (a !== b) {
			// Surrogates (astral code points) sort after every BMP unit, U+E000 to U+FFFF included.
			const surrogateA = a >= 0xd800 && a <= 0xdfff;
			const surrogateB = b >= 0xd800 && b <= 0xdfff;
			if (surrogateA !== surrogateB) {
				return surrogateA ? 1 : -1;
			}

			return a - b;
		}
	}

	return left.length - right.length;
}

/** The keys of a dict in Python's sorted() order. */
export function sortedKeys(value: Record<string, unknown>): string[] {
	return Object.keys(value).sort(compareCodePoints);
}
