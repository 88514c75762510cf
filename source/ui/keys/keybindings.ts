// Every key binding of the wizard and the live table after it, in one table. Screens ask
// `actionFor(scope, input, key)` which action a key means, the `?` overlay lists a scope's bindings
// and the footer shows the ones marked `footer`: a key that works is always a key that is listed.
// The live table passes what it can do now (KeyContext): a key it cannot honour is neither matched nor listed.
import type {Key} from 'ink';
import {columnsOf} from '../../wizard/text-columns.js';

/** A screen, or a part of one, with keys of its own: the table below names every one. */
export type Scope = keyof typeof bindings;

/** The live table's scopes: the table, a token's details, and its own list of keys. */
export type LiveScope = 'live' | 'live-details' | 'live-help';

const liveScopes: readonly Scope[] = ['live', 'live-details', 'live-help'];

/** What the live table can do now (add needs an editor, save a preset store) and how it shows. */
export type KeyContext = {revealed: boolean; canAdd: boolean; canSave: boolean; canGoBack?: boolean};
type Context = Partial<KeyContext>;

export type Action =
	// Moving and choosing
	| 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'choose' | 'next' | 'previous' | 'back' | 'cancel' | 'toggle'
	// Everywhere, and on the start screen
	| 'quit' | 'interrupt' | 'help' | 'yes' | 'no' | 'newStage' | 'resumeDraft' | 'yourStages' | 'clearField'
	// Lists of tags, participants, attributes
	| 'add' | 'edit' | 'remove' | 'duplicate'
	// Review
	| 'create' | 'savePreset' | 'copyCommand' | 'writeTemplate' | 'editStart' | 'editName' | 'editTags' | 'editParticipants' | 'editRecording'
	// The live table and the stages screen
	| 'details' | 'copy' | 'reveal' | 'export' | 'json' | 'filter' | 'copyArn' | 'delete' | 'refresh' | 'publish';

type Matcher = (input: string, key: Key) => boolean;

export type Binding = {
	/** Matched, but folded into a neighbour's line in the overlay (↓ beside ↑). */
	hidden?: boolean;
	action: Action;
	/** How the overlay and footer write the key. */
	keys: string;
	description: string;
	/** Set for the main keys: the footer shows them with this short label. */
	footer?: string;
	matches: Matcher;
	/** The footer drops the highest first (then the later) when the terminal is narrow; 0 never goes; unset is 1. */
	priority?: number;
	/** Live table: offered only when the table can (add needs an editor, save a preset store). */
	when?: 'canAdd' | 'canSave';
	/** Live table: always offered, but in the footer only when this holds (Esc back: a list it came from). */
	footerWhen?: 'canGoBack';
	/** Live table: the footer's label while the tokens are revealed. */
	footerRevealed?: string;
};

const enter: Matcher = (_input, key) => key.return;
const tab: Matcher = (_input, key) => key.tab && !key.shift;
const shiftTab: Matcher = (_input, key) => key.tab && key.shift;
const escape: Matcher = (_input, key) => key.escape;
const up: Matcher = (_input, key) => key.upArrow;
const down: Matcher = (_input, key) => key.downArrow;
const left: Matcher = (_input, key) => key.leftArrow;
const right: Matcher = (_input, key) => key.rightArrow;
const pageUp: Matcher = (_input, key) => key.pageUp;
const pageDown: Matcher = (_input, key) => key.pageDown;
const ctrl =
	(letter: string): Matcher =>
	(input, key) =>
		key.ctrl && input === letter;
// Ink 8 tells the Delete key from Backspace, so Delete can remove without Backspace doing so by accident.
const removeKey: Matcher = (input, key) => key.delete || (!key.ctrl && !key.meta && input === 'd');
/** A plain character: with Ctrl or Meta held it is another key (Ctrl+C never copies). */
const char =
	(...chars: string[]): Matcher =>
	(input, key) =>
		!key.ctrl && !key.meta && chars.includes(input);
const any =
	(...matchers: Matcher[]): Matcher =>
	(input, key) =>
		matchers.some(matcher => matcher(input, key));

/** `extra` is the footer's label, or the rest of the entry. */
function binding(action: Action, keys: string, description: string, matches: Matcher, extra: string | Partial<Binding> = {}): Binding {
	return {action, keys, description, matches, ...(typeof extra === 'string' ? {footer: extra} : extra)};
}

/** Listed on every screen; handled by the app itself. */
export const globalBindings: Binding[] = [
	binding('help', '?', 'show or hide this list of keys (in text fields, ? is typed)', char('?'), 'keys'),
	binding('quit', 'Ctrl+C', 'quit; your draft is kept for next time', ctrl('c')),
];

/** In every scope with a text field; the field itself acts on it (components/text-field). */
export const clearField = binding('clearField', 'Ctrl+U', 'clear the text field', ctrl('u'));

const upDown = binding('up', '↑/↓', 'move', up);
// One entry lists ↑/↓ for the overlay; `down` still needs its own matcher for the screens.
const downOnly = binding('down', '↓', 'move down', down, {hidden: true});

const listKeys = (thing: string, extra: Binding[] = []): Binding[] => [
	upDown,
	downOnly,
	binding('edit', 'Enter', `edit the selected ${thing}, add one, or continue (on those lines); a ${thing} saved unchanged leaves the cursor on Continue`, enter, 'edit'),
	// Right after Enter, so a narrow footer still says how to move on.
	binding('next', 'Tab', 'continue to the next step, from any line', tab, 'continue'),
	binding('add', 'a', `add a ${thing}`, char('a'), 'add'),
	binding('remove', 'd/Delete', `remove the selected ${thing}`, removeKey, 'remove'),
	...extra,
	binding('back', 'Shift+Tab/Esc', 'back to the previous step', any(shiftTab, escape), 'back'),
];

/** The two-field form of one map entry (a tag, an attribute): key, then value, which saves it. */
const entryFormKeys = (thing: string): Binding[] => [
	upDown,
	downOnly,
	binding('next', 'Enter/Tab', `next field; on the value, save the ${thing}`, any(enter, tab), 'next'),
	binding('previous', 'Shift+Tab', 'previous field', shiftTab),
	binding('cancel', 'Esc', `discard this ${thing}`, escape, 'cancel'),
	clearField,
];

const formKeys = (done: string, leave: string): Binding[] => [
	upDown,
	downOnly,
	binding('next', 'Enter/Tab', `next field; on the last one, ${done}`, any(enter, tab), 'next'),
	binding('previous', 'Shift+Tab', 'previous field', shiftTab),
	binding('toggle', 'Space', 'switch a toggle; open attributes or a list', char(' '), 'switch/open'),
	binding('left', '←/→', 'pick another choice or quick value', left, 'pick'),
	binding('right', '→', 'next choice or quick value', right, {hidden: true}),
	binding('back', 'Esc', leave, escape, 'back'),
	clearField,
];

const selectStage = [binding('up', '↑/↓', 'select the previous or next stage', up, 'select'), binding('down', '↓', 'select the next stage', down, {hidden: true})];
const liveInterrupt = binding('interrupt', 'Ctrl+C', 'quit at once (exit code 130); the stage ARN and any export path stay on the terminal', ctrl('c'));
const liveQuit = binding('quit', 'q', 'quit; the stage ARN (and any export path) stays on the terminal', char('q'), {footer: 'quit', priority: 0});
const liveCopy = binding('copy', 'c', 'copy the selected participant’s token (system clipboard, or OSC 52 through the terminal)', char('c'), {footer: 'copy', priority: 1});
const liveReveal = binding('reveal', 'r', 'reveal or mask the participant tokens (masked by default)', char('r'), {footer: 'reveal', footerRevealed: 'mask', priority: 3});

export const bindings = {
	start: [
		upDown,
		downOnly,
		binding('choose', 'Enter/Tab', 'choose the selected line; on a preset, review it filled in (Enter there creates)', any(enter, tab), 'choose'),
		binding('newStage', 'n', 'start a new stage', char('n'), 'new'),
		binding('resumeDraft', 'r', 'resume your draft, if there is one', char('r')),
		binding('yourStages', 's', 'your stages: the region’s stages, to watch, add tokens to or delete', char('s'), 'stages'),
		binding('quit', 'q', 'quit without creating anything', char('q'), 'quit'),
	],
	picker: [upDown, downOnly, binding('choose', 'Enter', 'pick', enter, 'choose'), binding('cancel', 'Esc', 'keep the current value', escape, 'cancel')],
	endpoint: [
		binding('choose', 'Enter', 'use this endpoint (empty: the default)', enter, 'choose'),
		binding('cancel', 'Esc', 'keep the current endpoint', escape, 'cancel'),
		clearField,
	],
	name: [
		binding('next', 'Enter/Tab', 'continue to tags', any(enter, tab), 'next'),
		binding('up', '↑/↓', 'move between the name and how many stages', up),
		downOnly,
		binding('left', '←/→', 'how many stages: one fewer or one more (or type the number)', left),
		binding('right', '→', 'one more stage', right, {hidden: true}),
		binding('back', 'Shift+Tab/Esc', 'back to the start', any(shiftTab, escape), 'back'),
		clearField,
	],
	tags: listKeys('tag'),
	'tag-form': entryFormKeys('tag'),
	participants: listKeys('participant', [binding('duplicate', 'c', 'copy the selected participant', char('c'), 'copy')]),
	'participant-form': formKeys('save the participant', 'discard changes'),
	attributes: [
		upDown,
		downOnly,
		binding('edit', 'Enter', 'edit the selected attribute (or add)', enter, 'edit'),
		binding('add', 'a', 'add an attribute', char('a'), 'add'),
		binding('remove', 'd/Delete', 'remove the selected attribute', removeKey, 'remove'),
		binding('back', 'Esc/Tab', 'done with attributes', any(escape, tab, shiftTab), 'back'),
	],
	'attribute-form': entryFormKeys('attribute'),
	recording: formKeys('continue to review', 'back to participants'),
	'storage-picker': [
		upDown,
		downOnly,
		binding('choose', 'Enter', 'use the selected storage configuration', enter, 'choose'),
		binding('cancel', 'Esc', 'keep typing the ARN instead', escape, 'cancel'),
	],
	review: [
		binding('create', 'Enter', 'create the stage', enter, 'create'),
		binding('up', '↑/↓ PgUp/PgDn', 'scroll', up),
		binding('down', '↓', 'scroll down', down, {hidden: true}),
		binding('pageUp', 'PgUp', 'scroll a page up', pageUp, {hidden: true}),
		binding('pageDown', 'PgDn', 'scroll a page down', pageDown, {hidden: true}),
		binding('savePreset', 's', 'save as a preset', char('s'), 'save preset'),
		binding('copyCommand', 'y', 'copy the aws command to the clipboard', char('y')),
		binding('editStart', '0', 'change profile, region or endpoint (not in the sandbox)', char('0')),
		binding('editName', '1–4', 'edit a step: 1 name, 2 tags, 3 participants, 4 recording', char('1'), 'edit a step'),
		binding('editTags', '2', 'edit the tags', char('2'), {hidden: true}),
		binding('editParticipants', '3', 'edit the participants', char('3'), {hidden: true}),
		binding('editRecording', '4', 'edit recording', char('4'), {hidden: true}),
		// After the steps, so a narrow footer keeps those first.
		binding('writeTemplate', 't', 'write <stage name>.template.yaml, a CloudFormation template, here', char('t'), 'template'),
		binding('back', 'Shift+Tab/Esc', 'back to recording', any(shiftTab, escape)),
		binding('quit', 'q', 'quit without creating; the draft is kept', char('q'), 'quit'),
	],
	'preset-name': [binding('choose', 'Enter', 'save the preset', enter, 'save'), binding('cancel', 'Esc', 'do not save', escape, 'cancel'), clearField],
	confirm: [binding('yes', 'y', 'yes', char('y', 'Y'), 'yes'), binding('no', 'n/Esc', 'no', any(char('n', 'N'), escape), 'no')],
	creating: [],
	'stage-list': [
		...selectStage,
		binding('details', 'Enter', 'open the selected stage’s table (its tokens, who has joined); Esc comes back here', enter, 'open'),
		binding('json', 'j', 'exit and print {"results": [...]} as --output json would', char('j'), 'json'),
		binding('quit', 'q', 'quit; the stage ARNs stay on the terminal', char('q'), 'quit'),
	],
	// `stages`: the region's stages. Letters are keys here; `/` moves to the filter, where they are text.
	stages: [
		...selectStage,
		binding('details', 'Enter', 'open the selected stage’s live table (who has joined, its session); Esc comes back here', enter, 'open'),
		// Before the rest: the footer keeps whole entries from the left, and the way out stays at 60 columns.
		binding('quit', 'q', 'quit', char('q'), 'quit'),
		binding('filter', '/', 'filter the stages: type part of a name, ARN, session or tag', char('/'), 'filter'),
		binding('add', 'a', 'add a participant token to the selected stage (the table opens on the editor)', char('a'), 'add'),
		binding('delete', 'd', 'delete the selected stage (DeleteStage), after asking', char('d'), 'delete'),
		binding('copyArn', 'c', 'copy the selected stage’s ARN (system clipboard, or OSC 52 through the terminal)', char('c'), 'copy'),
		binding('refresh', 'g', 'read the stages again', char('g')),
		binding('back', 'Esc', 'clear the filter; from the start screen, back to it', escape),
	],
	'stages-filter': [
		binding('choose', 'Enter/↓', 'done typing: back to the list, the filter kept', any(enter, down), 'done'),
		binding('cancel', 'Esc', 'clear the filter and go back to the list', escape, 'clear'),
		clearField,
	],
	help: [binding('cancel', '?/Esc', 'close this list', any(char('?'), escape), 'close')],
	live: [
		binding('up', '↑/↓', 'select the previous or next participant token', up, {footer: 'select', priority: 2}),
		binding('down', '↓', 'select the next participant token', down, {hidden: true}),
		binding('details', 'Enter', 'show the selected token’s attributes, expiry time and full IDs', enter, {footer: 'details', priority: 2}),
		liveCopy,
		liveReveal,
		binding('add', 'a', 'add a participant token to the stage (CreateParticipantToken)', char('a'), {footer: 'add', priority: 1, when: 'canAdd'}),
		binding('export', 'x', 'export the tokens to a file only you can read (mode 0600)', char('x'), {footer: 'export', priority: 3}),
		binding('json', 'j', 'exit and print the response as --output json would', char('j'), {footer: 'json', priority: 4}),
		binding('savePreset', 's', 'save this stage’s settings as a preset', char('s'), {footer: 'save preset', priority: 4, when: 'canSave'}),
		binding('publish', 'p', 'publish the test pattern as the selected participant (its token needs PUBLISH), in the background; p again stops it', char('p'), {footer: 'publish', priority: 4}),
		// In the footer only where there is a list to go back to.
		binding('back', 'Esc', 'close the details or this list of keys; opened from a list (a batch’s stages, or stages), back to it', escape, {footer: 'back', priority: 1, footerWhen: 'canGoBack'}),
		liveQuit,
		binding('help', '?', 'show or hide this list of keys', char('?'), {footer: 'help', priority: 0}),
		liveInterrupt,
	],
	'live-details': [
		binding('back', 'Esc/Enter', 'back to the table', any(escape, enter), {footer: 'back', priority: 0}),
		liveCopy,
		liveReveal,
		liveQuit,
		binding('help', '?', 'the list of keys', char('?')),
		liveInterrupt,
	],
	'live-help': [binding('back', 'Esc/?', 'close this list', any(escape, char('?')), {footer: 'back', priority: 0}), liveQuit, liveInterrupt],
} satisfies Record<string, Binding[]>;

const offered = (entry: Binding, context: Context) => entry.when === undefined || context[entry.when] === true;

/** The global keys a scope lists: none in the live table (it has its own), no `?` in the list of keys. */
const globalsOf = (scope: Scope) => (liveScopes.includes(scope) ? [] : scope === 'help' ? globalBindings.filter(entry => entry.action !== 'help') : globalBindings);

export function actionFor(scope: Scope, input: string, key: Key, context: Context = {}): Action | undefined {
	return bindings[scope].find(entry => offered(entry, context) && entry.matches(input, key))?.action;
}

export function isGlobalAction(action: Action, input: string, key: Key): boolean {
	return globalBindings.some(entry => entry.action === action && entry.matches(input, key));
}

/** What the overlay lists: the scope's keys, then the global ones. */
export function helpEntries(scope: Scope, context: Context = {}): Binding[] {
	return [...bindings[scope], ...globalsOf(scope)].filter(entry => !entry.hidden && offered(entry, context));
}

/** One footer entry as drawn, `Enter create` (`r mask` while the tokens show). */
export function footerEntryText(entry: Binding, context: Context = {}): string {
	return `${entry.keys} ${(context.revealed ? entry.footerRevealed : undefined) ?? entry.footer ?? ''}`;
}

/**
 * The footer's entries that fit `width` whole, joined by `separator`: `?` first, then the table's
 * order; the least important go first (see `priority`), so a narrow terminal keeps the way to the
 * rest, and a word is never cut (`Es…` tells nobody anything).
 */
export function footerEntries(scope: Scope, width = Number.POSITIVE_INFINITY, context: Context = {}, separator = ' · '): Binding[] {
	const shown = (entry: Binding) => entry.footer !== undefined && offered(entry, context) && (entry.footerWhen === undefined || context[entry.footerWhen] === true);
	let entries = [...globalsOf(scope), ...bindings[scope]].filter(shown);
	while (columnsOf(entries.map(entry => footerEntryText(entry, context)).join(separator)) > width) {
		const highest = Math.max(...entries.map(entry => entry.priority ?? 1));
		if (highest <= 0) {
			break;
		}

		entries = entries.toSpliced(entries.findLastIndex(entry => (entry.priority ?? 1) === highest), 1);
	}

	return entries;
}

/** The footer as one line of text (the live table's). */
export function footerText(scope: Scope, width: number, context: Context = {}, separator = '  '): string {
	return footerEntries(scope, width, context, separator).map(entry => footerEntryText(entry, context)).join(separator);
}
