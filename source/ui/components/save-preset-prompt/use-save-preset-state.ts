// The save-as-preset prompt: the name being typed, then (if it is taken) the question to overwrite.
import {useReducer} from 'react';

export type SavePresetState = {name: string; confirming: boolean; error?: string};

export type SavePresetAction =
	| {type: 'nameChanged'; name: string}
	| {type: 'confirmAsked'}
	| {type: 'confirmDeclined'}
	| {type: 'failed'; error: string};

export function savePresetReducer(state: SavePresetState, action: SavePresetAction): SavePresetState {
	switch (action.type) {
		case 'nameChanged': {
			return {name: action.name, confirming: false};
		}

		case 'confirmAsked': {
			return {...state, confirming: true};
		}

		case 'confirmDeclined': {
			return {...state, confirming: false};
		}

		case 'failed': {
			return {...state, confirming: false, error: action.error};
		}
	}
}

export function useSavePresetState(initialName: string) {
	return useReducer(savePresetReducer, {name: initialName, confirming: false});
}
