import test from 'ava';
import type {Key} from 'ink';
import {actionFor as actionIn, bindings, footerText as footerIn, helpEntries as helpIn, type KeyContext, type LiveScope} from '../../../source/ui/keys/keybindings.js';

const noKey = {} as Key;
const full: KeyContext = {revealed: false, canAdd: true, canSave: true};
const actionFor = (scope: LiveScope, input: string, key: Key, context: KeyContext) => actionIn(scope, input, key, context);
const helpEntries = (context: KeyContext) => helpIn('live', context);
const footerText = (context: KeyContext, width: number, scope: LiveScope = 'live') => footerIn(scope, width, context);

test('keys map to actions in the one key table, and unavailable ones do not', t => {
	t.is(actionFor('live', 'c', noKey, full), 'copy');
	// Ctrl+C is the way out, never a copy; no letter key acts with Ctrl or Meta held.
	t.is(actionFor('live', 'c', {...noKey, ctrl: true}, full), 'interrupt');
	t.is(actionFor('live', 'a', {...noKey, ctrl: true}, full), undefined);
	t.is(actionFor('live', 'q', {...noKey, meta: true}, full), undefined);
	t.is(actionFor('live', '', {...noKey, upArrow: true}, full), 'up');
	t.is(actionFor('live', '', {...noKey, downArrow: true}, full), 'down');
	t.is(actionFor('live', '', {...noKey, return: true}, full), 'details');
	t.is(actionFor('live', 'a', noKey, {...full, canAdd: false}), undefined);
	t.is(actionFor('live', 's', noKey, {...full, canSave: false}), undefined);
	t.is(actionFor('live', 'z', noKey, full), undefined);
	// In the details, Enter and Esc go back; the token keys still work there.
	t.is(actionFor('live-details', '', {...noKey, return: true}, full), 'back');
	t.is(actionFor('live-details', 'c', noKey, full), 'copy');
	t.is(actionFor('live-details', 'a', noKey, full), undefined);
	t.is(actionFor('live-help', '?', noKey, full), 'back');
});

test('the overlay lists every key of the table from the same table, and nothing of the wizard’s', t => {
	const listed = helpEntries(full).map(entry => entry.keys);
	for (const binding of bindings.live) {
		if (!binding.hidden) {
			t.true(listed.includes(binding.keys), binding.keys);
		}
	}

	// Nor any the table cannot honour now.
	t.false(helpEntries({...full, canAdd: false}).some(entry => entry.keys === 'a'));
	t.false(listed.includes('Tab'));
});

test('the footer fits, keeping q and ? at any width', t => {
	for (const width of [200, 80, 60, 30]) {
		const text = footerText(full, width);
		t.true(text.length <= width || width < 20, `${width}: ${text}`);
		t.true(text.includes('q quit'));
		t.true(text.includes('? help'));
	}

	for (const key of ['c copy', 'a add']) {
		t.true(footerText(full, 60).includes(key), footerText(full, 60));
	}

	t.true(footerText(full, 200).includes('s save preset'));
	t.false(footerText({...full, canSave: false}, 200).includes('save'));
	t.is(footerText(full, 200, 'live-details'), 'Esc/Enter back  c copy  r reveal  q quit');
	t.is(footerText(full, 200, 'live-help'), 'Esc/? back  q quit');
});

test('the reveal key says what it will do', t => {
	t.true(footerText(full, 200).includes('r reveal'));
	t.true(footerText({...full, revealed: true}, 200).includes('r mask'));
});

test('a table opened from a list shows the way back (Esc back) in its footer, at 80 and 60 columns; one opened alone does not', t => {
	const fromList: KeyContext = {revealed: false, canAdd: true, canSave: false, canGoBack: true};
	for (const width of [80, 60]) {
		t.regex(footerText(fromList, width), /Esc back/, `${width} columns`);
		t.true(footerText(fromList, width).length <= width);
		t.notRegex(footerText({...fromList, canGoBack: false}, width), /Esc/);
	}

	t.is(actionFor('live', '', {...noKey, escape: true}, fromList), 'back');
	// The help lists Esc once, saying where it goes back to.
	const esc = helpEntries(fromList).filter(entry => entry.keys === 'Esc');
	t.is(esc.length, 1);
	t.regex(esc[0]!.description, /opened from a list \(a batch’s stages, or stages\), back to it/);
});
