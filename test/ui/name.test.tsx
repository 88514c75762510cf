import test from 'ava';
import {keys, press, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {mountApp, ready} from './harness.js';

async function atName() {
	const mounted = mountApp();
	await ready(mounted.instance, 'What would you like to do?');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Stage name — Name the stage');
	return mounted;
}

test('typing is checked on every keystroke, with a counter against the limit', async t => {
	const {instance, cleanup} = await atName();
	await press(instance, 'my');
	t.regex(await waitForFrame(instance, '2/128'), /› Stage name\s+my/);
	await press(instance, ' ');
	const bad = await waitForFrame(instance, '✗ use only letters, digits, - and _');
	// The header marks the step with the problem too.
	t.regex(bad, /✗Name/);
	await press(instance, keys.backspace);
	await waitForFrameWithout(instance, '✗ use only');
	await press(instance, '-show_1');
	t.regex(await waitForFrame(instance, '9/128'), /my-show_1/);
	cleanup();
});

test('a name over 128 characters is marked', async t => {
	const {instance, cleanup} = await atName();
	await press(instance, 'a'.repeat(129));
	const frame = await waitForFrame(instance, '✗ must have at most 128 characters');
	t.regex(frame, /✗ 129\/128/);
	cleanup();
});

test('empty is allowed, and Enter goes on to tags; Esc comes back to the start', async t => {
	const {instance, cleanup, services, outcomes, store} = await atName();
	t.notRegex(instance.lastFrame()!, /✗/);
	await press(instance, keys.enter);
	await ready(instance, 'Tags — Optional tags');
	t.is(store.getDraft(), undefined, 'an empty name is nothing to keep as a draft');
	await press(instance, keys.escape);
	await ready(instance, 'Stage name — Name the stage');
	await press(instance, keys.shiftTab);
	t.regex(await ready(instance, 'What would you like to do?'), /› /);
	t.deepEqual(services.created, [], 'nothing was created on the way');
	t.deepEqual(outcomes, [], 'the wizard is still open');
	cleanup();
});

test('? opens the list of this screen’s keys, even in the name field, and types nothing', async t => {
	const {instance, cleanup} = await atName();
	await press(instance, 'ab');
	const help = await press(instance, '?');
	t.regex(help, /Keys on this screen/);
	t.regex(help, /Enter\/Tab\s+continue to tags/);
	t.regex(help, /Ctrl\+C\s+quit; your draft is kept/);
	await press(instance, keys.escape);
	const frame = await ready(instance, 'Stage name — Name the stage');
	t.regex(frame, /› Stage name\s+ab\s/);
	t.notRegex(frame, /ab\?/);
	cleanup();
});
