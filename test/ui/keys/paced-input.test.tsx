// The input layer with real Ink and ink-text-input behind it: keys that arrive in one read (a slow
// link, a paste ending in a newline, type-ahead) are handed on one by one, each to the handlers of
// the screen the key before it left, and a screen that is not ready holds them.
import {useState} from 'react';
import test from 'ava';
import {Box, Text} from 'ink';
import {TextField} from '../../../source/ui/components/text-field/text-field.js';
import {useHoldKeys, useKeys} from '../../../source/ui/keys/key-router.js';
import {renderInk} from '../../helpers/render-ink.js';
import {waitFor, waitForFrame} from '../../helpers/wait-for.js';

/** Step 1 a name field; Enter shows step 2 with a tag field: at once, or after an await. */
function TwoSteps({later = false}: {later?: boolean}) {
	const [step, setStep] = useState(1);
	const [pending, setPending] = useState(false);
	const [name, setName] = useState('');
	const [tag, setTag] = useState('');
	useHoldKeys(pending);
	useKeys((_input, key) => {
		if (key.return && step === 1 && !pending) {
			if (later) {
				setPending(true);
				setTimeout(() => {
					setStep(2);
					setPending(false);
				}, 20);
			} else {
				setStep(2);
			}
		}
	});
	return step === 1 ? (
		<Box>
			<Text>name: </Text>
			<TextField focus value={name} onChange={setName} />
		</Box>
	) : (
		<Box>
			<Text>name={name} tag: </Text>
			<TextField focus value={tag} onChange={setTag} />
		</Box>
	);
}

for (const later of [false, true]) {
	test(`text, Enter and text in one read: each part lands on its own step (step change ${later ? 'after an await' : 'at once'}), 25 times`, async t => {
		for (let run = 0; run < 25; run++) {
			const view = renderInk(<TwoSteps later={later} />);
			await waitForFrame(view, 'name:');
			view.stdin.write(`abc${run}\rxyz${run}`);
			const frame = await waitForFrame(view, new RegExp(`name=abc${run} tag: xyz${run}`));
			t.notRegex(frame, /\r/);
			view.unmount();
		}
	});
}

/** Records every key its handler hears, as text. */
function Recorder({heard, hold = false}: {heard: string[]; hold?: boolean}) {
	useHoldKeys(hold);
	useKeys((input, key) => {
		heard.push(key.ctrl ? `ctrl+${input}` : key.escape ? 'esc' : key.return ? 'enter' : input);
	});
	return <Text>ready</Text>;
}

test('outside a text field, a run of letters is that many keys, in order, each character whole', async t => {
	const heard: string[] = [];
	const view = renderInk(<Recorder heard={heard} />);
	await waitForFrame(view, 'ready');
	view.stdin.write('crjq🎥é');
	await waitFor(() => heard.length === 6, () => `six keys, heard ${JSON.stringify(heard)}`);
	t.deepEqual(heard, ['c', 'r', 'j', 'q', '🎥', 'é']);
	view.unmount();
});

test('a held screen gets its keys once it lets go; Ctrl+C is never held', async t => {
	const heard: string[] = [];
	const view = renderInk(<Recorder hold heard={heard} />);
	await waitForFrame(view, 'ready');
	view.stdin.write('ab\u0003');
	await waitFor(() => heard.length > 0, () => 'Ctrl+C');
	t.deepEqual(heard, ['ctrl+c']);
	t.is(view.paced.waiting, 1);
	view.rerender(<Recorder heard={heard} />);
	await waitFor(() => heard.length === 3, () => `the held keys, heard ${JSON.stringify(heard)}`);
	t.deepEqual(heard, ['ctrl+c', 'a', 'b']);
	view.unmount();
});

test('Esc on its own is Esc; keys queued behind it wait for it', async t => {
	const heard: string[] = [];
	const view = renderInk(<Recorder heard={heard} />);
	await waitForFrame(view, 'ready');
	view.stdin.write('a');
	view.stdin.write('\u001B');
	// Ink holds a lone Esc a moment (it may start a sequence); what follows must not overtake it.
	await waitFor(() => view.paced.waiting === 0, () => 'the Esc handed on');
	view.stdin.write('b');
	await waitFor(() => heard.length === 3, () => `a, Esc and b, heard ${JSON.stringify(heard)}`);
	t.deepEqual(heard, ['a', 'esc', 'b']);
	view.unmount();
});

/** A field that counts its changes. */
function CountingField({initial = '', reserved, changes}: {initial?: string; reserved?: string; changes: string[]}) {
	const [value, setValue] = useState(initial);
	return (
		<Box>
			<Text>[</Text>
			<TextField
				focus
				value={value}
				reservedCharacters={reserved}
				onChange={next => {
					changes.push(next);
					setValue(next);
				}}
			/>
			<Text>]</Text>
		</Box>
	);
}

test('a 300-character paste is one insertion, whole', async t => {
	const changes: string[] = [];
	const view = renderInk(<CountingField changes={changes} />);
	await waitForFrame(view, '[');
	const paste = Array.from({length: 30}, (_, index) => `word${String(index).padStart(2, '0')}-xyz`).join('');
	t.is(paste.length, 300);
	view.stdin.write(paste);
	await waitFor(() => changes.length > 0, () => 'a change');
	t.deepEqual(changes, [paste]);
	view.unmount();
});

test('a paste the terminal never closed lands once nothing more comes, and the keys after it still count', async t => {
	const changes: string[] = [];
	const view = renderInk(<CountingField changes={changes} />);
	await waitForFrame(view, '[');
	view.stdin.write('\u001B[200~pasted');
	await waitFor(() => changes.length > 0, () => 'the paste');
	view.stdin.write('!');
	await waitFor(() => changes.length === 2, () => `the key after it, changes ${JSON.stringify(changes)}`);
	t.deepEqual(changes, ['pasted', 'pasted!']);
	view.unmount();
});

test('a pre-filled value shows its control characters as pictures and keeps them in state', async t => {
	const changes: string[] = [];
	const view = renderInk(<CountingField initial={'a\u001B[31mb\u0007'} changes={changes} />);
	const frame = await waitForFrame(view, '␛[31mb␇');
	t.false(frame.includes('\u001B[31m'));
	t.false(frame.includes('\u0007'));
	view.stdin.write('c');
	await waitFor(() => changes.length > 0, () => 'a change');
	t.deepEqual(changes, ['a\u001B[31mb\u0007c']);
	view.stdin.write('\u007F\u007F');
	await waitFor(() => changes.length === 3, () => 'two more changes');
	t.is(changes[2], 'a\u001B[31mb');
	view.unmount();
});

test('Ctrl and Alt combinations type nothing; Ctrl+U clears; reserved characters stay out', async t => {
	const changes: string[] = [];
	const view = renderInk(<CountingField initial="name" reserved="?" changes={changes} />);
	await waitForFrame(view, 'name');
	view.stdin.write('\u0001');
	view.stdin.write('\u001Bx');
	view.stdin.write('?');
	view.stdin.write('!');
	await waitFor(() => changes.length > 0, () => 'a change');
	t.deepEqual(changes, ['name!']);
	view.stdin.write('\u0015');
	await waitFor(() => changes.length === 2, () => 'Ctrl+U');
	t.is(changes[1], '');
	view.stdin.write('what?now');
	await waitFor(() => changes.length === 3, () => 'a paste');
	t.is(changes[2], 'whatnow');
	view.unmount();
});
