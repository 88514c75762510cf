import test from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {keys, press, pressEach, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {mountApp, ready} from './harness.js';

async function atParticipants(request: CreateStageRequest = {}) {
	const mounted = mountApp({request});
	await ready(mounted.instance, 'What would you like to do?');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Stage name — Name the stage');
	await press(mounted.instance, keys.tab);
	await ready(mounted.instance, 'Tags — Optional tags');
	await press(mounted.instance, keys.tab);
	await ready(mounted.instance, 'Participants — Tokens');
	return mounted;
}

test('add a participant through the editor; copy it; remove one', async t => {
	const {instance, cleanup} = await atParticipants();
	t.regex(instance.lastFrame()!, /0\/12 participants/);
	t.regex(instance.lastFrame()!, /› \+ Add a participant/);
	await press(instance, keys.enter);
	await ready(instance, 'New participant (1 of at most 12)');
	await press(instance, 'host');
	await pressEach(instance, [keys.enter, keys.enter, keys.enter, keys.enter]);
	await press(instance, keys.enter);
	let frame = await ready(instance, '1/12 participants');
	// The saved participant is selected.
	t.regex(frame, /› 1\. host\s+publish, subscribe · 12 h/);
	await press(instance, 'c');
	frame = await ready(instance, '2/12 participants');
	t.regex(frame, /2\. host/);
	await press(instance, 'd');
	frame = await waitForFrame(instance, '1/12 participants');
	t.notRegex(frame, /2\. host/);
	cleanup();
});

test('editing keeps the participant’s place; Esc in the editor keeps the old one', async t => {
	const {instance, cleanup} = await atParticipants({participantTokenConfigurations: [{userId: 'a'}, {userId: 'b'}]});
	// The cursor starts on Continue; up past "add" is the second participant.
	t.regex(instance.lastFrame()!, /› Continue to recording →/);
	await pressEach(instance, [keys.up, keys.up]);
	await press(instance, keys.enter);
	await ready(instance, 'Participant 2 of 2');
	await press(instance, 'b');
	await press(instance, keys.escape);
	let frame = await ready(instance, '2/12 participants');
	t.regex(frame, /2\. b\s/);
	await press(instance, keys.enter);
	await ready(instance, 'Participant 2 of 2');
	await press(instance, 'b');
	await pressEach(instance, [keys.down, keys.down, keys.down, keys.down]);
	await press(instance, keys.enter);
	frame = await ready(instance, '2. bb');
	t.regex(frame, /1\. a\s/);
	cleanup();
});

test('twelve at most', async t => {
	const participantTokenConfigurations = Array.from({length: 12}, (_, index) => ({userId: `user${index}`}));
	const {instance, cleanup} = await atParticipants({participantTokenConfigurations});
	t.regex(instance.lastFrame()!, /12\/12 participants/);
	await press(instance, 'a');
	await waitForFrame(instance, 'At most 12 participants: remove one first.');
	await pressEach(instance, [keys.up, keys.up]);
	await press(instance, 'd');
	await waitForFrame(instance, '11/12 participants');
	await press(instance, keys.up);
	await press(instance, 'c');
	const full = await waitForFrame(instance, '12/12 participants');
	await press(instance, 'a');
	t.regex(await waitForFrame(instance, 'At most 12 participants: remove one first.'), /12\/12 participants/, 'full again after the copy');
	t.notRegex(full, /13\/12/);
	cleanup();
});

test('a participant with problems from the input is marked in the list', async t => {
	const {instance, cleanup} = await atParticipants({participantTokenConfigurations: [{userId: 'x', duration: 0}]});
	const frame = instance.lastFrame()!;
	t.regex(frame, /✗ 1\. x/);
	t.regex(frame, /✗Participants/);
	await press(instance, keys.enter);
	await waitForFrame(instance, '✗ must be at least 1');
	await press(instance, keys.escape);
	await waitForFrameWithout(instance, 'must be at least');
	cleanup();
});

test('Enter accepts what is there: a participant saved unchanged leaves the cursor on Continue', async t => {
	const {instance, cleanup} = await atParticipants({participantTokenConfigurations: [{userId: 'a'}, {userId: 'b', capabilities: ['SUBSCRIBE']}]});
	await pressEach(instance, [keys.up, keys.up]);
	await press(instance, keys.enter);
	await ready(instance, 'Participant 2 of 2');
	// Enter through every field saves it as it was.
	await pressEach(instance, [keys.enter, keys.enter, keys.enter, keys.enter]);
	await press(instance, keys.enter);
	const list = await ready(instance, '2/12 participants');
	t.regex(list, /› Continue to recording →/);
	t.regex(list, /Tab continue/);
	await press(instance, keys.enter);
	await ready(instance, 'Recording — Optional');
	cleanup();
});
