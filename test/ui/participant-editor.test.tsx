import test from 'ava';
import {renderInk} from '../helpers/render-ink.js';
import type {ParticipantTokenConfiguration} from '../../source/stage/request.js';
import {ParticipantEditor} from '../../source/ui/participant-editor/participant-editor.js';
import {keys, press, pressEach, waitFor, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {ready} from './harness.js';

function mount(value: ParticipantTokenConfiguration = {}) {
	const submitted: ParticipantTokenConfiguration[] = [];
	let cancelled = 0;
	const instance = renderInk(
		<ParticipantEditor
			value={value}
			title="Participant 1 of 1"
			onSubmit={result => submitted.push(result)}
			onCancel={() => {
				cancelled++;
			}}
		/>,
	);
	return {instance, submitted, cancelled: () => cancelled};
}

const submittedOne = async (submitted: unknown[]) => waitFor(() => submitted.length > 0, () => 'a submitted participant');

test('user ID, lifetime from a quick pick, saved with Enter through the fields', async t => {
	const {instance, submitted} = mount();
	await ready(instance, 'Participant 1 of 1');
	await press(instance, 'host');
	await waitForFrame(instance, '4/128');
	await pressEach(instance, [keys.enter, keys.enter]);
	const frame = await waitForFrame(instance, '= 12 h');
	t.regex(frame, /default 720 min = 12 h/);
	t.regex(frame, /\[12 h\]/);
	await press(instance, keys.right);
	await waitForFrame(instance, '1440 min = 1 d');
	await pressEach(instance, [keys.enter, keys.enter]);
	instance.stdin.write(keys.enter);
	await submittedOne(submitted);
	t.deepEqual(submitted[0], {userId: 'host', duration: 1440});
	instance.unmount();
});

test('capabilities are two toggles; the duration is typed and range-checked', async t => {
	const {instance, submitted} = mount({userId: 'viewer'});
	await ready(instance, 'Participant 1 of 1');
	await press(instance, keys.down);
	t.regex(instance.lastFrame()!, /› Can\s+›\[x\] Publish\s+\[x\] Subscribe/);
	await press(instance, keys.space);
	await waitForFrame(instance, '[ ] Publish');
	await press(instance, keys.down);
	await press(instance, '20161');
	let frame = await waitForFrame(instance, '✗ must be at most 20160');
	t.regex(frame, /20161 min = 14 d 1 min/);
	t.regex(frame, /✗ 1 to fix/);
	// Saving is refused while a problem remains.
	await pressEach(instance, [keys.down, keys.down]);
	instance.stdin.write(keys.enter);
	await press(instance, keys.up);
	await press(instance, keys.up);
	await press(instance, keys.backspace);
	frame = await waitForFrameWithout(instance, '✗');
	t.regex(frame, /2016 min = 1 d 9 h/);
	t.is(submitted.length, 0);
	await pressEach(instance, [keys.down, keys.down]);
	instance.stdin.write(keys.enter);
	await submittedOne(submitted);
	t.deepEqual(submitted[0], {userId: 'viewer', capabilities: ['SUBSCRIBE'], duration: 2016});
	instance.unmount();
});

test('backspace to empty returns to the default', async t => {
	const {instance, submitted} = mount({duration: 60});
	await ready(instance, 'Participant 1 of 1');
	await pressEach(instance, [keys.down, keys.down]);
	await press(instance, keys.backspace);
	await press(instance, keys.backspace);
	await waitForFrame(instance, 'default 720 min');
	await pressEach(instance, [keys.down, keys.down]);
	instance.stdin.write(keys.enter);
	await submittedOne(submitted);
	t.deepEqual(submitted[0], {});
	instance.unmount();
});

test('attributes: a live meter against 1 KB, and no saving past it', async t => {
	const {instance, submitted} = mount({userId: 'u'});
	await ready(instance, 'Participant 1 of 1');
	await pressEach(instance, [keys.down, keys.down, keys.down]);
	t.regex(instance.lastFrame()!, /› Attributes\s+none ▯+ 0\/1024 B/);
	await press(instance, keys.space);
	await ready(instance, 'Participant 1 of 1: attributes');
	await press(instance, 'a');
	await ready(instance, 'New attribute');
	await press(instance, 'name');
	await press(instance, keys.tab);
	await press(instance, 'Zoë');
	// Keys and values count in UTF-8: "name" 4 + "Zoë" 4.
	await waitForFrame(instance, '8/1024 B');
	await press(instance, 'x'.repeat(1020));
	const frame = await waitForFrame(instance, '✗ 1028/1024 B');
	t.regex(frame, /✗ 1028 of 1024 bytes used: remove 4/);
	instance.stdin.write(keys.enter);
	for (const _ of [1, 2, 3, 4]) {
		await press(instance, keys.backspace);
	}

	await waitForFrameWithout(instance, '✗');
	await press(instance, keys.enter);
	await ready(instance, '› name = Zoë');
	await press(instance, keys.escape);
	const back = await ready(instance, /› Attributes\s+1 /);
	t.regex(back, /1024\/1024 B/);
	await press(instance, keys.down);
	instance.stdin.write(keys.enter);
	await submittedOne(submitted);
	t.is(Object.keys(submitted[0]!.attributes ?? {}).length, 1);
	instance.unmount();
});

test('Esc discards the changes', async t => {
	const {instance, submitted, cancelled} = mount({userId: 'keep'});
	await ready(instance, 'Participant 1 of 1');
	await press(instance, 'er');
	instance.stdin.write(keys.escape);
	await waitFor(() => cancelled() > 0, () => 'a cancel');
	t.is(submitted.length, 0);
	instance.unmount();
});
