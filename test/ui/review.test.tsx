import test from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {keys, loose, press, settle, waitFor, waitForFrame, waitForFrameWithout} from '../helpers/wait-for.js';
import {fakeServices, mountApp, ready, serviceError, tempStore} from './harness.js';
import {renderInk} from '../helpers/render-ink.js';
import {ReviewBody} from '../../source/ui/screens/review/review-body.js';
import {reviewLines} from '../../source/line/review-lines.js';
import type {Connection} from '../../source/wizard/wizard-state.js';

const full: CreateStageRequest = {
	name: 'weekly-show',
	tags: {team: 'video'},
	participantTokenConfigurations: [{userId: 'host', duration: 60, attributes: {role: 'host'}}, {userId: 'guest', capabilities: ['SUBSCRIBE']}],
};

async function atReview(request: CreateStageRequest, options: Parameters<typeof mountApp>[0] = {}) {
	const {store} = tempStore();
	store.saveDraft({request, step: 'review'});
	const mounted = mountApp({store, ...options});
	await ready(mounted.instance, 'Resume your draft');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Review and create');
	return mounted;
}

test('everything on one screen, with the aws command and the --cli-input-json body', async t => {
	const {instance, cleanup} = await atReview(full);
	const frame = instance.lastFrame()!;
	t.regex(frame, /Name\s+weekly-show/);
	t.regex(frame, /Tags 1\s+team = video/);
	t.regex(frame, /1\. host\s+publish, subscribe · 1 h · 1 attribute/);
	t.regex(frame, /2\. guest\s+subscribe · 12 h/);
	t.regex(frame, /Recording\s+off/);
	t.regex(frame, /✓ No problems: Enter creates the stage\./);
	t.regex(frame, /aws ivs-realtime create-stage \\/);
	t.regex(frame, /--name weekly-show/);
	t.regex(frame, /--region us-east-1/);
	let scrolled = frame;
	for (let index = 0; index < 10 && !/↑ \d+ above\s+end/.test(scrolled); index++) {
		scrolled = await press(instance, keys.pageDown);
	}

	t.regex(scrolled, /"userId": "guest"/);
	t.regex(scrolled, /↑ \d+ above\s+end/);
	t.notRegex(scrolled, /Name\s+weekly-show/);
	scrolled = await press(instance, keys.up);
	t.regex(scrolled, /↓ 1 more below/);
	cleanup();
});

test('problems are marked, and Enter does not create until they are fixed', async t => {
	const {instance, services, outcomes, cleanup} = await atReview({name: 'bad name', participantTokenConfigurations: [{duration: 0}]});
	let frame = instance.lastFrame()!;
	t.regex(frame, /✗ Name/);
	t.regex(frame, /✗ Participants 1/);
	t.regex(frame, /✗ 2 problems to fix before creating:/);
	t.regex(frame, /✗ name: "bad name" must match the pattern/);
	t.regex(frame, /✗ participantTokenConfigurations\[0\]\.duration: 0 must be at least 1/);
	await press(instance, keys.enter);
	await waitForFrame(instance, loose('Fix the 2 problems marked ✗ first: 1–4 opens a step.'));
	t.is(services.created.length, 0);
	await press(instance, '1');
	await ready(instance, 'Stage name — Name the stage');
	for (const _ of 'name') {
		await press(instance, keys.backspace);
	}

	await press(instance, keys.backspace);
	await waitForFrame(instance, /› Stage name\s+bad\s/);
	frame = await waitForFrameWithout(instance, '✗ use only');
	t.notRegex(frame, /✗Name/);
	t.is(outcomes.length, 0);
	cleanup();
});

test('Enter creates; retries show on the spinner; the draft goes and --save-preset saves', async t => {
	const services = fakeServices();
	let release: () => void = () => undefined;
	services.next = {unreachedFirst: 2, hold: new Promise(resolve => {
		release = resolve;
	})};
	const {instance, store, outcomes, cleanup} = await atReview(full, {services, savePreset: 'weekly'});
	t.truthy(store.getDraft());
	await press(instance, keys.enter);
	const spinner = await waitForFrame(instance, 'Attempt 3');
	t.regex(spinner, /Creating the stage in us-east-1…/);
	release();
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	const [outcome] = outcomes;
	t.is(outcome!.kind, 'created');
	t.deepEqual(services.created[0]!.request, full);
	t.is(store.getDraft(), undefined);
	t.deepEqual(store.getPreset('weekly')?.request, full);
	t.deepEqual(outcome!.notices, ['Saved preset "weekly".']);
	cleanup();
});

test('Ctrl+C while CreateStage is out ends the run once, the draft kept: the answer that comes after starts nothing', async t => {
	const services = fakeServices();
	let release: () => void = () => undefined;
	services.next = {hold: new Promise(resolve => {
		release = resolve;
	})};
	const {instance, store, outcomes, cleanup} = await atReview(full, {services, savePreset: 'weekly'});
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Creating the stage');
	instance.stdin.write(keys.ctrlC);
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.like(outcomes[0], {kind: 'interrupted', whileCreating: true, draftPath: store.path});
	release();
	// The answer is in and the connection closed; then a few turns of the event loop, for anything
	// that would follow it (no timer: what follows an answer is promises and React's own turns).
	await waitFor(() => services.stages.length === 1 && services.open === 0, () => 'the answer');
	for (let turn = 0; turn < 5; turn++) {
		await settle();
	}

	t.is(outcomes.length, 1, 'the run ended once');
	t.deepEqual(store.getDraft()?.request, full, 'the draft the last lines name is still there');
	t.is(store.getPreset('weekly'), undefined, 'nothing of what follows creation ran');
	cleanup();
});

test('a service error shows its code and message and keeps every input', async t => {
	const services = fakeServices();
	services.next = {fail: serviceError('ServiceQuotaExceededException', 'Limit of 100 stages reached \u001B[31m(escape)', 402)};
	const {instance, outcomes, cleanup} = await atReview(full, {services});
	await press(instance, keys.enter);
	const frame = await ready(instance, '✗ CreateStage failed: ServiceQuotaExceededException');
	t.regex(frame, /Limit of 100 stages reached \\x1b\[31m\(escape\)/);
	t.notRegex(frame, /\u001B/);
	t.regex(frame, /Name\s+weekly-show/);
	t.regex(frame, /2\. guest/);
	await press(instance, '2');
	await ready(instance, 'Tags — Optional tags');
	for (const title of ['Participants — Tokens', 'Recording — Optional', 'Review and create']) {
		await press(instance, keys.tab);
		await ready(instance, title);
	}

	// The last error stays in view until the next attempt.
	await press(instance, keys.enter);
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.is(services.created.length, 2);
	t.deepEqual(services.created[1]!.request, full);
	cleanup();
});

test('save as a preset: a name, and a question before overwriting', async t => {
	const {instance, store, cleanup} = await atReview(full);
	await press(instance, 's');
	await ready(instance, 'Save as a preset');
	await press(instance, 'bad name');
	await waitForFrame(instance, '✗ use 1 to 64 letters');
	for (const _ of ' name') {
		await press(instance, keys.backspace);
	}

	await press(instance, keys.enter);
	await waitForFrame(instance, 'Saved preset "bad"');
	t.deepEqual(store.getPreset('bad')?.request, full);
	await press(instance, 's');
	await ready(instance, 'Save as a preset');
	await press(instance, 'bad');
	await press(instance, keys.enter);
	await ready(instance, 'A preset named "bad" exists. Overwrite it? (y/n)');
	await press(instance, 'n');
	await waitForFrameWithout(instance, 'Overwrite it?');
	await press(instance, keys.enter);
	await ready(instance, 'Overwrite it?');
	await press(instance, 'y');
	await waitForFrameWithout(instance, 'Save as a preset');
	await press(instance, 's');
	await ready(instance, 'Save as a preset');
	await press(instance, keys.escape);
	await waitForFrameWithout(instance, 'Save as a preset');
	cleanup();
});

test('y copies the command; q quits and keeps the draft', async t => {
	const {instance, services, outcomes, store, cleanup} = await atReview(full);
	await press(instance, 'y');
	await waitForFrame(instance, 'Copied the aws command to the clipboard.');
	t.regex(services.copied[0]!, /^aws ivs-realtime create-stage \\\n {4}--name weekly-show/);
	instance.stdin.write('q');
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.deepEqual(outcomes[0], {kind: 'quit', draftPath: store.path, notices: []});
	t.deepEqual(store.getDraft()?.request, full);
	cleanup();
});

test('with 50 tags and 12 participants the command is still on the first screen', async t => {
	const tags = Object.fromEntries(Array.from({length: 50}, (_, index) => [`tag-${index}`, `value-${index}`]));
	const participantTokenConfigurations = Array.from({length: 12}, (_, index) => ({userId: `user-${index}`}));
	const {instance, cleanup} = await atReview({tags, participantTokenConfigurations});
	const frame = instance.lastFrame()!;
	t.regex(frame, /Tags 50\s+tag-0 = value-0/);
	t.regex(frame, /… and 47 more \(2 lists them all\)/);
	t.regex(frame, /4\. user-3/);
	t.regex(frame, /… and 8 more \(3 lists them all\)/);
	t.regex(frame, /aws ivs-realtime create-stage/);
	cleanup();
});

test('a shortened list still shows every item with a problem', async t => {
	const tags = Object.fromEntries(Array.from({length: 9}, (_, index) => [`tag-${index}`, 'v']));
	tags['x'.repeat(129)] = 'key too long';
	const {instance, cleanup} = await atReview({tags});
	const frame = instance.lastFrame()!;
	t.regex(frame, /✗ x{20}/);
	t.regex(frame, /… and 7 more/);
	cleanup();
});

test('--preset with a placeholder name: review’s s and --save-preset keep the template while the name is its expansion', async t => {
	const services = fakeServices();
	// As the entry launches with --preset (name "show-{date}"): the name expanded, the template beside it.
	const {instance, store, outcomes, cleanup} = mountApp({request: {name: 'show-2026-11-28', tags: {team: 'video'}}, nameTemplate: 'show-{date}', services, savePreset: 'after'});
	const nameThenReview = async (name: string) => {
		await ready(instance, 'Stage name — Name the stage');
		await press(instance, '\u0015'); // Ctrl+U clears the field
		await press(instance, name);
		for (const [key, title] of [[keys.enter, 'Tags — Optional tags'], [keys.tab, 'Participants — Tokens'], [keys.tab, 'Recording — Optional'], [keys.enter, 'Review and create']] as const) {
			await press(instance, key);
			await ready(instance, title);
		}
	};

	const savePreset = async (name: string) => {
		await press(instance, 's');
		await ready(instance, 'Save as a preset');
		await press(instance, name);
		await press(instance, keys.enter);
		await waitForFrame(instance, `Saved preset "${name}"`);
	};

	await ready(instance, 'Continue with what the command line gave');
	await press(instance, keys.enter);
	await nameThenReview('show-special');
	await savePreset('typed');
	t.is(store.getPreset('typed')?.request.name, 'show-special');

	await press(instance, '1');
	await nameThenReview('show-2026-11-28');
	await savePreset('kept');
	t.deepEqual(store.getPreset('kept')?.request, {name: 'show-{date}', tags: {team: 'video'}});

	await press(instance, keys.enter);
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.is(services.created[0]!.request.name, 'show-2026-11-28');
	t.is(store.getPreset('after')?.request.name, 'show-{date}');
	cleanup();
});

test('no region (and not the sandbox): the review says CreateStage needs one and how to pick it, instead of "No problems"', async t => {
	const at = (connection: Connection, sandbox = false) => {
		const view = renderInk(<ReviewBody request={full} connection={connection} problems={[]} sandbox={sandbox} width={80} />);
		const frame = view.lastFrame() ?? '';
		view.unmount();
		return frame;
	};

	const noRegion = at({profile: 'work'});
	t.regex(noRegion, /! No region is set, and CreateStage needs one: press 0 to pick it \(or set\s+AWS_REGION\)\./);
	t.notRegex(noRegion, /No problems/);
	t.regex(at({region: 'eu-west-1'}), /✓ No problems: Enter creates the stage\./);
	// The sandbox's emulator has its region.
	t.regex(at({}, true), /✓ No problems: Enter creates the stage\./);
	const lines = reviewLines(full, {profile: 'work'}, [], false).join('\n');
	t.regex(lines, /! No region is set, and CreateStage needs one: Edit a step → Region \(or set AWS_REGION\)\./);
	t.regex(reviewLines(full, {}, [], true).join('\n'), /✔ No problems/);
});

test('no region: 0 on the review goes to the start with the cursor on Region, and a region picked there is the one the review shows', async t => {
	const {instance, cleanup} = await atReview(full, {connection: {}, loadAwsConfig: async () => ({profiles: ['default'], regionOf: {}})});
	await waitForFrame(instance, /! No region is set/);
	await press(instance, '0');
	t.regex(await waitForFrame(instance, /› Region\s+\(not set: pick one\)/), /profile default · no region set/);
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Pick a region');
	await press(instance, keys.enter);
	t.regex(await waitForFrame(instance, /Region\s+us-east-1/), /profile default · us-east-1/);
	cleanup();
});
