// A form's own keys: moving between rows, and leaving it forward or back. Keys that change a value
// (Space, ←/→, digits, text) belong to the focused row's component.
import type {Dispatch} from 'react';
import {actionFor, type Scope} from '../../keys/keybindings.js';
import {useKeys} from '../../keys/key-router.js';
import type {FormAction} from './use-form-state.js';

export type FormKeys = {
	scope: Scope;
	focus: number;
	count: number;
	dispatch: Dispatch<FormAction>;
	/** Enter/Tab on a row: true when the row did something itself (saved the form). */
	onEnter: (index: number) => boolean;
	/** Space on a row that opens something (the attributes, a list to pick from). */
	onSpace: (index: number) => void;
	onDone: () => void;
	onBack: () => void;
};

export function useForm({scope, focus, count, dispatch, onEnter, onSpace, onDone, onBack}: FormKeys): void {
	useKeys(
		(input, key) => {
			switch (actionFor(scope, input, key)) {
				case 'up': {
					dispatch({type: 'moved', by: -1, count});
					break;
				}

				case 'down': {
					dispatch({type: 'moved', by: 1, count});
					break;
				}

				case 'next': {
					if (onEnter(focus)) {
						break;
					}

					if (focus >= count - 1) {
						onDone();
					} else {
						dispatch({type: 'moved', by: 1, count});
					}

					break;
				}

				case 'previous': {
					if (focus === 0) {
						onBack();
					} else {
						dispatch({type: 'moved', by: -1, count});
					}

					break;
				}

				case 'toggle': {
					onSpace(focus);
					break;
				}

				case 'back':
				case 'cancel': {
					onBack();
					break;
				}

				default: {
					break;
				}
			}
		},
	);
}
