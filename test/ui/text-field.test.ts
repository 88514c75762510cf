import test from 'ava';
import {applyFieldEdit} from '../../source/ui/components/text-field/field-edit.js';
import {fromPictures, toPictures} from '../../source/wizard/control-pictures.js';
import {wrapWords} from '../../source/wizard/text-columns.js';

test('word wrap breaks at spaces, without a space at the start of a line', t => {
	t.deepEqual(wrapWords('pick a storage configuration, or type its ARN', 20), ['pick a storage', 'configuration, or', 'type its ARN']);
	t.deepEqual(wrapWords('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
	t.deepEqual(wrapWords('one\ntwo', 10), ['one', 'two']);
});

test('control characters show as pictures and come back unchanged', t => {
	const value = 'a\u001B[31mb\u007F';
	const shown = toPictures(value);
	t.is(shown, 'a␛[31mb␡');
	t.is(fromPictures(shown), value);
});

test('an edit in the field: the value keeps its controls; reserved characters and non-text keys insert nothing', t => {
	// ink-text-input hands back the shown text with the edit made.
	t.deepEqual(applyFieldEdit('a\u001Bb', 'a␛bc'), {value: 'a\u001Bbc', resync: false});
	t.deepEqual(applyFieldEdit('a\u001Bb', 'a␛'), {value: 'a\u001B', resync: false});
	t.deepEqual(applyFieldEdit('name', 'na?me', {reserved: '?'}), {value: 'name', resync: true});
	t.deepEqual(applyFieldEdit('name', 'name what?', {reserved: '?'}), {value: 'name what', resync: true});
	t.deepEqual(applyFieldEdit('arn', 'arn x', {reserved: ' '}), {value: 'arnx', resync: true});
	t.deepEqual(applyFieldEdit('abc', 'abcu', {insert: false}), {value: 'abc', resync: true});
	t.deepEqual(applyFieldEdit('abc', 'ab', {insert: false}), {value: 'ab', resync: false});
	// A raw control inside a paste is dropped, and the field's cursor set afresh.
	t.deepEqual(applyFieldEdit('', 'x\ty'), {value: 'xy', resync: true});
});
