import test from 'ava';
import {viewport} from '../../../source/ui/live-table/viewport.js';

test('all rows when they fit', t => {
	t.deepEqual(viewport(5, 4, 10), {start: 0, end: 5});
});

test('a window that keeps the selection in view', t => {
	t.deepEqual(viewport(20, 0, 5), {start: 0, end: 5});
	t.deepEqual(viewport(20, 10, 5), {start: 8, end: 13});
	t.deepEqual(viewport(20, 19, 5), {start: 15, end: 20});
});
