import test from 'ava';
import {layoutColumns, type ColumnLayout} from '../../../source/ui/live-table/columns.js';

function total(layout: ColumnLayout): number {
	const widths = [layout.marker, layout.userId, layout.participantId, layout.capabilities, layout.expires, layout.state].filter(width => width > 0);
	return widths.reduce((sum, width) => sum + width, 0) + layout.gap * (widths.length - 1);
}

const typical = {participantId: 12, expires: 8};

test('80 columns: every column, and the row fits', t => {
	const layout = layoutColumns(80, typical);
	t.true(layout.participantId > 0);
	t.true(layout.userId >= 12);
	t.true(total(layout) <= 80);
});

test('60 columns: every column still fits', t => {
	const layout = layoutColumns(60, typical);
	t.true(layout.participantId > 0);
	t.true(total(layout) <= 60);
});

test('narrower, the participant ID goes first', t => {
	const layout = layoutColumns(56, typical);
	t.is(layout.participantId, 0);
	t.true(layout.userId >= 12);
	t.true(total(layout) <= 56);
});

test('day-long countdowns widen the expiry column, the ID gives way at 60', t => {
	const layout = layoutColumns(60, {participantId: 12, expires: 12});
	t.is(layout.expires, 12);
	t.true(total(layout) <= 60);
});

test('wide terminals do not stretch the user ID forever', t => {
	t.is(layoutColumns(200, typical).userId, 32);
});
