// Reading and writing a request by path, without mutating it: the reducer keeps every earlier
// request intact, so selectors can cache on identity and a failed creation never loses input.
import type {PathSegment} from '../stage/validate.js';
import {isPlainObject} from '../stage/validate.js';

export type Path = PathSegment[];

export function getAt(value: unknown, path: Path): unknown {
	let current = value;
	for (const segment of path) {
		if (current === undefined || current === null || typeof current !== 'object') {
			return undefined;
		}

		current = (current as Record<PathSegment, unknown>)[segment];
	}

	return current;
}

/**
 * A copy of `root` with `value` at `path`. `undefined` removes the member, and objects left empty
 * by that are removed too, so clearing the last thumbnail field does not leave
 * `thumbnailConfiguration: {}` in the command the review screen shows. Writing the value already
 * there returns `root` itself, so an unchanged request keeps its identity.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
	return Object.is(getAt(root, path), value) ? root : (setIn(root, path, value, true) as T);
}

function setIn(container: unknown, path: Path, value: unknown, isRoot: boolean): unknown {
	const [head, ...rest] = path;
	if (head === undefined) {
		return value;
	}

	if (typeof head === 'number') {
		const list = Array.isArray(container) ? [...(container as unknown[])] : [];
		const next = setIn(list[head], rest, value, false);
		if (next === undefined) {
			list.splice(head, 1);
		} else {
			list[head] = next;
		}

		return list;
	}

	const object: Record<string, unknown> = isPlainObject(container) ? {...container} : {};
	const next = setIn(object[head], rest, value, false);
	if (next === undefined) {
		delete object[head];
	} else {
		object[head] = next;
	}

	return !isRoot && Object.keys(object).length === 0 ? undefined : object;
}

export function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
	return prefix.every((segment, index) => path[index] === segment);
}
