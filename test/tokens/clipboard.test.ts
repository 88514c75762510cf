import test from 'ava';
import {createSystemClipboard, osc52} from '../../source/tokens/clipboard.js';

function recorder() {
	const written: string[] = [];
	return {written, stdout: {write: (chunk: string) => written.push(chunk)}};
}

test('OSC 52 carries the text in base64', t => {
	t.is(osc52('token-é', {}), `\u001B]52;c;${Buffer.from('token-é').toString('base64')}\u0007`);
});

test('OSC 52 passes through tmux and screen', t => {
	t.true(osc52('x', {TMUX: '/tmp/tmux'}).startsWith('\u001BPtmux;\u001B\u001B]52;c;'));
	t.true(osc52('x', {TERM: 'screen-256color'}).startsWith('\u001BP\u001B]52;c;'));
});

test('the system clipboard when it works, and nothing on the terminal', async t => {
	const {written, stdout} = recorder();
	const copied: string[] = [];
	const methods: string[] = [];
	const clipboard = createSystemClipboard({stdout, env: {}, system: {write: async text => void copied.push(text)}, onMethod: method => methods.push(method)});
	await clipboard.write('secret');
	t.deepEqual(copied, ['secret']);
	t.deepEqual(written, []);
	t.deepEqual(methods, ['system']);
});

test('OSC 52 on the terminal when the system clipboard fails', async t => {
	const {written, stdout} = recorder();
	const methods: string[] = [];
	const clipboard = createSystemClipboard({
		stdout,
		env: {},
		system: {
			async write() {
				throw new Error('Clipboard access requires a display server');
			},
		},
		onMethod: method => methods.push(method),
	});
	await clipboard.write('secret');
	t.deepEqual(written, [osc52('secret', {})]);
	t.deepEqual(methods, ['osc52']);
});
