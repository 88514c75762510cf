// The participants screen's own state: the selected line, and which participant is open (if any).
import {useReducer} from 'react';

export type ParticipantsState = {cursor?: number | undefined; editing?: {index?: number}; notice?: string};

export type ParticipantsAction =
	| {type: 'moved'; from: number; by: number; count: number}
	| {type: 'editorOpened'; index?: number}
	| {type: 'editorClosed'; cursor?: number}
	| {type: 'noticed'; notice: string};

export function participantsReducer(state: ParticipantsState, action: ParticipantsAction): ParticipantsState {
	switch (action.type) {
		case 'moved': {
			return {cursor: Math.min(Math.max(0, action.from + action.by), Math.max(0, action.count - 1))};
		}

		case 'editorOpened': {
			return {cursor: state.cursor, editing: action.index === undefined ? {} : {index: action.index}};
		}

		case 'editorClosed': {
			return {cursor: action.cursor ?? state.cursor};
		}

		case 'noticed': {
			return {...state, notice: action.notice};
		}
	}
}

export function useParticipantsState() {
	return useReducer(participantsReducer, {});
}
