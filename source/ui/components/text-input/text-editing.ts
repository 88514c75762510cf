// Editing a one-line value by keys, as plain functions of (value, cursor): what the text input does
// with each key, tested without a terminal. The cursor counts code points, so é or 🎥 is one step.
import type {Key} from 'ink';
import {fromPictures} from '../../../wizard/control-pictures.js';

export type Editing = {value: string; cursor: number};

/** Keys a text field leaves to the form around it. */
function belongsToForm(input: string, key: Key): boolean {
	return key.return || key.tab || key.escape || key.upArrow || key.downArrow || key.pageUp || key.pageDown || (key.ctrl && input === 'c');
}

/**
 * The edit a key makes, or undefined when the key is not the field's. `reserved`: characters the
 * field never takes because they keep their key meaning there (`?` in a stage name).
 */
export function editByKey(state: Editing, input: string, key: Key, reserved = ''): Editing | undefined {
	if (belongsToForm(input, key)) {
		return undefined;
	}

	const chars = [...state.value];
	const cursor = Math.min(Math.max(0, state.cursor), chars.length);
	if (key.leftArrow) {
		return {value: state.value, cursor: Math.max(0, cursor - 1)};
	}

	if (key.rightArrow) {
		return {value: state.value, cursor: Math.min(chars.length, cursor + 1)};
	}

	if (key.home || (key.ctrl && input === 'a')) {
		return {value: state.value, cursor: 0};
	}

	if (key.end || (key.ctrl && input === 'e')) {
		return {value: state.value, cursor: chars.length};
	}

	if (key.ctrl && input === 'u') {
		return {value: chars.slice(cursor).join(''), cursor: 0};
	}

	if (key.backspace) {
		return cursor === 0 ? state : {value: [...chars.slice(0, cursor - 1), ...chars.slice(cursor)].join(''), cursor: cursor - 1};
	}

	if (key.delete) {
		return {value: [...chars.slice(0, cursor), ...chars.slice(cursor + 1)].join(''), cursor};
	}

	if (key.ctrl || key.meta || input === '') {
		return undefined;
	}

	// Typed or pasted text: several characters at once when they arrived together. Backspaces in
	// it still delete, other controls (a pasted line's \r) are dropped, reserved characters too.
	const typed = [...input].filter(char => !reserved.includes(char));
	const before = fromPictures([...chars.slice(0, cursor), ...typed].join(''));
	const after = chars.slice(cursor).join('');
	return {value: before + after, cursor: [...before].length};
}
