// Text measured in terminal columns, as Ink measures it (string-width): a CJK character or an emoji
// takes two columns, a combining mark none. Every width either front end computes (padding,
// cutting, wrapping, fitting a table) goes through here, so a user ID like 山田 or a tag 🎥 lines
// up the same in the Ink wizard, the live table and line mode. Cuts fall between graphemes, so a
// flag or a family emoji is never split in two.
//
// Not for the drop-in's --output table: that pads by AWS CLI v2's Python rules, ambiguous
// characters counting two, to match its bytes (output/text-width.ts).
import stringWidth from 'string-width';

/** Printable ASCII: one column a character, the fast path for nearly every value. */
const oneColumnEach = /^[\u0020-\u007E]*$/;

export function columnsOf(text: string): number {
	return oneColumnEach.test(text) ? text.length : stringWidth(text);
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
	segmenter ??= new Intl.Segmenter();
	return Array.from(segmenter.segment(text), piece => piece.segment);
}

/** The longest start of `text` that takes at most `width` columns. */
export function takeColumns(text: string, width: number): string {
	if (oneColumnEach.test(text)) {
		return text.slice(0, Math.max(0, width));
	}

	let taken = '';
	let used = 0;
	for (const piece of graphemes(text)) {
		const size = stringWidth(piece);
		if (used + size > width) {
			break;
		}

		taken += piece;
		used += size;
	}

	return taken;
}

/** Spaces after `text` up to `width` columns; text already as wide or wider is left as it is. */
export function padToColumns(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

/** `text` cut to `width` columns, its last column an ellipsis when anything was cut. */
export function cutToColumns(text: string, width: number): string {
	if (columnsOf(text) <= width) {
		return text;
	}

	return width <= 1 ? takeColumns(text, width) : `${takeColumns(text, width - 1)}…`;
}

/** Exactly `width` columns: cut with an ellipsis, then padded (a wide character cut leaves a space). */
export function fitToColumns(text: string, width: number): string {
	return padToColumns(cutToColumns(text, width), width);
}

/** Rows of at most `width` columns, for text with nothing to break at (an ARN, a token). */
export function hardWrap(text: string, width: number): string[] {
	const limit = Math.max(1, width);
	const rows: string[] = [];
	let rest = text;
	while (columnsOf(rest) > limit) {
		// At least one grapheme a row, even one wider than the row.
		const row = takeColumns(rest, limit) || graphemes(rest)[0]!;
		rows.push(row);
		rest = rest.slice(row.length);
	}

	rows.push(rest);
	return rows;
}

/** How many lines `text` takes when each of its lines is hard-wrapped at `width` columns. */
export function hardWrappedLines(text: string, width: number): number {
	const limit = Math.max(1, width);
	return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(columnsOf(line) / limit)), 0);
}

export type WrapOptions = {
	/** Cut a word wider than the line (default); false leaves it whole (a path or a URL to copy). */
	breakLongWords?: boolean;
};

/**
 * Prose broken at spaces to fit `width` columns, the spaces it breaks at dropped (Ink's own
 * wrapping keeps one as the first character of the next line); each `\n` starts a new line.
 */
export function wrapWords(text: string, width: number, {breakLongWords = true}: WrapOptions = {}): string[] {
	const limit = Math.max(1, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			if (line !== '' && columnsOf(line) + 1 + columnsOf(word) <= limit) {
				line += ` ${word}`;
				continue;
			}

			if (line !== '') {
				lines.push(line);
			}

			const pieces = breakLongWords ? hardWrap(word, limit) : [word];
			lines.push(...pieces.slice(0, -1));
			line = pieces.at(-1)!;
		}

		lines.push(line);
	}

	return lines;
}
