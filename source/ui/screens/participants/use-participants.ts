// The participants list's keys: select, add, edit, copy, remove, and leave forward or back.
import {actionFor} from '../../keys/keybindings.js';
import {useScopeActive} from '../../keys/key-scope.js';
import {useKeys} from '../../keys/key-router.js';

export type ParticipantsKeys = {
	active: boolean;
	cursor: number;
	count: number;
	onMove: (by: number) => void;
	onAdd: () => void;
	onEdit: (index: number) => void;
	onDuplicate: (index: number) => void;
	onRemove: (index: number) => void;
	onNext: () => void;
	onBack: () => void;
};

export function useParticipants({active, cursor, count, onMove, onAdd, onEdit, onDuplicate, onRemove, onNext, onBack}: ParticipantsKeys): void {
	const scopeActive = useScopeActive();
	useKeys(
		(input, key) => {
			switch (actionFor('participants', input, key)) {
				case 'up': {
					onMove(-1);
					break;
				}

				case 'down': {
					onMove(1);
					break;
				}

				case 'add': {
					onAdd();
					break;
				}

				case 'edit': {
					// Lines: the participants, then "add", then "continue".
					if (cursor < count) {
						onEdit(cursor);
					} else if (cursor === count) {
						onAdd();
					} else {
						onNext();
					}

					break;
				}

				case 'duplicate': {
					if (cursor < count) {
						onDuplicate(cursor);
					}

					break;
				}

				case 'remove': {
					if (cursor < count) {
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
