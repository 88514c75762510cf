// The prompt's keys: Enter saves (or asks first when the name is taken), Esc gives up; y/n answer.
import type {Dispatch} from 'react';
import {actionFor} from '../../keys/keybindings.js';
import {useKeys} from '../../keys/key-router.js';
import type {SavePresetAction, SavePresetState} from './use-save-preset-state.js';

export function useSavePreset(options: {
	state: SavePresetState;
	dispatch: Dispatch<SavePresetAction>;
	onSubmit: (overwrite: boolean) => void;
	onCancel: () => void;
}): void {
	const {state, dispatch, onSubmit, onCancel} = options;
	useKeys(
		(input, key) => {
			if (state.confirming) {
				const action = actionFor('confirm', input, key);
				if (action === 'yes') {
					onSubmit(true);
				} else if (action === 'no') {
					dispatch({type: 'confirmDeclined'});
				}

				return;
			}

			const action = actionFor('preset-name', input, key);
			if (action === 'choose') {
				onSubmit(false);
			} else if (action === 'cancel') {
				onCancel();
			}
		},
	);
}
