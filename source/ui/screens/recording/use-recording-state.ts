// The recording screen's own state: whether the storage configuration list is open, and where.
import {useReducer} from 'react';

export type RecordingState = {picker?: {cursor: number}};

export type RecordingAction = {type: 'pickerOpened'; cursor: number} | {type: 'pickerMoved'; by: number; count: number} | {type: 'pickerClosed'};

export function recordingReducer(state: RecordingState, action: RecordingAction): RecordingState {
	switch (action.type) {
		case 'pickerOpened': {
			return {picker: {cursor: action.cursor}};
		}

		case 'pickerMoved': {
			return state.picker ? {picker: {cursor: Math.min(Math.max(0, state.picker.cursor + action.by), Math.max(0, action.count - 1))}} : state;
		}

		case 'pickerClosed': {
			return {};
		}
	}
}

export function useRecordingState() {
	return useReducer(recordingReducer, {});
}
