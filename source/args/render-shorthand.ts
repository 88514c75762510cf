// A parameter's value in the AWS CLI's shorthand, where shorthand says exactly the same thing:
// `userId=host,capabilities=PUBLISH,SUBSCRIBE,attributes={role=host}` reads better than its JSON
// and pastes the same. Only values that need no quoting or escaping inside shorthand are written
// this way (letters, digits and `_ . : / @ + -`, not first a `-`); anything else (an empty string,
// a space, a comma, non-ASCII, an empty list or structure) makes the caller fall back to JSON for
// that option, so no value depends on the finer points of shorthand's escaping rules.
import {getShape} from '../model/service-model.js';
import {isPlainObject} from '../stage/validate.js';
import {isParamFileReference} from './param-file.js';

const plainWord = /^[\w.:/@+][\w.:/@+-]*$/;

/** Members people read first; the rest follow in the model's order. */
const readingOrder: Record<string, string[]> = {
	ParticipantTokenConfiguration: ['userId', 'capabilities', 'duration', 'attributes'],
};

function scalar(value: unknown): string | undefined {
	if (typeof value === 'string') {
		return plainWord.test(value) ? value : undefined;
	}

	if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
		return String(value);
	}

	return typeof value === 'boolean' ? String(value) : undefined;
}

function memberOrder(shapeName: string, members: string[]): string[] {
	const first = (readingOrder[shapeName] ?? []).filter(member => members.includes(member));
	return [...first, ...members.filter(member => !first.includes(member))];
}

/**
 * `key=value,…` for a structure or map; undefined when shorthand cannot say it plainly. `nested`:
 * inside `{…}`, where a list is written `[a,b]` rather than `a,b`.
 */
function pairs(value: unknown, shapeName: string, nested: boolean): string | undefined {
	const shape = getShape(shapeName);
	if (!isPlainObject(value)) {
		return undefined;
	}

	const parts: string[] = [];
	if (shape.type === 'map') {
		for (const [key, item] of Object.entries(value)) {
			const text = plainWord.test(key) ? inner(item, shape.value.shape, true) : undefined;
			if (text === undefined) {
				return undefined;
			}

			parts.push(`${key}=${text}`);
		}
	} else if (shape.type === 'structure') {
		const known = Object.keys(shape.members);
		if (Object.keys(value).some(key => !known.includes(key))) {
			return undefined;
		}

		for (const member of memberOrder(shapeName, known)) {
			if (value[member] === undefined || value[member] === null) {
				continue;
			}

			const text = inner(value[member], shape.members[member]!.shape, nested);
			if (text === undefined) {
				return undefined;
			}

			parts.push(`${member}=${text}`);
		}
	} else {
		return undefined;
	}

	return parts.length > 0 ? parts.join(',') : undefined;
}

/** A member's value: a scalar, a list (`a,b`, or `[a,b]` when nested), or `{…}`. */
function inner(value: unknown, shapeName: string, nested: boolean): string | undefined {
	const shape = getShape(shapeName);
	if (shape.type === 'list') {
		if (!Array.isArray(value) || value.length === 0 || getShape(shape.member.shape).type === 'structure') {
			return undefined;
		}

		const items = value.map(item => scalar(item));
		if (items.some(item => item === undefined)) {
			return undefined;
		}

		return nested ? `[${items.join(',')}]` : items.join(',');
	}

	if (shape.type === 'structure' || shape.type === 'map') {
		if (isPlainObject(value) && Object.keys(value).length === 0 && shape.type === 'map') {
			return '{}';
		}

		const text = pairs(value, shapeName, true);
		return text === undefined ? undefined : `{${text}}`;
	}

	return scalar(value);
}

/**
 * The shell words (before quoting) for one parameter's value in shorthand: one word for a
 * structure or map, one per item for a list of structures; undefined where JSON must say it.
 */
export function shorthandWords(value: unknown, shapeName: string): string[] | undefined {
	const shape = getShape(shapeName);
	let words: Array<string | undefined>;
	if (shape.type === 'list' && getShape(shape.member.shape).type === 'structure') {
		words = Array.isArray(value) && value.length > 0 ? value.map(item => pairs(item, shape.member.shape, false)) : [undefined];
	} else if (shape.type === 'structure' || shape.type === 'map') {
		words = [pairs(value, shapeName, false)];
	} else {
		return undefined;
	}

	// A word the AWS CLI would read as a file to load is never written as shorthand.
	return words.every(word => word !== undefined && !isParamFileReference(word)) ? (words as string[]) : undefined;
}
