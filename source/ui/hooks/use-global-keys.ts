// Keys that work everywhere: Ctrl+C quits (the draft stays), `?` opens and closes the key list
// except where it is typed text.
import {actionFor, isGlobalAction, type Scope} from '../keys/keybindings.js';
import {useKeyRouter, useKeys} from '../keys/key-router.js';

export function useGlobalKeys(options: {
	helpOpen: boolean;
	helpEnabled: boolean;
	/** Opened, with the scope whose keys it lists; or closed (undefined). */
	onHelp: (help: {scope: Scope | undefined} | undefined) => void;
	onInterrupt: () => void;
}): void {
	const {helpOpen, helpEnabled, onHelp, onInterrupt} = options;
	const router = useKeyRouter();
	useKeys((input, key) => {
		if (isGlobalAction('quit', input, key)) {
			onInterrupt();
		} else if (helpOpen) {
			if (actionFor('help', input, key) === 'cancel') {
				onHelp(undefined);
			}
		} else if (helpEnabled && isGlobalAction('help', input, key) && !router.types('?')) {
			onHelp({scope: router.getScope()});
		}
	});
}
