// --output json as AWS CLI v2 prints it: Python's json.dump(indent=4, ensure_ascii=False) plus a
// newline, nothing at all for an empty dict (v2's "no response body" rule), members in the order
// of the data (normalise-response.ts puts them in the model's order first).
import {replaceHiddenCharacters} from '../basics/control-characters.js';
import type {PlainData} from './normalise-response.js';
import {isDict, pythonFloatRepr, pythonNumber} from './python-text.js';

const indentUnit = '    ';

/**
 * A JSON string as Python writes it with ensure_ascii=False, which escapes the same characters as
 * JSON.stringify (", \, and C0 controls, \uXXXX in lower case). On a terminal, DEL, C1 controls
 * (which Python leaves raw, and some terminals obey) and the invisible characters of
 * control-characters.ts (bidi overrides, zero-width, U+2028) are escaped too: the same data, safely shown.
 */
function encodeString(text: string, terminal: boolean): string {
	const encoded = JSON.stringify(text);
	return terminal ? replaceHiddenCharacters(encoded, jsonEscape) : encoded;
}

/** \uXXXX for each UTF-16 unit, as JSON writes a character outside the BMP. */
function jsonEscape(character: string): string {
	return Array.from({length: character.length}, (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join('');
}

function encodeNumber(value: number): string {
	// Python's json writes floats with repr() and these three as bare words.
	if (Number.isNaN(value)) {
		return 'NaN';
	}

	if (!Number.isFinite(value)) {
		return value > 0 ? 'Infinity' : '-Infinity';
	}

	return Number.isInteger(value) ? pythonNumber(value) : pythonFloatRepr(value);
}

function encode(value: unknown, depth: number, terminal: boolean): string {
	if (value === null || value === undefined) {
		return 'null';
	}

	if (typeof value === 'boolean') {
		return value ? 'true' : 'false';
	}

	if (typeof value === 'number') {
		return encodeNumber(value);
	}

	if (typeof value === 'string') {
		return encodeString(value, terminal);
	}

	const inner = indentUnit.repeat(depth + 1);
	const outer = indentUnit.repeat(depth);
	if (Array.isArray(value)) {
		if (value.length === 0) {
			return '[]';
		}

		return `[\n${value.map(item => inner + encode(item, depth + 1, terminal)).join(',\n')}\n${outer}]`;
	}

	if (isDict(value)) {
		const entries = Object.entries(value);
		if (entries.length === 0) {
			return '{}';
		}

		return `{\n${entries.map(([key, item]) => `${inner}${encodeString(key, terminal)}: ${encode(item, depth + 1, terminal)}`).join(',\n')}\n${outer}}`;
	}

	return encodeString(String(value), terminal);
}

/** Python's json.dumps(value, indent=4, ensure_ascii=False), without a trailing newline (for a scalar, indent makes no difference). */
export function pythonJsonDumps(value: unknown, options: {terminal?: boolean | undefined} = {}): string {
	return encode(value, 0, options.terminal ?? false);
}

/** What `--output json` writes for a (queried) response. */
export function formatJson(data: PlainData, options: {terminal?: boolean | undefined} = {}): string {
	if (isDict(data) && Object.keys(data).length === 0) {
		return '';
	}

	return `${pythonJsonDumps(data, options)}\n`;
}
