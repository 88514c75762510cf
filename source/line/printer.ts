// Plain lines between the prompts: appended, never redrawn, so the scrollback reads as a transcript
// and a screen reader says each line once. Colour only decorates; the words and the ✔ ✗ ! marks
// carry the meaning, so NO_COLOR and --color off lose nothing.
import {styleText} from 'node:util';

export type Printer = {
	line(text?: string): void;
	/** What a field is for, its limits, what Enter does: dim, above its prompt. */
	help(text: string): void;
	heading(text: string): void;
	success(text: string): void;
	warning(text: string): void;
	error(text: string): void;
};

type Format = Parameters<typeof styleText>[0];

/**
 * Prose broken at spaces to fit `width` columns, so help does not split words at the margin.
 * Only prose: commands, tokens and paths are printed whole, to be copied whole.
 */
export function wrapWords(text: string, width: number | undefined): string[] {
	if (!width || width < 20 || [...text].length <= width) {
		return [text];
	}

	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && [...line].length + 1 + [...word].length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}

	lines.push(line);
	return lines;
}

export function createPrinter(stream: NodeJS.WritableStream & {columns?: number}, color: boolean): Printer {
	const paint = (format: Format, text: string) => (color ? styleText(format, text, {validateStream: false}) : text);
	const write = (text: string) => {
		stream.write(`${text}\n`);
	};

	// Read at each line, so a resized terminal is followed; one column spare for terminals that wrap early.
	const prose = (text: string) => wrapWords(text, stream.columns ? stream.columns - 1 : undefined);

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
			write(paint('green', `✔ ${text}`));
		},
		warning(text) {
			write(paint('yellow', `! ${text}`));
		},
		error(text) {
			write(paint('red', `✗ ${text}`));
		},
	};
}

/** NO_COLOR and TERM=dumb turn colour off unless --color on asks for it, as in the Ink wizard. */
export function lineColor(setting: 'on' | 'off' | 'auto', env: NodeJS.ProcessEnv): boolean {
	if (setting === 'on') {
		return true;
	}

	if (setting === 'off') {
		return false;
	}

	return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}
