// The keys of a list of items followed by its "add" and closing lines (tags, attributes,
// participants): move, add, edit (or add, or go on, by the line), remove, duplicate where the
// scope has it, and leave forward or back.
import {useKeys} from '../../keys/key-router.js';
import {actionFor, type Scope} from '../../keys/keybindings.js';

export type ItemListKeys = {
	scope: Scope;
	active: boolean;
	cursor: number;
	/** The items; the list's lines are these, then "add", then the closing line. */
	count: number;
	onMove: (by: number) => void;
	onAdd: () => void;
	onEdit: (index: number) => void;
	onRemove: (index: number) => void;
	/** Only where the scope binds a key to it (participants' c). */
	onDuplicate?: (index: number) => void;
	onNext: () => void;
	onBack: () => void;
};

export function useItemList(keys: ItemListKeys): void {
	const {scope, active, cursor, count} = keys;
	const onItem = (act: ((index: number) => void) | undefined) => {
		if (cursor < count) {
			act?.(cursor);
		}
	};

	useKeys(
		(input, key) => {
			switch (actionFor(scope, input, key)) {
				case 'up': {
					keys.onMove(-1);
					break;
				}

				case 'down': {
					keys.onMove(1);
					break;
				}

				case 'add': {
					keys.onAdd();
					break;
				}

				case 'edit': {
					if (cursor < count) {
						keys.onEdit(cursor);
					} else if (cursor === count) {
						keys.onAdd();
					} else {
						keys.onNext();
					}

					break;
				}

				case 'duplicate': {
					onItem(keys.onDuplicate);
					break;
				}

				case 'remove': {
					onItem(keys.onRemove);
					break;
				}

				case 'next': {
					keys.onNext();
					break;
				}

				case 'back': {
					keys.onBack();
					break;
				}

				default: {
					break;
				}
			}
		},
		{isActive: active},
	);
}
