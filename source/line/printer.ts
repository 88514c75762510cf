// Plain lines between the prompts: appended, never redrawn, so the scrollback reads as a transcript
// and a screen reader says each line once. Colour only decorates; the words and the ✔ ✗ ! marks
// carry the meaning, so NO_COLOR and --color off lose nothing.
import {styleText} from 'node:util';
import {palette} from '../wizard/colors.js';
import {wrapWords} from '../wizard/text-columns.js';

export type Printer = {
	line(text?: string): void;
	/** What a field is for, its limits, what Enter does: dim, above its prompt. */
	help(text: string): void;
	heading(text: string): void;
	success(text: string): void;
	warning(text: string): void;
	error(text: string): void;
	/** The columns a line may fill now (the terminal can be resized; one spare, as for prose), when it has a width. */
	columns(): number | undefined;
};

type Format = Parameters<typeof styleText>[0];

/**
 * Prose broken at spaces to fit `width` columns, so help does not split words at the margin.
 * Only prose: commands, tokens and paths are printed whole, to be copied whole.
 */
export function proseLines(text: string, width: number | undefined): string[] {
	return !width || width < 20 ? [text] : wrapWords(text, width, {breakLongWords: false});
}

export function createPrinter(stream: NodeJS.WritableStream & {columns?: number}, color: boolean): Printer {
	const paint = (format: Format, text: string) => (color ? styleText(format, text, {validateStream: false}) : text);
	const write = (text: string) => {
		stream.write(`${text}\n`);
	};

	// Read at each line, so a resized terminal is followed; one column spare for terminals that wrap early.
	const prose = (text: string) => proseLines(text, stream.columns ? stream.columns - 1 : undefined);

	return {
		line(text = '') {
			write(text);
		},
		help(text) {
			for (const line of prose(text)) {
				write(paint('dim', line));
			}
		},
		heading(text) {
			for (const line of prose(text)) {
				write(paint('bold', line));
			}
		},
		success(text) {
			write(paint(palette.success, `✔ ${text}`));
		},
		warning(text) {
			write(paint(palette.warning, `! ${text}`));
		},
		error(text) {
			write(paint(palette.error, `✗ ${text}`));
		},
		columns: () => (stream.columns ? stream.columns - 1 : undefined),
	};
}
