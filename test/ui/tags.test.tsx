import test from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {keys, press, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {mountApp, ready} from './harness.js';

async function atTags(request: CreateStageRequest = {}) {
	const mounted = mountApp({request});
	await ready(mounted.instance, 'What would you like to do?');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Stage name — Name the stage');
	await press(mounted.instance, keys.tab);
	await ready(mounted.instance, 'Tags — Optional tags');
	return mounted;
}

test('add a tag, edit it, remove it', async t => {
	const {instance, cleanup} = await atTags();
	t.regex(instance.lastFrame()!, /0\/50 tags/);
	await press(instance, 'a');
	await ready(instance, 'New tag');
	await press(instance, 'team');
	await press(instance, keys.tab);
	await press(instance, 'video');
	await press(instance, keys.enter);
	let frame = await ready(instance, 'team = video');
	t.regex(frame, /1\/50 tags/);
	t.regex(frame, /› team = video/);
	await press(instance, keys.enter);
	await ready(instance, 'Edit tag');
	await press(instance, keys.backspace);
	await press(instance, 'M');
	await press(instance, keys.enter);
	await press(instance, keys.enter);
	await ready(instance, 'teaM = video');
	await press(instance, 'd');
	frame = await waitForFrameWithout(instance, 'teaM');
	t.regex(frame, /0\/50 tags/);
	cleanup();
});

test('each field’s limits, and no duplicate keys', async t => {
	const {instance, cleanup} = await atTags({tags: {env: 'prod'}});
	await press(instance, 'a');
	await ready(instance, 'New tag');
	await press(instance, 'env');
	await waitForFrame(instance, '✗ there is already a key "env"');
	await press(instance, '2');
	await waitForFrameWithout(instance, 'already');
	await press(instance, keys.tab);
	await press(instance, 'v'.repeat(257));
	const frame = await waitForFrame(instance, '✗ must have at most 256 characters');
	t.regex(frame, /✗ 257\/256/);
	// Enter does not save a tag the service would refuse.
	instance.stdin.write(keys.enter);
	await press(instance, keys.backspace);
	await waitForFrameWithout(instance, '✗');
	await press(instance, keys.enter);
	const saved = await ready(instance, '2/50 tags');
	// The refused Enter saved nothing: the tag is the one fixed, 256 characters long.
	t.regex(saved, /env2 = v{10}/);
	t.regex(saved, /env = prod/);
	cleanup();
});

test('an empty key is refused', async t => {
	const {instance, cleanup} = await atTags();
	await press(instance, 'a');
	await ready(instance, 'New tag');
	await press(instance, keys.tab);
	await press(instance, 'x');
	const frame = await waitForFrame(instance, '✗ must have at least 1 character');
	t.regex(frame, /Key/);
	await press(instance, keys.escape);
	await ready(instance, '0/50 tags');
	cleanup();
});

test('a new tag shows no ✗ before it is typed into; Enter on it blank is refused, and then the ✗ says why', async t => {
	const {instance, cleanup} = await atTags();
	await press(instance, 'a');
	const blank = await ready(instance, 'New tag');
	t.notRegex(blank, /✗/);
	await press(instance, keys.enter);
	await waitForFrame(instance, /› Value/);
	t.notRegex(instance.lastFrame()!, /✗/);
	await press(instance, keys.enter);
	const refused = await waitForFrame(instance, '✗ must have at least 1 character');
	t.regex(refused, /New tag/);
	cleanup();
});

test('at 50 tags, adding another says why not', async t => {
	const tags = Object.fromEntries(Array.from({length: 50}, (_, index) => [`key${index}`, `value${index}`]));
	const {instance, cleanup} = await atTags({tags});
	const frame = instance.lastFrame()!;
	t.regex(frame, /50\/50 tags/);
	// With tags there already, the cursor starts on Continue: Enter accepts them.
	t.regex(frame, /↑ \d+ more/);
	t.regex(frame, /› Continue to participants →/);
	await press(instance, 'a');
	await waitForFrame(instance, 'At most 50 tags: remove one to add another.');
	cleanup();
});

test('Tab goes on to participants, Esc back to the name', async t => {
	const {instance, cleanup, services, outcomes} = await atTags({tags: {env: 'prod'}});
	await press(instance, keys.tab);
	t.regex(await ready(instance, 'Participants — Tokens'), /0\/12 participants/);
	await press(instance, keys.escape);
	t.regex(await ready(instance, 'Tags — Optional tags'), /env = prod/, 'going back keeps the tags');
	await press(instance, keys.escape);
	t.regex(await ready(instance, 'Stage name — Name the stage'), /› Stage name/);
	t.deepEqual(services.created, []);
	t.deepEqual(outcomes, [], 'Esc moved between steps and never left the wizard');
	cleanup();
});

test('? in a tag’s key is typed text; on the list it opens the keys', async t => {
	const {instance, cleanup} = await atTags();
	await press(instance, 'a');
	await ready(instance, 'New tag');
	await press(instance, 'k');
	// On its own, as typed: a run of text (`k?`) reaches a field whole and is never a key.
	const typed = await press(instance, '?');
	t.regex(typed, /k\?/);
	t.notRegex(typed, /Keys on this screen/);
	await press(instance, keys.escape);
	await ready(instance, 'Tags — Optional tags');
	t.regex(await press(instance, '?'), /Keys on this screen/);
	cleanup();
});
