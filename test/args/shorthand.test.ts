// The shorthand grammar, rule by rule, as awscli/shorthand.py's ShorthandParser parses it. Types
// are not applied here (that is shorthand-model.test.ts): every scalar is still a string.
import test from 'ava';
import {parseShorthand, type ShorthandObject} from '../../source/args/shorthand.js';
import {ShorthandDuplicateKeyError, ShorthandSyntaxError} from '../../source/args/shorthand-errors.js';

/** A title that stays distinct: ava folds whitespace in titles, so escape all of it. */
function show(input: string): string {
	return JSON.stringify(input).replaceAll(/[^\x21-\x7E]/gu, character => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

const parses = test.macro({
	exec(t, input: string, expected: ShorthandObject) {
		const result = parseShorthand(input);
		t.deepEqual(result, expected);
		// Key order is the input's, as Python's dict keeps it.
		t.deepEqual(Object.keys(result), Object.keys(expected));
	},
	title: (_title, input: string) => `parses ${show(input)}`,
});

// key=value pairs
test(parses, 'a=b', {a: 'b'});
test(parses, 'a=b,c=d', {a: 'b', c: 'd'});
test(parses, 'userId=alice,duration=60', {userId: 'alice', duration: '60'});
test(parses, 'a=', {a: ''});
test(parses, 'a=,b=c', {a: '', b: 'c'});
test(parses, 'team.name=x,cost:center=y,a/b=z,h#1=w,dash-key=v,under_score=u', {
	'team.name': 'x', 'cost:center': 'y', 'a/b': 'z', 'h#1': 'w', 'dash-key': 'v', under_score: 'u',
});

// comma lists end where the next key= starts
test(parses, 'a=b,c', {a: ['b', 'c']});
test(parses, 'capabilities=PUBLISH,SUBSCRIBE,duration=60', {capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: '60'});
test(parses, 'foo=a,b,c=d,e=f', {foo: ['a', 'b'], c: 'd', e: 'f'});
test(parses, 'a=b,c,d,e', {a: ['b', 'c', 'd', 'e']});
test(parses, 'a=b,c,d=e', {a: ['b', 'c'], d: 'e'});
test(parses, 'a=x=y,b=z', {a: 'x=y', b: 'z'});
test(parses, 'a=b,c}d', {a: ['b', 'c}d']});
test(parses, 'a=b,c}d,e=f', {a: ['b', 'c}d'], e: 'f'});
test(parses, 'a=b c,d', {a: ['b c', 'd']});

// a value runs over spaces and '=' up to a comma, and loses trailing whitespace
test(parses, 'a=b c=d', {a: 'b c=d'});
test(parses, 'a=b   ', {a: 'b'});
test(parses, 'a=b\u00A0', {a: 'b'});

// whitespace: around '=' and after ',' it is skipped; before the first key it is not (below)
test(parses, 'a = b', {a: 'b'});
test(parses, 'a=b , c=d', {a: 'b', c: 'd'});
test(parses, 'userId = a , duration = 5 ', {userId: 'a', duration: '5'});
test(parses, 'a=\tb,\nc=d', {a: 'b', c: 'd'});
test(parses, 'a=b, c, d', {a: ['b', 'c', 'd']});

// {...} structures and maps
test(parses, 'attributes={a=b,c=d}', {attributes: {a: 'b', c: 'd'}});
test(parses, 'attributes={}', {attributes: {}});
test(parses, 'attributes={ a = b , c = d }', {attributes: {a: 'b', c: 'd'}});
test(parses, 'x={y={z=1}},w=2', {x: {y: {z: '1'}}, w: '2'});
test(parses, 'x={l=[a,b],m={}}', {x: {l: ['a', 'b'], m: {}}});
test(parses, 'attributes={a=1,a=2}', {attributes: {a: '2'}});

// [...] lists
test(parses, 'capabilities=[PUBLISH,SUBSCRIBE]', {capabilities: ['PUBLISH', 'SUBSCRIBE']});
test(parses, 'capabilities=[]', {capabilities: []});
test(parses, 'capabilities=[ PUBLISH , SUBSCRIBE ]', {capabilities: ['PUBLISH', 'SUBSCRIBE']});
test(parses, 'l=[[a,b],[c]]', {l: [['a', 'b'], ['c']]});
test(parses, 'l=[{a=1},{a=2}]', {l: [{a: '1'}, {a: '2'}]});
test(parses, 'l=[\'a,b\',"c]"]', {l: ['a,b', 'c]']});

// quoting
test(parses, 'a=\'x y\'', {a: 'x y'});
test(parses, 'a="x, y"', {a: 'x, y'});
test(parses, 'a=\'it\\\'s\'', {a: 'it\'s'});
test(parses, 'a="say \\"hi\\""', {a: 'say "hi"'});
test(parses, 'a=\'back\\\\slash\'', {a: 'back\\slash'});
test(parses, 'a=\'x\',b=c', {a: 'x', b: 'c'});
test(parses, 'a=\'x\',\'y\',b=c', {a: ['x', 'y'], b: 'c'});
test(parses, 'a=\'😀\'', {a: '😀'});
test(parses, 'a="  padded  "', {a: '  padded  '});
test(parses, 'a={k=\'v w\',x="it\'s"}', {a: {k: 'v w', x: 'it\'s'}});

// backslash escapes: only \, is one
test(parses, 'a=\\,b', {a: ',b'});
test(parses, 'a=x\\,y,b=z', {a: 'x,y', b: 'z'});
test(parses, 'a=b,c\\,d', {a: ['b', 'c,d']});
test(parses, 'a=\\x\\n', {a: '\\x\\n'});

// keys that are not identifiers stay text, __proto__ included, and never reach a prototype
test('a key named __proto__ is an own property', t => {
	const result = parseShorthand('__proto__=x');
	t.true(Object.hasOwn(result, '__proto__'));
	t.is(Object.getPrototypeOf(result), Object.prototype);
	t.is(result.__proto__, 'x');
});

const fails = test.macro({
	exec(t, input: string, expected: {expected: string; actual: string; index: number; describe?: string}) {
		const error = t.throws(() => parseShorthand(input), {instanceOf: ShorthandSyntaxError});
		t.is(error.expected, expected.expected);
		t.is(error.actual, expected.actual);
		t.is(error.index, expected.index);
		if (expected.describe !== undefined) {
			t.is(error.describe(), expected.describe);
		}

		t.false(error.describe().includes('\n'));
	},
	title: (_title, input: string) => `refuses ${show(input)}`,
});

test(fails, 'userId', {expected: '=', actual: 'EOF', index: 6, describe: 'Expected: \'=\', received: \'EOF\' for input: userId (at column 7)'});
test(fails, ' a=b', {expected: '=', actual: 'a', index: 1, describe: 'Expected: \'=\', received: \'a\' for input:  a=b (at column 2)'});
test(fails, '', {expected: '=', actual: 'EOF', index: 0});
test(fails, 'a=b,', {expected: '<second>', actual: '<none>', index: 4});
test(fails, 'a=x=y,b=c}d', {expected: ',', actual: '}', index: 9});
test(fails, 'attributes={a=b', {expected: ',', actual: 'EOF', index: 15});
test(fails, 'a=[b,c', {expected: ',', actual: 'EOF', index: 6});
test(fails, 'userId=\'abc', {expected: '<singled quoted>', actual: '<none>', index: 7});
test(fails, 'userId="abc', {expected: '<double quoted>', actual: '<none>', index: 7});
test(fails, 'a=\'x\'y', {expected: ',', actual: 'y', index: 5});
test(fails, 'a={x=1},y', {expected: '=', actual: 'EOF', index: 9});
// Outside quotes, a character beyond U+FFFF starts no value (Python's regex classes stop at U+FFFF).
test(fails, 'a=😀', {expected: ',', actual: '😀', index: 2, describe: 'Expected: \',\', received: \'😀\' for input: a=😀 (at column 3)'});
test(fails, 'x=1,😀=2', {expected: '=', actual: '😀', index: 4});

test('columns count code points and restart on each line', t => {
	const error = t.throws(() => parseShorthand('a=\'😀\',b={x=1,\ny}'), {instanceOf: ShorthandSyntaxError});
	t.is(error.describe(), 'Expected: \'=\', received: \'}\' for input: a=\'😀\',b={x=1,\\ny} (at line 2, column 2)');
});

test('a long input is shown around the error', t => {
	const error = t.throws(() => parseShorthand(`a={${'x'.repeat(200)}}`), {instanceOf: ShorthandSyntaxError});
	const line = error.describe();
	t.regex(line, /^Expected: '=', received: '}' for input: …x+} \(at column 204\)$/);
	t.true(line.length < 120);
});

test('a repeated top-level key is refused where the second one starts', t => {
	const error = t.throws(() => parseShorthand('userId=a,userId=b'), {instanceOf: ShorthandDuplicateKeyError});
	t.is(error.key, 'userId');
	t.is(error.index, 9);
	t.is(error.describe(), 'Second instance of key "userId" encountered for input: userId=a,userId=b (at column 10); this is often because there is a preceding "," instead of a space');
});

test('a repeated key after other keys is refused too', t => {
	const error = t.throws(() => parseShorthand('a=1,b=2,a=3'), {instanceOf: ShorthandDuplicateKeyError});
	t.is(error.key, 'a');
	t.is(error.index, 8);
});
