// --output text as AWS CLI v2 prints it (awscli/text.py): one line per dict of scalars, values
// tab-separated in sorted key order, prefixed with the upper-cased key the dict hangs from; lists of
// scalars one per line under that prefix; map keys dropped. Values are Python's str() of them.
import {CliError, exitCodes} from '../basics/errors.js';
import type {PlainData} from './normalise-response.js';
import {compareCodePoints, isDict, pythonStr, sortedKeys} from './python-text.js';

type Writer = {
	lines: string[];
	/** Turns a value into its field text (str(), and on a terminal, neutralised controls). */
	cell: (value: unknown) => string;
};

function isScalar(value: unknown): boolean {
	return !Array.isArray(value) && !isDict(value);
}

function pythonTypeName(value: unknown): string {
	if (Array.isArray(value)) {
		return 'list';
	}

	if (typeof value === 'string') {
		return 'str';
	}

	if (typeof value === 'number') {
		return Number.isInteger(value) ? 'int' : 'float';
	}

	if (typeof value === 'boolean') {
		return 'bool';
	}

	return value === null ? 'NoneType' : 'dict';
}

function allScalarKeys(items: unknown[]): string[] {
	const keys = new Set<string>();
	for (const item of items) {
		if (!isDict(item)) {
			// v2 calls .items() on every element once one of them is a dict, and fails like this.
			throw new CliError(`'${pythonTypeName(item)}' object has no attribute 'items'`, exitCodes.other);
		}

		for (const [key, value] of Object.entries(item)) {
			if (isScalar(value)) {
				keys.add(key);
			}
		}
	}

	return [...keys].sort(compareCodePoints);
}

function formatScalarList(items: unknown[], identifier: string | undefined, writer: Writer): void {
	if (identifier === undefined) {
		writer.lines.push(`${items.map(item => writer.cell(item)).join('\t')}\n`);
		return;
	}

	for (const item of items) {
		writer.lines.push(`${writer.cell(identifier.toUpperCase())}\t${writer.cell(item)}\n`);
	}
}

function formatList(items: unknown[], identifier: string | undefined, writer: Writer): void {
	if (items.length === 0) {
		return;
	}

	if (items.some(item => isDict(item))) {
		const scalarKeys = allScalarKeys(items);
		for (const item of items) {
			formatItem(item, identifier, scalarKeys, writer);
		}
	} else if (items.some(item => Array.isArray(item))) {
		const scalars = items.filter(item => isScalar(item));
		if (scalars.length > 0) {
			formatScalarList(scalars, identifier, writer);
		}

		for (const item of items.filter(item => !isScalar(item))) {
			formatItem(item, identifier, undefined, writer);
		}
	} else {
		formatScalarList(items, identifier, writer);
	}
}

function formatDict(item: Record<string, unknown>, identifier: string | undefined, scalarKeys: string[] | undefined, writer: Writer): void {
	const scalars: string[] = [];
	const nonScalars: Array<[string, unknown]> = [];
	if (scalarKeys === undefined) {
		for (const key of sortedKeys(item)) {
			const value = item[key];
			if (isScalar(value)) {
				scalars.push(writer.cell(value));
			} else {
				nonScalars.push([key, value]);
			}
		}
	} else {
		// Every dict of a list prints the same columns: '' where it lacks one.
		for (const key of scalarKeys) {
			scalars.push(writer.cell(Object.hasOwn(item, key) ? item[key] : ''));
		}

		const scalarKeySet = new Set(scalarKeys);
		for (const key of sortedKeys(item)) {
			if (!scalarKeySet.has(key)) {
				nonScalars.push([key, item[key]]);
			}
		}
	}

	if (scalars.length > 0) {
		if (identifier !== undefined) {
			scalars.unshift(writer.cell(identifier.toUpperCase()));
		}

		writer.lines.push(`${scalars.join('\t')}\n`);
	}

	for (const [key, value] of nonScalars) {
		formatItem(value, key, undefined, writer);
	}
}

function formatItem(item: unknown, identifier: string | undefined, scalarKeys: string[] | undefined, writer: Writer): void {
	if (isDict(item)) {
		formatDict(item, identifier, scalarKeys, writer);
	} else if (Array.isArray(item)) {
		formatList(item, identifier, writer);
	} else {
		writer.lines.push(`${writer.cell(item)}\n`);
	}
}

/**
 * What `--output text` writes. With neutralise (stdout is a terminal) each field goes through it,
 * so that text from the service cannot drive the terminal; v2 writes fields raw.
 */
export function formatText(data: PlainData, options: {neutralise?: ((text: string) => string) | undefined} = {}): string {
	const neutralise = options.neutralise;
	const writer: Writer = {lines: [], cell: neutralise ? value => neutralise(pythonStr(value)) : value => pythonStr(value)};
	formatItem(data, undefined, undefined, writer);
	return writer.lines.join('');
}
