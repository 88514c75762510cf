// The key-value editor's own state: the selected line, and the entry being edited (if any).
import {useReducer} from 'react';

/**
 * `previousKey` is the entry's key before the edit (undefined for a new one), `previousValue` its
 * value; `refused` is set once Enter was refused for a problem.
 */
export type EntryDraft = {previousKey?: string; previousValue?: string; key: string; value: string; refused?: boolean};

/** A new entry nobody has typed into or tried to save yet: its problems are not shouted yet. */
export function untouched(entry: EntryDraft): boolean {
	return entry.previousKey === undefined && entry.key === '' && entry.value === '' && entry.refused !== true;
}

/** An existing entry saved as it was. */
export function unchanged(entry: EntryDraft): boolean {
	return entry.previousKey !== undefined && entry.key === entry.previousKey && entry.value === entry.previousValue;
}

export type KeyValueState = {cursor: number; editing?: EntryDraft; notice?: string};

export type KeyValueAction =
	| {type: 'moved'; by: number; count: number}
	| {type: 'editStarted'; entry: EntryDraft}
	| {type: 'entryChanged'; part: 'key' | 'value'; value: string}
	| {type: 'editEnded'; cursor?: number}
	| {type: 'saveRefused'}
	| {type: 'noticed'; notice: string};

export function keyValueReducer(state: KeyValueState, action: KeyValueAction): KeyValueState {
	switch (action.type) {
		case 'moved': {
			const cursor = Math.min(Math.max(0, state.cursor + action.by), Math.max(0, action.count - 1));
			return {cursor};
		}

		case 'editStarted': {
			return {cursor: state.cursor, editing: action.entry};
		}

		case 'entryChanged': {
			return state.editing ? {...state, editing: {...state.editing, [action.part]: action.value}} : state;
		}

		case 'editEnded': {
			return {cursor: action.cursor ?? state.cursor};
		}

		case 'saveRefused': {
			return state.editing ? {...state, editing: {...state.editing, refused: true}} : state;
		}

		case 'noticed': {
			return {...state, notice: action.notice};
		}
	}
}

export function useKeyValueState(initialCursor = 0) {
	return useReducer(keyValueReducer, {cursor: initialCursor});
}
