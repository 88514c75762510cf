// Keys of the storage configuration list.
import type {Dispatch} from 'react';
import {actionFor} from '../../keys/keybindings.js';
import {useKeys} from '../../keys/key-router.js';
import type {RecordingAction} from './use-recording-state.js';

export function useStoragePicker(options: {active: boolean; cursor: number; count: number; dispatch: Dispatch<RecordingAction>; onPick: (index: number) => void}): void {
	const {active, cursor, count, dispatch, onPick} = options;
	useKeys(
		(input, key) => {
			const action = actionFor('storage-picker', input, key);
			if (action === 'up' || action === 'down') {
				dispatch({type: 'pickerMoved', by: action === 'up' ? -1 : 1, count});
			} else if (action === 'choose') {
				onPick(cursor);
			} else if (action === 'cancel') {
				dispatch({type: 'pickerClosed'});
			}
		},
		{isActive: active},
	);
}
