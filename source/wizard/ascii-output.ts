// The front ends' output for a terminal whose locale is not UTF-8 (unicode-locale.ts): every
// character outside ASCII drawn as ASCII at the stream, so each glyph of every screen (Ink's
// frames, line mode's prompts and lines) is covered in one place, and none can be missed by a new
// screen. Each stand-in takes the columns its glyph took, so Ink's layout and cursor moves, which
// were measured on the glyphs, still hold: `…` becomes `.`, and a wide character `??`.
import {columnsOf} from './text-columns.js';

const standIns: Record<string, string> = {
	'›': '>',
	'❯': '>',
	'‹': '<',
	'→': '>',
	'←': '<',
	'↑': '^',
	'↓': 'v',
	'▮': '#',
	'▯': '-',
	'·': '-',
	'•': '*',
	'…': '.',
	'—': '-',
	'–': '-',
	'─': '-',
	'│': '|',
	'’': '\'',
	'‘': '\'',
	'“': '"',
	'”': '"',
	'✔': '+',
	'✓': '+',
	'✗': 'x',
	'✖': 'x',
	'×': 'x',
	'≤': '<',
	'≥': '>',
	'␛': '^',
	// The spinner's frames, so it still turns.
	'⠋': '|',
	'⠙': '/',
	'⠹': '-',
	'⠸': '\\',
	'⠼': '|',
	'⠴': '/',
	'⠦': '-',
	'⠧': '\\',
	'⠇': '|',
	'⠏': '/',
};

const ascii = /^[\u0000-\u007F]*$/;
let segmenter: Intl.Segmenter | undefined;

/** The text with each non-ASCII character (grapheme) as its stand-in, or `?` per column it takes. */
export function toAsciiGlyphs(text: string): string {
	if (ascii.test(text)) {
		return text;
	}

	segmenter ??= new Intl.Segmenter();
	let out = '';
	for (const {segment} of segmenter.segment(text)) {
		out += ascii.test(segment) ? segment : standIns[segment] ?? '?'.repeat(columnsOf(segment));
	}

	return out;
}

/**
 * A view of a terminal stream that writes ASCII. Everything else (columns, rows, isTTY, resize
 * events, raw mode) is the stream's own, so Ink and inquirer treat it as the terminal it is.
 */
export function asciiStream<Stream extends NodeJS.WritableStream>(stream: Stream): Stream {
	const original = stream.write.bind(stream) as (...arguments_: unknown[]) => boolean;
	const write = (chunk: unknown, ...rest: unknown[]) => {
		if (typeof chunk === 'string') {
			return original(toAsciiGlyphs(chunk), ...rest);
		}

		// Bytes (a pipe from inquirer's mute stream) are UTF-8 text; their encoding argument, if any, goes.
		return chunk instanceof Uint8Array ? original(toAsciiGlyphs(Buffer.from(chunk).toString('utf8')), ...rest.filter(argument => typeof argument === 'function')) : original(chunk, ...rest);
	};

	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') {
				return write;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...arguments_: unknown[]) => unknown).bind(target) : value;
		},
	});
}
