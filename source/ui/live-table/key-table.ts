// Every key of the live table, in one table: the input hook matches keys against it, the footer
// and the `?` overlay are drawn from it, so a key cannot work without being listed or vice versa.
import type {Key} from 'ink';

export type LiveTableCommand =
	| 'select-previous'
	| 'select-next'
	| 'details'
	| 'copy'
	| 'reveal'
	| 'add'
	| 'export'
	| 'json'
	| 'save'
	| 'help'
	| 'back'
	| 'quit'
	| 'interrupt';

export type KeyContext = {
	revealed: boolean;
	canAdd: boolean;
	canSave: boolean;
};

export type KeyBinding = {
	command: LiveTableCommand;
	/** How the key is written in the footer and the overlay. */
	keys: string;
	/** A word or two for the footer. */
	label: (context: KeyContext) => string;
	/** A sentence for the `?` overlay. */
	description: string;
	matches: (input: string, key: Key) => boolean;
	/**
	 * Keys the footer drops first when the terminal is narrow have a higher number; 0 never goes.
	 * Copy and add (1) outlast everything but q and ?: they are what the table is for.
	 */
	footerPriority: number;
	/** Whether the table's own footer lists it (overlays pick their keys with `only`). */
	inMainFooter: boolean;
	available?: (context: KeyContext) => boolean;
};

/** A plain character: with Ctrl or Meta held it is another key (Ctrl+C must never copy). */
function char(character: string): KeyBinding['matches'] {
	return (input, key) => input === character && !key.ctrl && !key.meta;
}

export const keyTable: readonly KeyBinding[] = [
	{
		command: 'select-previous',
		keys: '↑/↓',
		label: () => 'select',
		description: 'Select the previous or next participant token',
		matches: (_input, key) => key.upArrow,
		footerPriority: 2,
		inMainFooter: true,
	},
	{
		command: 'select-next',
		keys: '↓',
		label: () => '',
		description: '',
		matches: (_input, key) => key.downArrow,
		footerPriority: 0,
		inMainFooter: false,
	},
	{
		command: 'details',
		keys: 'Enter',
		label: () => 'details',
		description: "Show the selected token's attributes, expiry time and full IDs",
		matches: (_input, key) => key.return,
		footerPriority: 2,
		inMainFooter: true,
	},
	{
		command: 'copy',
		keys: 'c',
		label: () => 'copy',
		description: "Copy the selected participant's token (system clipboard, or OSC 52 through the terminal)",
		matches: char('c'),
		footerPriority: 1,
		inMainFooter: true,
	},
	{
		command: 'reveal',
		keys: 'r',
		label: context => (context.revealed ? 'mask' : 'reveal'),
		description: 'Reveal or mask the participant tokens (masked by default)',
		matches: char('r'),
		footerPriority: 3,
		inMainFooter: true,
	},
	{
		command: 'add',
		keys: 'a',
		label: () => 'add',
		description: 'Add a participant token to the stage (CreateParticipantToken)',
		matches: char('a'),
		footerPriority: 1,
		inMainFooter: true,
		available: context => context.canAdd,
	},
	{
		command: 'export',
		keys: 'x',
		label: () => 'export',
		description: 'Export the tokens to a file only you can read (mode 0600)',
		matches: char('x'),
		footerPriority: 3,
		inMainFooter: true,
	},
	{
		command: 'json',
		keys: 'j',
		label: () => 'json',
		description: 'Exit and print the response as --output json would',
		matches: char('j'),
		footerPriority: 4,
		inMainFooter: true,
	},
	{
		command: 'save',
		keys: 's',
		label: () => 'save preset',
		description: "Save this stage's settings as a preset",
		matches: char('s'),
		footerPriority: 4,
		inMainFooter: true,
		available: context => context.canSave,
	},
	{
		command: 'back',
		keys: 'Esc',
		label: () => 'back',
		description: 'Close the details or this help',
		matches: (_input, key) => key.escape,
		footerPriority: 0,
		inMainFooter: false,
	},
	{
		command: 'quit',
		keys: 'q',
		label: () => 'quit',
		description: 'Quit; the stage ARN (and any export path) stays on the terminal',
		matches: char('q'),
		footerPriority: 0,
		inMainFooter: true,
	},
	{
		command: 'help',
		keys: '?',
		label: () => 'help',
		description: 'Show or hide this list of keys',
		matches: char('?'),
		footerPriority: 0,
		inMainFooter: true,
	},
	{
		command: 'interrupt',
		keys: 'Ctrl+C',
		label: () => 'quit',
		description: 'Quit at once (exit code 130); the stage ARN and any export path stay on the terminal',
		matches: (input, key) => key.ctrl && input === 'c',
		footerPriority: 0,
		inMainFooter: false,
	},
];

export function commandFor(input: string, key: Key, context: KeyContext): LiveTableCommand | undefined {
	return keyTable.find(binding => binding.matches(input, key) && (binding.available?.(context) ?? true))?.command;
}

/** The bindings the user can press now, as the overlay lists them. */
export function helpEntries(context: KeyContext): Array<{keys: string; description: string}> {
	return keyTable
		.filter(binding => binding.description !== '' && (binding.available?.(context) ?? true))
		.map(binding => ({keys: binding.keys, description: binding.description}));
}

/**
 * The footer: "key label" pairs separated by two spaces, dropping the least important first until
 * it fits `width` (q and ? always stay, so the way out and the way to everything else are visible;
 * at 60 columns c and a stay too).
 * `only` narrows it to the keys an overlay takes.
 */
export function footerText(context: KeyContext, width: number, only?: readonly LiveTableCommand[]): string {
	let entries = keyTable
		.filter(binding => (only ? only.includes(binding.command) : binding.inMainFooter) && (binding.available?.(context) ?? true))
		.map(binding => ({priority: binding.footerPriority, text: `${binding.keys} ${binding.label(context)}`}));
	const render = () => entries.map(entry => entry.text).join('  ');
	while (render().length > width) {
		const highest = Math.max(...entries.map(entry => entry.priority));
		if (highest <= 0) {
			break;
		}

		const index = entries.findLastIndex(entry => entry.priority === highest);
		entries = entries.toSpliced(index, 1);
	}

	return render();
}
