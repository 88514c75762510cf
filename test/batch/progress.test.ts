// The batch's rate is honest: nothing over too short a span, and never the first stage's own
// round trip counted as if stages followed one another that fast.
import test from 'ava';
import {progressFigures, progressLine} from '../../source/core/progress.js';

test('no rate before a second has passed or before two stages are made', t => {
	t.is(progressFigures(1, 8, 1).ratePerSecond, undefined);
	t.is(progressFigures(4, 8, 600).ratePerSecond, undefined);
	t.is(progressFigures(1, 8, 5000).ratePerSecond, undefined);
	t.is(progressLine(progressFigures(2, 8, 2), 80).trim(), '[########                      ] 2/8');
});

test('stages paced at 5 a second never read as more than 5 a second', t => {
	// At 5 a second the 6th stage goes out 1 s after the first; instant answers make it at 1 s.
	t.is(progressFigures(6, 8, 1000).ratePerSecond, 5);
	t.is(progressFigures(8, 8, 1400).ratePerSecond, 5);
	t.is(progressFigures(6, 30, 2000).leftMs, (24 / 2.5) * 1000);
});
