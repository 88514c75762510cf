// The participant being edited, kept apart from the request until it is saved, so Esc discards it.
import {useReducer} from 'react';
import type {ParticipantTokenConfiguration} from '../../stage/request.js';
import {removeEntry, saveEntry} from '../../wizard/collections.js';
import {applyFieldChange, type FieldChange} from '../../wizard/field-values.js';
import {setAt} from '../../wizard/paths.js';
import {attributesField} from '../../wizard/steps.js';

export type ParticipantEditorState = {
	value: ParticipantTokenConfiguration;
	mode: 'form' | 'attributes';
	/** Back from the attributes, the focus returns to their line rather than to the top. */
	focusAttributes: boolean;
};

export type ParticipantEditorAction =
	| {type: 'fieldChanged'; change: FieldChange}
	| {type: 'attributeSaved'; previousKey?: string | undefined; key: string; value: string}
	| {type: 'attributeRemoved'; key: string}
	| {type: 'attributesOpened'}
	| {type: 'attributesClosed'};

export function participantEditorReducer(state: ParticipantEditorState, action: ParticipantEditorAction): ParticipantEditorState {
	switch (action.type) {
		case 'fieldChanged': {
			return {...state, value: applyFieldChange(state.value, action.change)};
		}

		case 'attributeSaved': {
			return {...state, value: setAt(state.value, attributesField.path, saveEntry(state.value.attributes, action.previousKey, action.key, action.value))};
		}

		case 'attributeRemoved': {
			return {...state, value: setAt(state.value, attributesField.path, removeEntry(state.value.attributes, action.key))};
		}

		case 'attributesOpened': {
			return {...state, mode: 'attributes'};
		}

		case 'attributesClosed': {
			return {...state, mode: 'form', focusAttributes: true};
		}
	}
}

export function useParticipantEditorState(value: ParticipantTokenConfiguration) {
	return useReducer(participantEditorReducer, {value, mode: 'form', focusAttributes: false});
}
