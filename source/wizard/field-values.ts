// What a field shows, derived from the request, and how an answer is written back. Shared by the
// Ink screens and line mode, so both read defaults and write members identically.
import type {ChoiceField, Condition, Field, ListField, MapField, NumberField, TextField, ToggleField} from './fields.js';
import {getAt, setAt, type Path} from './paths.js';

/** The fields that apply to this request (or item), in order. */
export function visibleFields(fields: Field[], target: unknown): Field[] {
	return fields.filter(field => isFieldVisible(field, target));
}

export function isFieldVisible(field: Field, target: unknown): boolean {
	return field.when === undefined || holds(field.when, target);
}

function holds(condition: Condition, target: unknown): boolean {
	const value = getAt(target, condition.path);
	if ('present' in condition) {
		return value !== undefined && value !== null;
	}

	return value === condition.equals;
}

export function readText(field: TextField, target: unknown): string {
	const value = getAt(target, field.path);
	return typeof value === 'string' ? value : field.default;
}

/** The number in the request, or the service's default when the member is left out. */
export function readNumber(field: NumberField, target: unknown): number {
	const value = getAt(target, field.path);
	return typeof value === 'number' ? value : field.default;
}

/** Whether the request sets the member; a number left out reads as the default but says so. */
export function isSet(field: Field, target: unknown): boolean {
	return getAt(target, field.path) !== undefined;
}

export function readToggle(field: ToggleField, target: unknown): boolean {
	const value = getAt(target, field.path);
	if (field.binding === 'presence') {
		return value !== undefined && value !== null;
	}

	return typeof value === 'boolean' ? value : field.default;
}

export function readChoice(field: ChoiceField, target: unknown): string {
	const raw = getAt(target, field.path);
	const value: unknown = field.storedAs === 'single-item-list' && Array.isArray(raw) ? raw[0] : raw;
	return typeof value === 'string' ? value : field.default;
}

export function readList(field: ListField, target: unknown): string[] {
	const value = getAt(target, field.path);
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : field.default;
}

export function writeText<T>(field: TextField, target: T, value: string): T {
	return setAt(target, field.path, value === '' && field.emptyMeans === 'omit' ? undefined : value);
}

/** `undefined` leaves the member out, so the service applies its default. */
export function writeNumber<T>(field: NumberField, target: T, value: number | undefined): T {
	return setAt(target, field.path, value);
}

export function writeToggle<T>(field: ToggleField, target: T, on: boolean): T {
	if (field.binding === 'presence') {
		const current = getAt(target, field.path);
		if (on) {
			return current === undefined || current === null ? setAt(target, field.path, {...field.whenOn}) : target;
		}

		return setAt(target, field.path, undefined);
	}

	return setAt(target, field.path, on);
}

export function writeChoice<T>(field: ChoiceField, target: T, value: string): T {
	return setAt(target, field.path, field.storedAs === 'single-item-list' ? [value] : value);
}

/** Keeps the options' order whatever order they were ticked in, so the command reads the same. */
export function writeList<T>(field: ListField, target: T, values: string[]): T {
	const ordered = field.options.map(option => option.value).filter(value => values.includes(value));
	return setAt(target, field.path, ordered);
}

/** Where a field of an item sits in the whole request: ['participantTokenConfigurations', 2, 'duration']. */
export function absolutePath(base: Path, field: Field): Path {
	return [...base, ...field.path];
}

/** One answer to one field: the same shape for the wizard's reducer and for an item's editor. */
export type FieldChange =
	| {type: 'textChanged'; field: TextField; value: string}
	| {type: 'numberChanged'; field: NumberField; value: number | undefined}
	| {type: 'toggleChanged'; field: ToggleField; value: boolean}
	| {type: 'choiceChanged'; field: ChoiceField; value: string}
	| {type: 'listChanged'; field: ListField; value: string[]};

export function applyFieldChange<T>(target: T, change: FieldChange): T {
	switch (change.type) {
		case 'textChanged': {
			return writeText(change.field, target, change.value);
		}

		case 'numberChanged': {
			return writeNumber(change.field, target, change.value);
		}

		case 'toggleChanged': {
			return writeToggle(change.field, target, change.value);
		}

		case 'choiceChanged': {
			return writeChoice(change.field, target, change.value);
		}

		case 'listChanged': {
			return writeList(change.field, target, change.value);
		}
	}
}

/** The key and value of one map entry, as two text fields (line mode asks them in turn). */
export function entryFields(field: MapField): [TextField, TextField] {
	return [
		{
			id: 'key',
			kind: 'text',
			label: 'Key',
			help: `The ${field.entryLabel}'s key.`,
			path: ['key'],
			default: '',
			emptyMeans: 'empty-string',
			...(field.maxKeyLength === undefined ? {} : {maxLength: field.maxKeyLength}),
		},
		{
			id: 'value',
			kind: 'text',
			label: 'Value',
			help: `The ${field.entryLabel}'s value; may be empty.`,
			path: ['value'],
			default: '',
			emptyMeans: 'empty-string',
			...(field.maxValueLength === undefined ? {} : {maxLength: field.maxValueLength}),
		},
	];
}
