import test from 'ava';
import {keys, loose, press, pressEach, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {fakeServices, mountApp, ready} from './harness.js';

const arn = (id: string) => `arn:aws:ivs:us-east-1:123456789012:storage-configuration/${id}`;

async function atRecording(storage = [{arn: arn('AbCd1234'), name: 'archive', bucket: 'my-bucket'}, {arn: arn('EfGh5678'), name: 'scratch'}]) {
	const services = fakeServices();
	services.storage = storage;
	const mounted = mountApp({services});
	await ready(mounted.instance, 'What would you like to do?');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Stage name — Name the stage');
	for (const title of ['Tags — Optional tags', 'Participants — Tokens', 'Recording — Optional']) {
		await press(mounted.instance, keys.tab);
		await ready(mounted.instance, title);
	}

	return mounted;
}

test('off by default; on asks for a storage configuration, picked from the account’s list', async t => {
	const {instance, cleanup} = await atRecording();
	let frame = instance.lastFrame()!;
	t.regex(frame, /› Record each participant\s+\[ \] no/);
	t.notRegex(frame, /Storage configuration/);
	await press(instance, keys.space);
	frame = await waitForFrame(instance, '✗ pick a storage configuration, or type its ARN');
	t.regex(frame, /✗Recording/);
	await press(instance, keys.down);
	await waitForFrame(instance, loose('Space: pick from the 2 in us-east-1'));
	await press(instance, keys.space);
	frame = await ready(instance, 'Pick a storage configuration in us-east-1');
	t.regex(frame, /› archive → s3:\/\/my-bucket/);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	frame = await ready(instance, 'Recording — Optional');
	t.regex(frame, /EfGh5678/);
	t.notRegex(frame, /✗/);
	cleanup();
});

test('an ARN can be typed, and is checked against the service’s pattern', async t => {
	const {instance, cleanup} = await atRecording([]);
	await press(instance, keys.space);
	await press(instance, keys.down);
	await waitForFrame(instance, loose('There are none in us-east-1 yet'));
	await press(instance, 'arn:aws:ivs:us-east-1:1:bucket/x');
	await waitForFrame(instance, '✗ use an ARN like');
	for (const _ of 'bucket/x') {
		await press(instance, keys.backspace);
	}

	await press(instance, 'storage-configuration/Xy9');
	const frame = await waitForFrameWithout(instance, '✗');
	t.regex(frame, /arn:aws:ivs:us-east-1:1:storage-configuration\/Xy9/);
	t.notRegex(frame, /✗Recording/, 'the header no longer marks the step');
	cleanup();
});

test('thumbnails: interval and storage show only in INTERVAL mode; numbers are range-checked', async t => {
	const {instance, cleanup} = await atRecording([]);
	await press(instance, keys.space);
	await pressEach(instance, [keys.down, keys.down]);
	t.regex(instance.lastFrame()!, /› Record\s+‹ audio and video › 1\/3/);
	await press(instance, keys.right);
	await waitForFrame(instance, '‹ audio only ›');
	await press(instance, keys.down);
	t.notRegex(instance.lastFrame()!, /Thumbnail every/);
	await press(instance, keys.right);
	let frame = await waitForFrame(instance, 'Thumbnail every');
	t.regex(frame, /Keep thumbnails\s+\[x\] Sequential\s+\[ \] Latest/);
	await press(instance, keys.down);
	await press(instance, '0');
	await waitForFrame(instance, '✗ must be at least 1');
	await press(instance, keys.backspace);
	await press(instance, keys.right);
	// From the default (60 s) the next quick pick up is 5 min.
	await waitForFrame(instance, '[5 min]');
	await press(instance, keys.down);
	await press(instance, keys.right);
	await press(instance, keys.space);
	await waitForFrame(instance, '[x] Latest');
	await press(instance, keys.down);
	await press(instance, '301');
	frame = await waitForFrame(instance, '✗ must be at most 300');
	t.regex(frame, /301 s = 5 min 1 s/);
	cleanup();
});

test('Esc goes back to participants; Enter past the last field goes on to review', async t => {
	const {instance, cleanup, services, outcomes} = await atRecording([]);
	await press(instance, keys.enter);
	t.regex(await ready(instance, 'Review and create'), /Recording\s+off/);
	await press(instance, keys.escape);
	t.regex(await ready(instance, 'Recording — Optional'), /› Record each participant\s+\[ \] no/);
	await press(instance, keys.escape);
	await ready(instance, 'Participants — Tokens');
	t.deepEqual(services.created, [], 'review was passed through, nothing created');
	t.deepEqual(outcomes, []);
	cleanup();
});
