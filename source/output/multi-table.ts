// The layout of --output table, following awscli/table.py (MultiTable, Section): sections of
// rows under centred titles, nested sections framed by one more '|' each side, columns scaled to
// the widest section, and single-row sections turned vertical (header | value) when the table is
// wider than the terminal. Rendering is kept as the list of writes v2 makes, because with colour
// colorama (autoreset) follows every write with a reset sequence, even empty ones.
import {CliError, exitCodes} from '../basics/errors.js';
import {textLength} from './text-width.js';

const reset = '\u001B[0m';

/** Styles of v2's Styler (none) and ColorizedStyler (--color on). */
type Styler = {
	rowElement: (text: string) => string;
	indentationChar: (text: string) => string;
};

const plainStyler: Styler = {rowElement: text => text, indentationChar: text => text};
const colorStyler: Styler = {
	rowElement: text => `\u001B[1m\u001B[34m${text}${reset}`,
	indentationChar: text => `\u001B[2m\u001B[33m${text}${reset}`,
};

function spaces(count: number): string {
	// Python's ' ' * n is empty for n ≤ 0.
	return count > 0 ? ' '.repeat(count) : '';
}

/** Python's round() of a float: halves go to the even neighbour. */
function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const difference = value - floor;
	if (difference > 0.5) {
		return floor + 1;
	}

	if (difference < 0.5) {
		return floor;
	}

	return floor % 2 === 0 ? floor : floor + 1;
}

/** center_text: text (maybe styled) of textWidth columns centred between the edges; Python's integer maths. */
function centerText(text: string, length: number, leftEdge: string, rightEdge: string, textWidth: number): string {
	const charStart = Math.floor(length / 2) - Math.floor(textWidth / 2) - 1;
	const lengthSoFar = textLength(leftEdge) + charStart + textWidth;
	const rightSideSpaces = length - textLength(rightEdge) - lengthSoFar;
	return leftEdge + spaces(charStart) + text + spaces(rightSideSpaces) + rightEdge;
}

/** align_left: two spaces of padding when they fit, then the text, then spaces up to the right edge. */
function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string, textWidth: number): string {
	const leftPadding = 2;
	const computedLength = textWidth + leftPadding + textLength(leftEdge) + textLength(rightEdge);
	const padding = length - computedLength >= 0 ? leftPadding : 0;
	const lengthSoFar = leftEdge.length + padding + textWidth;
	return leftEdge + spaces(padding) + text + spaces(length - lengthSoFar - rightEdge.length) + rightEdge;
}

export class Section {
	/** undefined where v2's title is None (a nested list of lists): not drawn, but its str() 'None' still counts for the width. */
	title: string | undefined = '';
	headers: string[] = [];
	rows: string[][] = [];
	indentLevel = 0;
	private columnCount: number | undefined;
	private maxWidths: number[] = [];

	constructor(private readonly cell: (value: unknown) => string) {}

	addTitle(title: string | undefined): void {
		this.title = title;
	}

	addHeader(headers: string[]): void {
		this.updateMaxWidths(headers);
		this.columnCount ??= headers.length;
		this.headers = headers;
	}

	addRow(row: unknown[]): void {
		this.columnCount ??= row.length;
		if (row.length !== this.columnCount) {
			// v2 raises ValueError here (exit 255), e.g. for a query giving lists of unequal length.
			throw new CliError(`Row should have ${this.columnCount} elements, instead it has ${row.length}`, exitCodes.other);
		}

		const texts = row.map(value => this.cell(value));
		this.rows.push(texts);
		this.updateMaxWidths(texts);
	}

	calculateColumnWidths(padding = 0, maxWidth?: number): number[] {
		const unscaled = this.maxWidths.map(width => width + padding);
		if (maxWidth === undefined || unscaled.length === 0) {
			return unscaled;
		}

		const scaleFactor = maxWidth / unscaled.reduce((sum, width) => sum + width, 0);
		const scaled = unscaled.map(width => roundHalfEven(scaleFactor * width));
		// Rounding leaves the sum off by a little: take from the first columns, give to the last.
		let offBy = scaled.reduce((sum, width) => sum + width, 0) - maxWidth;
		while (offBy !== 0) {
			const order = [...scaled.keys()];
			if (offBy < 0) {
				order.reverse();
			}

			for (const index of order) {
				if (offBy > 0) {
					scaled[index]!--;
					offBy--;
				} else {
					scaled[index]!++;
					offBy++;
				}

				if (offBy === 0) {
					break;
				}
			}
		}

		return scaled;
	}

	totalWidth(padding: number, outerPadding: number): number {
		const borderPadding = 2;
		let total = 0;
		for (const width of this.calculateColumnWidths()) {
			total += width + padding;
		}

		total += borderPadding + (2 * outerPadding);
		return Math.max(textLength(this.title ?? 'None') + borderPadding + (2 * outerPadding), total);
	}

	private updateMaxWidths(row: string[]): void {
		if (this.maxWidths.length === 0) {
			this.maxWidths = row.map(element => textLength(element));
			return;
		}

		for (const [index, element] of row.entries()) {
			if (index >= this.maxWidths.length) {
				throw new CliError('list index out of range', exitCodes.other);
			}

			this.maxWidths[index] = Math.max(textLength(element), this.maxWidths[index]!);
		}
	}
}

export class MultiTable {
	private readonly sections: Section[] = [];
	private current: Section | undefined;
	private readonly styler: Styler;

	/**
	 * cell turns every title, header and value into its text: Python's str(), and on a terminal
	 * with control characters neutralised.
	 */
	constructor(private readonly options: {terminalWidth: number; color: boolean; cell: (value: unknown) => string}) {
		this.styler = options.color ? colorStyler : plainStyler;
	}

	newSection(title: string | undefined, indentLevel = 0): void {
		this.current = new Section(this.options.cell);
		this.sections.push(this.current);
		this.current.addTitle(title === undefined ? undefined : this.options.cell(title));
		this.current.indentLevel = indentLevel;
	}

	addRowHeader(headers: string[]): void {
		this.requireSection().addHeader(headers.map(header => this.options.cell(header)));
	}

	addRow(row: unknown[]): void {
		this.requireSection().addRow(row);
	}

	render(): string {
		const writes: string[] = [];
		let maxWidth = this.calculateMaxWidth();
		if (maxWidth > this.options.terminalWidth) {
			this.convertToVertical();
			maxWidth = this.calculateMaxWidth();
		}

		writes.push(`${'-'.repeat(Math.max(maxWidth, 0))}\n`);
		for (const section of this.sections) {
			this.renderSection(section, maxWidth, writes);
		}

		return this.options.color ? writes.map(write => write + reset).join('') : writes.join('');
	}

	private requireSection(): Section {
		if (!this.current) {
			throw new CliError('\'NoneType\' object has no attribute \'add_row\'', exitCodes.other);
		}

		return this.current;
	}

	private calculateMaxWidth(): number {
		return Math.max(...this.sections.map(section => section.totalWidth(4, section.indentLevel)));
	}

	/** convert_to_vertical_table: a section with one row and headers becomes header | value rows. */
	private convertToVertical(): void {
		for (const [index, section] of this.sections.entries()) {
			if (section.rows.length === 1 && section.headers.length > 0) {
				const vertical = new Section(this.options.cell);
				vertical.title = section.title;
				vertical.indentLevel = section.indentLevel;
				const [row = []] = section.rows;
				for (const [column, header] of section.headers.entries()) {
					if (column < row.length) {
						vertical.addRow([header, row[column]]);
					}
				}

				this.sections[index] = vertical;
				if (this.current === section) {
					this.current = vertical;
				}
			}
		}
	}

	private renderSection(section: Section, tableWidth: number, writes: string[]): void {
		// IndentedStream: every line framed by one styled '|' per level on each side.
		const edge = this.styler.indentationChar('|').repeat(section.indentLevel);
		const write = (text: string): void => {
			writes.push(edge);
			if (text.endsWith('\n')) {
				writes.push(text.slice(0, -1), edge, '\n');
			} else {
				writes.push(text);
			}
		};

		const maxWidth = tableWidth - (section.indentLevel * 2);
		this.renderTitle(section, maxWidth, write);
		this.renderColumnTitles(section, maxWidth, write);
		this.renderRows(section, maxWidth, write);
	}

	private renderTitle(section: Section, maxWidth: number, write: (text: string) => void): void {
		if (!section.title) {
			return;
		}

		write(`${centerText(section.title, maxWidth, '|', '|', textLength(section.title))}\n`);
		if (section.headers.length === 0 && section.rows.length === 0) {
			write(`+${'-'.repeat(Math.max(maxWidth - 2, 0))}+\n`);
		}
	}

	private renderColumnTitles(section: Section, maxWidth: number, write: (text: string) => void): void {
		if (section.headers.length === 0) {
			return;
		}

		const widths = section.calculateColumnWidths(4, maxWidth);
		let current = '';
		for (const [index, width] of widths.entries()) {
			if (index >= section.headers.length) {
				break;
			}

			const header = section.headers[index]!;
			current += centerText(header, width, index === 0 ? '|' : '', '|', textLength(header));
		}

		this.writeLineBreak(widths, write);
		write(`${current}\n`);
	}

	private writeLineBreak(widths: number[], write: (text: string) => void): void {
		const parts = widths.map((width, index) => index === 0 ? `+${'-'.repeat(Math.max(width - 2, 0))}+` : `${'-'.repeat(Math.max(width - 1, 0))}+`);
		write(`${parts.join('')}\n`);
	}

	private renderRows(section: Section, maxWidth: number, write: (text: string) => void): void {
		if (section.rows.length === 0) {
			return;
		}

		const widths = section.calculateColumnWidths(4, maxWidth);
		if (widths.length === 0) {
			return;
		}

		this.writeLineBreak(widths, write);
		for (const row of section.rows) {
			let current = '';
			for (const [index, width] of widths.entries()) {
				if (index >= row.length) {
					break;
				}

				const element = row[index]!;
				current += alignLeft(this.styler.rowElement(element), width, index === 0 ? '|' : '', '|', textLength(element));
			}

			write(`${current}\n`);
		}

		this.writeLineBreak(widths, write);
	}
}
