// --output table as AWS CLI v2 builds it (TableFormatter in awscli/formatter.py), from the data
// alone: the operation name as the title; a dict's scalar keys (sorted) as one header row and one
// value row, or a single "key | value" row when there is one; its other keys as nested sections;
// a list of dicts as one section per element, with the union of their scalar keys as headers.
import {CliError, exitCodes} from '../basics/errors.js';
import type {PlainData} from './normalise-response.js';
import {MultiTable} from './multi-table.js';
import {compareCodePoints, isDict, isPythonFalsy, pythonStr, sortedKeys} from './python-text.js';

function isScalar(value: unknown): boolean {
	return !Array.isArray(value) && !isDict(value);
}

function pythonTypeName(value: unknown): string {
	if (Array.isArray(value)) {
		return 'list';
	}

	switch (typeof value) {
		case 'string': {
			return 'str';
		}

		case 'number': {
			return Number.isInteger(value) ? 'int' : 'float';
		}

		case 'boolean': {
			return 'bool';
		}

		default: {
			return value === null || value === undefined ? 'NoneType' : 'dict';
		}
	}
}

/**
 * v2 assumes every element of a list whose first element is a dict is a dict too, and fails with a
 * Python TypeError or IndexError (exit 255) when one is not. The same exit here, with the message
 * v2 prints in the usual cases. Returns nothing where Python would carry on (an empty str or list).
 */
function groupKeysOfNonDict(value: unknown): CliError | undefined {
	if (typeof value === 'string') {
		return value.length === 0 ? undefined : new CliError('string indices must be integers, not \'str\'', exitCodes.other);
	}

	if (Array.isArray(value)) {
		if (value.length === 0) {
			return undefined;
		}

		// Python indexes the list with each of its own elements: ints (and bools) are indices.
		for (const element of value) {
			if (typeof element === 'boolean' || (typeof element === 'number' && Number.isInteger(element))) {
				const index = Number(element);
				if (index >= value.length || index < -value.length) {
					return new CliError('list index out of range', exitCodes.other);
				}
			} else {
				return new CliError(`list indices must be integers or slices, not ${pythonTypeName(element)}`, exitCodes.other);
			}
		}

		// Only in-range ints: they become column names and sorting them among strs fails.
		return new CliError('\'<\' not supported between instances of \'int\' and \'str\'', exitCodes.other);
	}

	return new CliError(`'${pythonTypeName(value)}' object is not iterable`, exitCodes.other);
}

/** Python's `key in value` for a non-dict element, and what v2 then fails with. */
function nestedKeyOfNonDict(value: unknown, key: string): CliError | undefined {
	if (typeof value === 'string') {
		return value.includes(key) ? new CliError('string indices must be integers, not \'str\'', exitCodes.other) : undefined;
	}

	if (Array.isArray(value)) {
		return value.includes(key) ? new CliError('list indices must be integers or slices, not str', exitCodes.other) : undefined;
	}

	return new CliError(`argument of type '${pythonTypeName(value)}' is not iterable`, exitCodes.other);
}

/** _group_scalar_keys: sorted scalar keys, then sorted other keys. */
function groupScalarKeys(current: Record<string, unknown>): [string[], string[]] {
	const headers: string[] = [];
	const more: string[] = [];
	for (const key of sortedKeys(current)) {
		(isScalar(current[key]) ? headers : more).push(key);
	}

	return [headers, more];
}

class TableBuilder {
	constructor(readonly table: MultiTable) {}

	build(title: string | undefined, current: unknown, indentLevel = 0): boolean {
		if (isPythonFalsy(current)) {
			return false;
		}

		if (title !== undefined) {
			this.table.newSection(title, indentLevel);
		}

		if (Array.isArray(current)) {
			if (isDict(current[0])) {
				this.buildFromList(current, indentLevel, title);
			} else {
				for (const item of current) {
					if (isScalar(item)) {
						this.table.addRow([item]);
					} else if (isDict(item)) {
						// Iterating a dict gives its keys, all scalars: v2 prints them as one row.
						this.table.addRow(Object.keys(item));
					} else if ((item as unknown[]).every(element => isScalar(element))) {
						this.table.addRow(item as unknown[]);
					} else {
						this.build(undefined, item);
					}
				}
			}
		}

		if (isDict(current)) {
			this.buildFromDict(current, indentLevel);
		}

		return true;
	}

	private buildFromDict(current: Record<string, unknown>, indentLevel: number): void {
		const [headers, more] = groupScalarKeys(current);
		if (headers.length === 1) {
			this.table.addRow([headers[0], current[headers[0]!]]);
		} else if (headers.length > 0) {
			this.table.addRowHeader(headers);
			this.table.addRow(headers.map(header => current[header]));
		}

		for (const key of more) {
			this.build(key, current[key], indentLevel + 1);
		}
	}

	private buildFromList(current: unknown[], indentLevel: number, title: string | undefined): void {
		const headerSet = new Set<string>();
		const moreSet = new Set<string>();
		for (const item of current) {
			if (!isDict(item)) {
				const error = groupKeysOfNonDict(item);
				if (error) {
					throw error;
				}

				continue;
			}

			const [headers, more] = groupScalarKeys(item);
			for (const header of headers) {
				headerSet.add(header);
			}

			for (const key of more) {
				moreSet.add(key);
			}
		}

		const headers = [...headerSet].sort(compareCodePoints);
		const more = [...moreSet].sort(compareCodePoints);
		this.table.addRowHeader(headers);
		for (const [index, element] of current.entries()) {
			if (index > 0 && more.length > 0) {
				this.table.newSection(title, indentLevel);
				this.table.addRowHeader(headers);
			}

			if (!isDict(element)) {
				if (headers.length > 0) {
					throw new CliError(`'${pythonTypeName(element)}' object has no attribute 'get'`, exitCodes.other);
				}

				this.table.addRow([]);
				for (const key of more) {
					const error = nestedKeyOfNonDict(element, key);
					if (error) {
						throw error;
					}
				}

				continue;
			}

			// Some elements lack some of the columns: '' there.
			this.table.addRow(headers.map(header => Object.hasOwn(element, header) ? element[header] : ''));
			for (const key of more) {
				if (Object.hasOwn(element, key)) {
					this.build(key, element[key], indentLevel + 1);
				}
			}
		}
	}
}

/**
 * What `--output table` writes. terminalWidth is the terminal's columns (80 when stdout is not a
 * terminal, as v2 does); color is v2's --color on (auto resolved by the caller: on for a terminal).
 */
export function formatTable(data: PlainData, options: {title: string; terminalWidth: number; color: boolean; neutralise?: ((text: string) => string) | undefined}): string {
	const neutralise = options.neutralise;
	const cell = neutralise ? (value: unknown) => neutralise(pythonStr(value)) : (value: unknown) => pythonStr(value);
	const table = new MultiTable({terminalWidth: options.terminalWidth, color: options.color, cell});
	const builder = new TableBuilder(table);
	return builder.build(options.title, data) ? table.render() : '';
}
