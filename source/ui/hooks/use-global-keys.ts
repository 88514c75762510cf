// Keys that work everywhere: Ctrl+C quits (the draft stays), `?` opens and closes the key list
// except where it is typed text.
import {actionFor, isGlobalAction} from '../keys/keybindings.js';
import type {KeyScopeRegistry} from '../keys/key-scope.js';
import {useKeys} from '../input/key-router.js';

export function useGlobalKeys(options: {
	registry: KeyScopeRegistry;
	helpOpen: boolean;
	helpEnabled: boolean;
	onHelp: (open: boolean) => void;
	onInterrupt: () => void;
}): void {
	const {registry, helpOpen, helpEnabled, onHelp, onInterrupt} = options;
	useKeys((input, key) => {
		if (isGlobalAction('quit', input, key)) {
			onInterrupt();
		} else if (helpOpen) {
			if (actionFor('help', input, key) === 'cancel') {
				onHelp(false);
			}
		} else if (helpEnabled && isGlobalAction('help', input, key) && !registry.isTyping) {
			onHelp(true);
		}
	});
}
