// Shorthand has no types of its own: every scalar comes out of the parser as a string. The AWS CLI
// then walks the API model (awscli/shorthand.py's BackCompatVisitor) to turn `duration=60` into a
// number, `recordParticipantReplicas=false` into a boolean and `capabilities=PUBLISH` into a list.
// This does the same walk. Where the AWS CLI would crash (int('abc')) this names the field instead.
import {getShape} from '../model/service-model.js';
import {describeValue, formatPath} from '../stage/problem-wording.js';
import {isPlainObject, type PathSegment} from '../stage/validate.js';
import {pythonFloat, pythonInt} from './python-text.js';

/** A scalar that cannot become the type its field has; `describe()` names the field. */
export class ShorthandTypeError extends Error {
	constructor(
		readonly path: PathSegment[],
		readonly value: unknown,
		readonly expected: 'integer' | 'number' | 'boolean',
	) {
		super(`${formatPath(path)} must be ${expected === 'integer' ? 'an integer' : expected === 'number' ? 'a number' : 'true or false'}`);
		this.name = 'ShorthandTypeError';
	}

	describe(): string {
		const rule = this.expected === 'integer' ? 'an integer' : this.expected === 'number' ? 'a number' : 'true or false';
		return `${formatPath(this.path)}: ${describeValue(this.value)} must be ${rule}`;
	}
}

/**
 * Converts parsed shorthand in place to the types of shape `shapeName` and returns it.
 * `path` is where the value sits in the request, for error messages.
 */
export function applyShorthandTypes(value: unknown, shapeName: string, path: PathSegment[]): unknown {
	const holder: Record<string, unknown> = {value};
	visit(holder, 'value', shapeName, value, path);
	return holder.value;
}

function visit(parent: Record<string | number, unknown> | unknown[], key: string | number, shapeName: string, value: unknown, path: PathSegment[]): void {
	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'structure': {
			if (!isPlainObject(value)) {
				return;
			}

			for (const [memberName, member] of Object.entries(shape.members)) {
				if (Object.hasOwn(value, memberName)) {
					visit(value, memberName, member.shape, value[memberName], [...path, memberName]);
				}
			}

			return;
		}

		case 'list': {
			if (Array.isArray(value)) {
				for (const [index, item] of value.entries()) {
					visit(value, index, shape.member.shape, item, [...path, index]);
				}

				return;
			}

			// `capabilities=PUBLISH` means ["PUBLISH"]. Like the AWS CLI, the promoted item is not
			// converted further; no list in this model holds numbers or booleans.
			set(parent, key, [value]);
			return;
		}

		case 'map': {
			if (!isPlainObject(value)) {
				return;
			}

			for (const [mapKey, item] of Object.entries(value)) {
				visit(value, mapKey, shape.value.shape, item, [...path, mapKey]);
			}

			return;
		}

		case 'integer':
		case 'long': {
			const number = typeof value === 'string' ? pythonInt(value) : undefined;
			if (number === undefined) {
				throw new ShorthandTypeError(path, value, 'integer');
			}

			set(parent, key, number);
			return;
		}

		case 'float':
		case 'double': {
			const number = typeof value === 'string' ? pythonFloat(value) : undefined;
			if (number === undefined) {
				throw new ShorthandTypeError(path, value, 'number');
			}

			set(parent, key, number);
			return;
		}

		case 'boolean': {
			// The AWS CLI takes true/false in any case and leaves anything else for the service's
			// validation to refuse; saying so here, with the field's name, is the same outcome sooner.
			const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
			if (lower !== 'true' && lower !== 'false') {
				throw new ShorthandTypeError(path, value, 'boolean');
			}

			set(parent, key, lower === 'true');
			return;
		}

		default: {
			// Strings, timestamps and blobs stay the text they were given as.
		}
	}
}

function set(parent: Record<string | number, unknown> | unknown[], key: string | number, value: unknown): void {
	if (Array.isArray(parent)) {
		parent[key as number] = value;
	} else {
		Object.defineProperty(parent, key, {value, enumerable: true, writable: true, configurable: true});
	}
}
