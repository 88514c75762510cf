// Keys of the key-value list: select, add, edit, remove, and leave forward or back.
import type {Dispatch} from 'react';
import {actionFor, type Scope} from '../../keys/keybindings.js';
import {useScopeActive} from '../../keys/key-scope.js';
import type {KeyValueAction} from './use-key-value-state.js';
import {useKeys} from '../../keys/key-router.js';

export type KeyValueKeys = {
	scope: Scope;
	active: boolean;
	cursor: number;
	/** Entries, then "add", then the closing line. */
	lineCount: number;
	entryCount: number;
	dispatch: Dispatch<KeyValueAction>;
	onAdd: () => void;
	onEdit: (index: number) => void;
	onRemove: (index: number) => void;
	onNext: () => void;
	onBack: () => void;
};

export function useKeyValue({scope, active, cursor, lineCount, entryCount, dispatch, onAdd, onEdit, onRemove, onNext, onBack}: KeyValueKeys): void {
	const scopeActive = useScopeActive();
	useKeys(
		(input, key) => {
			switch (actionFor(scope, input, key)) {
				case 'up': {
					dispatch({type: 'moved', by: -1, count: lineCount});
					break;
				}

				case 'down': {
					dispatch({type: 'moved', by: 1, count: lineCount});
					break;
				}

				case 'add': {
					onAdd();
					break;
				}

				case 'edit': {
					if (cursor < entryCount) {
						onEdit(cursor);
					} else if (cursor === entryCount) {
						onAdd();
					} else {
						onNext();
					}

					break;
				}

				case 'remove': {
					if (cursor < entryCount) {
						onRemove(cursor);
					}

					break;
				}

				case 'next': {
					onNext();
					break;
				}

				case 'back': {
					onBack();
					break;
				}

				default: {
					break;
				}
			}
		},
		{isActive: scopeActive && active},
	);
}
