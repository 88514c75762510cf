// The live table's keys as the table uses them: its scopes in the wizard's one key table
// (keys/keybindings.ts), narrowed to what the table can do now (add needs an editor, save a
// store), with the footer cut to the terminal's width by each key's priority.
import type {Key} from 'ink';
import {columnsOf} from '../../wizard/text-columns.js';
import {bindings, type Action, type Binding, type LiveScope} from '../keys/keybindings.js';

export type KeyContext = {
	revealed: boolean;
	canAdd: boolean;
	canSave: boolean;
	/** Opened from a list (a batch's stages, `stages`) that Esc goes back to. */
	canGoBack?: boolean;
};

function available(binding: Binding, context: KeyContext): boolean {
	return binding.when === undefined || context[binding.when];
}

/** The action a key means in `scope`, if the table can do it now. */
export function actionFor(scope: LiveScope, input: string, key: Key, context: KeyContext): Action | undefined {
	return bindings[scope].find(binding => available(binding, context) && binding.matches(input, key))?.action;
}

/** What `?` lists: every key of the table the user can press now. */
export function helpEntries(context: KeyContext): Array<{keys: string; description: string}> {
	return bindings.live.filter(binding => !binding.hidden && available(binding, context)).map(({keys, description}) => ({keys, description}));
}

/**
 * The footer: "key label" pairs separated by two spaces, dropping the least important first until
 * it fits `width` (q and ? always stay, so the way out and the way to everything else are visible;
 * at 60 columns c and a stay too).
 */
export function footerText(context: KeyContext, width: number, scope: LiveScope = 'live'): string {
	let entries = bindings[scope]
		.filter(binding => binding.footer !== undefined && available(binding, context) && (binding.footerWhen === undefined || context[binding.footerWhen] === true))
		.map(binding => ({priority: binding.priority ?? 0, text: `${binding.keys} ${context.revealed ? binding.footerRevealed ?? binding.footer! : binding.footer!}`}));
	const render = () => entries.map(entry => entry.text).join('  ');
	while (columnsOf(render()) > width) {
		const highest = Math.max(...entries.map(entry => entry.priority));
		if (highest <= 0) {
			break;
		}

		const index = entries.findLastIndex(entry => entry.priority === highest);
		entries = entries.toSpliced(index, 1);
	}

	return render();
}
