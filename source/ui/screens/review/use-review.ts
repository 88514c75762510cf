// The review screen's keys: create, save as preset, copy the command, jump to a step, scroll, quit.
import {actionFor, type Action} from '../../keys/keybindings.js';
import {useKeys} from '../../keys/key-router.js';

export function useReview(options: {active: boolean; onAction: (action: Action) => void}): void {
	useKeys(
		(input, key) => {
			const action = actionFor('review', input, key);
			if (action) {
				options.onAction(action);
			}
		},
		{isActive: options.active},
	);
}
