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
	// "x" in base64 is eA==; tmux wants the inner ESC doubled, and both want the DCS ended by ST.
	t.is(osc52('x', {TMUX: '/tmp/tmux'}), '\u001BPtmux;\u001B\u001B]52;c;eA==\u0007\u001B\\');
	t.is(osc52('x', {TERM: 'screen-256color'}), '\u001BP\u001B]52;c;eA==\u0007\u001B\\');
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
	// "secret" in base64 is c2VjcmV0: OSC 52 to the clipboard (c), ended by BEL.
	t.deepEqual(written, ['\u001B]52;c;c2VjcmV0\u0007']);
	t.deepEqual(methods, ['osc52']);
});

test('no OSC 52 on a dumb terminal: the copy fails in words, the terminal gets nothing', async t => {
	const {written, stdout} = recorder();
	const clipboard = createSystemClipboard({
		stdout,
		env: {TERM: 'dumb'},
		system: {
			async write() {
				throw new Error('Clipboard access requires a display server');
			},
		},
	});
	const error = await t.throwsAsync(clipboard.write('secret'));
	t.regex(error?.message ?? '', /no system clipboard \(Clipboard access requires a display server\), and a dumb terminal cannot be asked to copy/);
	t.deepEqual(written, []);
});
