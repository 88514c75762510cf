import test from 'ava';
import type {Key} from 'ink';
import {commandFor, footerText, helpEntries, keyTable, type KeyContext} from '../../../source/ui/live-table/key-table.js';

const noKey = {} as Key;
const full: KeyContext = {revealed: false, canAdd: true, canSave: true};

test('keys map to commands, and unavailable ones do not', t => {
	t.is(commandFor('c', noKey, full), 'copy');
	// Ctrl+C is the way out, never a copy; no letter key acts with Ctrl or Meta held.
	t.is(commandFor('c', {...noKey, ctrl: true}, full), 'interrupt');
	t.is(commandFor('a', {...noKey, ctrl: true}, full), undefined);
	t.is(commandFor('q', {...noKey, meta: true}, full), undefined);
	t.is(commandFor('', {...noKey, upArrow: true}, full), 'select-previous');
	t.is(commandFor('', {...noKey, downArrow: true}, full), 'select-next');
	t.is(commandFor('', {...noKey, return: true}, full), 'details');
	t.is(commandFor('a', noKey, {...full, canAdd: false}), undefined);
	t.is(commandFor('s', noKey, {...full, canSave: false}), undefined);
	t.is(commandFor('z', noKey, full), undefined);
});

test('every command in the table is listed in the overlay, except folded ones', t => {
	const listed = helpEntries(full).map(entry => entry.keys);
	for (const binding of keyTable) {
		if (binding.description !== '') {
			t.true(listed.includes(binding.keys), binding.keys);
		}
	}
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
});

test('the reveal key says what it will do', t => {
	t.true(footerText(full, 200).includes('r reveal'));
	t.true(footerText({...full, revealed: true}, 200).includes('r mask'));
});
