// A checker for the handful of JSON Schema keywords schema.ts uses. conf can check a schema with
// ajv, but compiling it costs ~45 ms on every start, and the store is read on non-interactive runs
// with --preset where start-up time is the product. test/presets/schema.test.ts runs the same schema
// through conf's ajv to keep this checker honest.
import {isPlainObject} from '../stage/validate.js';

type Schema = Record<string, unknown>;

/** Returns one `/instance/path: message` line per violation; none means valid. */
export function checkJsonSchema(root: Schema, value: unknown): string[] {
	const problems: string[] = [];
	check(root, root, value, '', problems);
	return problems;
}

function check(root: Schema, schema: Schema, value: unknown, at: string, problems: string[]): void {
	if (typeof schema.$ref === 'string') {
		check(root, resolveRef(root, schema.$ref), value, at, problems);
		return;
	}

	const where = at === '' ? '/' : at;
	if ('const' in schema && value !== schema.const) {
		problems.push(`${where}: must be ${JSON.stringify(schema.const)}`);
		return;
	}

	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
		problems.push(`${where}: must be one of ${schema.enum.join(', ')}`);
		return;
	}

	if (typeof schema.type === 'string' && !hasType(value, schema.type)) {
		problems.push(`${where}: must be ${schema.type}`);
		return;
	}

	if (typeof value === 'string') {
		checkString(schema, value, where, problems);
	}

	if (isPlainObject(value)) {
		checkObject(root, schema, value, at, problems);
	}
}

function checkString(schema: Schema, value: string, where: string, problems: string[]): void {
	const length = [...value].length;
	if (typeof schema.minLength === 'number' && length < schema.minLength) {
		problems.push(`${where}: must have at least ${schema.minLength} characters`);
	}

	if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
		problems.push(`${where}: must have at most ${schema.maxLength} characters`);
	}

	if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
		problems.push(`${where}: must match ${schema.pattern}`);
	}

	if (schema.format === 'date-time' && !isDateTime(value)) {
		problems.push(`${where}: must be a date-time`);
	}
}

function checkObject(root: Schema, schema: Schema, value: Record<string, unknown>, at: string, problems: string[]): void {
	const properties = isPlainObject(schema.properties) ? schema.properties : {};
	for (const key of Array.isArray(schema.required) ? schema.required : []) {
		if (!(key in value)) {
			problems.push(`${at === '' ? '/' : at}: must have property ${String(key)}`);
		}
	}

	for (const [key, item] of Object.entries(value)) {
		const path = `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
		if (isPlainObject(schema.propertyNames)) {
			check(root, schema.propertyNames, key, `${path} (name)`, problems);
		}

		const propertySchema = properties[key];
		if (isPlainObject(propertySchema)) {
			check(root, propertySchema, item, path, problems);
		} else if (schema.additionalProperties === false) {
			problems.push(`${path}: is not an allowed property`);
		} else if (isPlainObject(schema.additionalProperties)) {
			check(root, schema.additionalProperties, item, path, problems);
		}
	}
}

function hasType(value: unknown, type: string): boolean {
	switch (type) {
		case 'object': {
			return isPlainObject(value);
		}

		case 'array': {
			return Array.isArray(value);
		}

		case 'integer': {
			return Number.isInteger(value);
		}

		case 'null': {
			return value === null;
		}

		default: {
			return typeof value === type;
		}
	}
}

function resolveRef(root: Schema, ref: string): Schema {
	let target: unknown = root;
	for (const part of ref.replace(/^#\//, '').split('/')) {
		target = isPlainObject(target) ? target[part] : undefined;
	}

	if (!isPlainObject(target)) {
		throw new Error(`Schema reference ${ref} does not resolve`);
	}

	return target;
}

// RFC 3339 date-time, as ajv-formats checks it: a full date, a time, and a zone.
const dateTimeRegex = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

function isDateTime(value: string): boolean {
	return dateTimeRegex.test(value) && !Number.isNaN(Date.parse(value));
}
