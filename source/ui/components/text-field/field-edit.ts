// What an edit in ink-text-input means for the value kept in state. The field shows the value with
// control characters as pictures (ESC → ␛, one code unit for one, so the cursor stays where it
// was), and ink-text-input hands back the shown text with the edit made; this turns that back into
// the value. Characters a field reserves for a key (`?` opens help on the stage name, Space opens
// the storage list on the ARN) are taken out of what was just typed, never out of what was there;
// so is all of it when the key was not text (ink-text-input types Ctrl+A as `a`).
import {fromPictures, toPictures} from '../../../wizard/control-pictures.js';

export type FieldEdit = {
	value: string;
	/** The text shown differs from what ink-text-input has: its cursor must be set afresh. */
	resync: boolean;
};

/** The part of `next` that is new: what lies between the prefix and suffix it shares with `shown`. */
function insertedRange(shown: string, next: string): [start: number, end: number] {
	let start = 0;
	while (start < shown.length && start < next.length && shown[start] === next[start]) {
		start++;
	}

	let fromEnd = 0;
	while (fromEnd < shown.length - start && fromEnd < next.length - start && shown[shown.length - 1 - fromEnd] === next[next.length - 1 - fromEnd]) {
		fromEnd++;
	}

	return [start, next.length - fromEnd];
}

export type EditOptions = {
	/** Characters never inserted (they keep their key meaning in this field). */
	reserved?: string;
	/** False when the key was not text (a Ctrl or Alt combination): it may delete, not insert. */
	insert?: boolean;
};

export function applyFieldEdit(value: string, next: string, {reserved = '', insert = true}: EditOptions = {}): FieldEdit {
	const shown = toPictures(value);
	const [start, end] = insertedRange(shown, next);
	const inserted = next.slice(start, end);
	const kept = insert ? [...inserted].filter(char => !reserved.includes(char)).join('') : '';
	const edited = next.slice(0, start) + kept + next.slice(end);
	const result = fromPictures(edited);
	return {value: result, resync: kept !== inserted || toPictures(result) !== edited};
}
