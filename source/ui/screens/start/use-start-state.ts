// The start screen's own state: the selected line, and an open picker or endpoint field.
import {useReducer} from 'react';

/** A profile or region to pick, or where a resumed draft's stage goes (draft-place.ts). */
export type PickerKind = 'profile' | 'region' | 'place';

export type StartState = {
	/** Undefined until the user moves: the screen then rests on its default line. */
	cursor?: number | undefined;
	picker?: {kind: PickerKind; cursor: number};
	endpoint?: string;
};

export type StartAction =
	| {type: 'moved'; from: number; by: number; count: number}
	| {type: 'pickerOpened'; kind: PickerKind; cursor: number}
	| {type: 'pickerMoved'; by: number; count: number}
	| {type: 'endpointOpened'; value: string}
	| {type: 'endpointChanged'; value: string}
	| {type: 'closed'};

const clamp = (value: number, count: number) => Math.min(Math.max(0, value), Math.max(0, count - 1));

export function startReducer(state: StartState, action: StartAction): StartState {
	switch (action.type) {
		case 'moved': {
			return {...state, cursor: clamp(action.from + action.by, action.count)};
		}

		case 'pickerOpened': {
			return {cursor: state.cursor, picker: {kind: action.kind, cursor: action.cursor}};
		}

		case 'pickerMoved': {
			return state.picker ? {...state, picker: {...state.picker, cursor: clamp(state.picker.cursor + action.by, action.count)}} : state;
		}

		case 'endpointOpened': {
			return {cursor: state.cursor, endpoint: action.value};
		}

		case 'endpointChanged': {
			return state.endpoint === undefined ? state : {...state, endpoint: action.value};
		}

		case 'closed': {
			return {cursor: state.cursor};
		}
	}
}

export function useStartState() {
	return useReducer(startReducer, {});
}
