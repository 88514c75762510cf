// The one depth limit: counted on JSON text before parsing, on parsed values (YAML) without recursion.
import test from 'ava';
import {jsonTextNestsTooDeeply, nestingLimit, nestsTooDeeply} from '../../source/basics/nesting.js';

function nested(depth: number): unknown {
	let value: unknown = 'leaf';
	for (let index = 0; index < depth; index++) {
		value = index % 2 === 0 ? [value] : {k: value};
	}

	return value;
}

test('exactly the limit passes, one more is refused, on text and on values', t => {
	t.false(jsonTextNestsTooDeeply(JSON.stringify(nested(nestingLimit))));
	t.true(jsonTextNestsTooDeeply(JSON.stringify(nested(nestingLimit + 1))));
	t.false(nestsTooDeeply(nested(nestingLimit)));
	t.true(nestsTooDeeply(nested(nestingLimit + 1)));
});

test('brackets inside strings do not count', t => {
	t.false(jsonTextNestsTooDeeply(JSON.stringify({name: '['.repeat(1000), quote: '\\"[[[['})));
});

test('50,000 levels cost no stack', t => {
	t.true(jsonTextNestsTooDeeply('['.repeat(50_000) + ']'.repeat(50_000)));
	const deep = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000)) as unknown;
	t.true(nestsTooDeeply(deep));
});

test('a shared node (a YAML alias) is walked once, and a cycle ends', t => {
	const shared = {a: 1};
	t.false(nestsTooDeeply({x: shared, y: shared, z: [shared, shared]}));
	const cycle: Record<string, unknown> = {};
	cycle.self = cycle;
	t.false(nestsTooDeeply(cycle));
});

test('the deepest valid CreateStage input is far inside the limit', t => {
	const request = {autoParticipantRecordingConfiguration: {thumbnailConfiguration: {storage: ['LATEST']}}};
	t.false(nestsTooDeeply(request));
	t.true(nestingLimit >= 8);
});
