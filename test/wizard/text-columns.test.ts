// Widths in terminal columns: a CJK character or an emoji takes two, a combining mark none, and a
// cut never splits a grapheme.
import test from 'ava';
import stringWidth from 'string-width';
import {columnsOf, cutToColumns, fitToColumns, hardWrap, hardWrappedLines, padToColumns, takeColumns, wrapWords} from '../../source/wizard/text-columns.js';

test('columns, not code points', t => {
	t.is(columnsOf('host'), 4);
	t.is(columnsOf('山田'), 4);
	t.is(columnsOf('🎥'), 2);
	t.is(columnsOf('e\u0301'), 1);
	t.is(columnsOf('👨‍👩‍👧'), 2);
	t.is(columnsOf('›…·'), 3);
});

test('pad, cut and fit to a width in columns', t => {
	t.is(padToColumns('山田', 6), '山田  ');
	t.is(padToColumns('山田太郎', 6), '山田太郎');
	t.is(cutToColumns('山田太郎', 6), '山田…');
	t.is(cutToColumns('山田太郎', 8), '山田太郎');
	// A wide character that does not fit whole leaves a space, never half of itself.
	t.is(fitToColumns('山田太郎', 6), '山田… ');
	t.is(fitToColumns('ab🎥cd', 4), 'ab… ');
	for (const width of [1, 2, 3, 5, 8, 13]) {
		t.is(stringWidth(fitToColumns('山田太郎さんの配信ホスト🎥', width)), width, String(width));
	}
});

test('a cut falls between graphemes: a family emoji stays whole', t => {
	t.is(takeColumns('a👨‍👩‍👧b', 3), 'a👨‍👩‍👧');
	t.is(takeColumns('a👨‍👩‍👧b', 2), 'a');
	t.is(takeColumns('ascii only', 5), 'ascii');
});

test('hard wrap and word wrap count columns', t => {
	t.deepEqual(hardWrap('山田太郎', 5), ['山田', '太郎']);
	t.deepEqual(hardWrap('arn:aws', 3), ['arn', ':aw', 's']);
	t.is(hardWrappedLines('山田太郎\nab', 4), 3);
	t.deepEqual(wrapWords('山田 太郎 さん', 9), ['山田 太郎', 'さん']);
	t.deepEqual(wrapWords('one two', 3), ['one', 'two']);
	// Line mode's help keeps a path whole, to be copied whole.
	t.deepEqual(wrapWords('see /a/very/long/path now', 8, {breakLongWords: false}), ['see', '/a/very/long/path', 'now']);
});
