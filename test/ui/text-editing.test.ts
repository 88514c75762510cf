import test from 'ava';
import type {Key} from 'ink';
import {editByKey} from '../../source/ui/components/text-input/text-editing.js';
import {visibleSlice} from '../../source/ui/components/text-input/text-input.js';
import {wordWrap} from '../../source/ui/components/word-wrap.js';
import {fromPictures, toPictures} from '../../source/wizard/control-pictures.js';

const none: Key = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};
const key = (partial: Partial<Key>): Key => ({...none, ...partial});

test('typing, moving and deleting, by code point', t => {
	let state = {value: '', cursor: 0};
	state = editByKey(state, 'héllo 🎥', none)!;
	t.deepEqual(state, {value: 'héllo 🎥', cursor: 7});
	state = editByKey(state, '', key({leftArrow: true}))!;
	state = editByKey(state, '', key({backspace: true}))!;
	t.deepEqual(state, {value: 'héllo🎥', cursor: 5});
	state = editByKey(state, '', key({delete: true}))!;
	t.deepEqual(state, {value: 'héllo', cursor: 5});
	state = editByKey(state, '', key({home: true}))!;
	state = editByKey(state, 'a', key({ctrl: false}))!;
	t.deepEqual(state, {value: 'ahéllo', cursor: 1});
	state = editByKey(state, 'u', key({ctrl: true}))!;
	t.deepEqual(state, {value: 'héllo', cursor: 0});
	state = editByKey(state, 'e', key({ctrl: true}))!;
	t.is(state.cursor, 5);
});

test('keys that belong to the form are left to it', t => {
	const state = {value: 'x', cursor: 1};
	for (const partial of [{return: true}, {tab: true}, {escape: true}, {upArrow: true}, {downArrow: true}]) {
		t.is(editByKey(state, '', key(partial)), undefined);
	}

	t.is(editByKey(state, 'c', key({ctrl: true})), undefined);
});

test('a paste keeps its text, drops its controls, applies its backspaces; reserved characters stay out', t => {
	t.deepEqual(editByKey({value: '', cursor: 0}, 'name\r', none), {value: 'name', cursor: 4});
	t.deepEqual(editByKey({value: 'abc', cursor: 3}, '\u007F\u007Fx', none), {value: 'ax', cursor: 2});
	t.deepEqual(editByKey({value: '', cursor: 0}, 'what?', none, '?'), {value: 'what', cursor: 4});
});

test('control characters show as pictures and come back unchanged', t => {
	const value = 'a\u001B[31mb\u007F';
	const shown = toPictures(value);
	t.is(shown, 'a␛[31mb␡');
	t.is(fromPictures(shown), value);
});

test('a long value scrolls to keep the cursor in view', t => {
	t.deepEqual(visibleSlice(10, 9, 20), {start: 0, end: 10});
	t.deepEqual(visibleSlice(100, 99, 20), {start: 82, end: 100});
	t.deepEqual(visibleSlice(100, 0, 20), {start: 0, end: 18});
});

test('word wrap breaks at spaces, without a space at the start of a line', t => {
	t.deepEqual(wordWrap('pick a storage configuration, or type its ARN', 20), ['pick a storage', 'configuration, or', 'type its ARN']);
	t.deepEqual(wordWrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
	t.deepEqual(wordWrap('one\ntwo', 10), ['one', 'two']);
});
