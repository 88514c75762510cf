import test from 'ava';
import {completeKey, insertsText, isText, splitKeys} from '../../../source/ui/keys/split-keys.js';

const cases: Array<[string, string[], string?]> = [
	['\rmy-stage', ['\r', 'my-stage']],
	['k1\rv1\r', ['k1', '\r', 'v1', '\r']],
	['abc', ['abc']],
	['crjq', ['crjq']],
	['a\tb\u001B[Zc', ['a', '\t', 'b', '\u001B[Z', 'c']],
	['\u001B[A\u001B[B\u001B[3~x', ['\u001B[A', '\u001B[B', '\u001B[3~', 'x']],
	['ab\u007F\u007Fc', ['ab', '\u007F', '\u007F', 'c']],
	['x\u0003y', ['x', '\u0003', 'y']],
	['line\r\nnext', ['line', '\r', 'next']],
	['\u001BOA', ['\u001BOA']],
	['\u001B[[A', ['\u001B[[A']],
	['\u001Bx', ['\u001Bx']],
	['\u001B\u001B[A', ['\u001B\u001B[A']],
	['é🎥ü', ['é🎥ü']],
	['\u001B[200~pasted\rtext\u001B[201~after', ['\u001B[200~pasted\rtext\u001B[201~', 'after']],
	// Cut off at the end of a read: kept for the next one.
	['ab\u001B', ['ab'], '\u001B'],
	['\u001B[', [], '\u001B['],
	['x\u001B[200~unfinished', ['x'], '\u001B[200~unfinished'],
];

for (const [input, keys, pending = ''] of cases) {
	test(`splits ${JSON.stringify(input)}`, t => {
		t.deepEqual(splitKeys(input), {keys, pending});
	});
}

test('text, keys and pastes are told apart', t => {
	t.true(isText('abc'));
	t.false(isText('\r'));
	t.false(isText('\u001Bx'));
	t.false(isText('\u007F'));
	t.true(insertsText('\u001B[200~x\u001B[201~'));
	t.false(insertsText('\u0015'));
});

test('a key cut off at the end of the reads is completed in a spelling Ink does not hold, or dropped', t => {
	t.is(completeKey('\u001B'), '\u001B[27u');
	t.is(completeKey('\u001B\u001B'), '\u001B[27;3u');
	t.is(completeKey('\u001B[200~half a paste'), '\u001B[200~half a paste\u001B[201~');
	t.is(completeKey('\u001B['), undefined);
	for (const key of ['\u001B[27u', '\u001B[27;3u']) {
		t.deepEqual(splitKeys(key), {keys: [key], pending: ''});
	}
});
