import test from 'ava';
import {keys, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

test('a newcomer starts a new stage and lands on the name', async t => {
	const {instance, cleanup} = mountApp();
	const frame = await ready(instance, 'What would you like to do?');
	t.regex(frame, /› Start a new stage/);
	t.regex(frame, /Profile\s+default/);
	t.regex(frame, /Region\s+us-east-1/);
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Stage name — Name the stage');
	cleanup();
});

test('a pre-filled request is offered as such', async t => {
	const {instance, cleanup} = mountApp({request: {name: 'given', participantTokenConfigurations: [{}]}});
	const frame = await ready(instance, 'What would you like to do?');
	t.regex(frame, /Continue with what the command line gave — "given", 1 participant/);
	cleanup();
});

test('back at the start from the steps, the line offers the stage so far, not the command line\'s', async t => {
	const {instance, cleanup} = mountApp();
	await ready(instance, 'What would you like to do?');
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Stage name — Name the stage');
	await press(instance, 'typed-here');
	await waitForFrame(instance, 'typed-here');
	await press(instance, keys.escape);
	const frame = await waitForFrame(instance, 'What would you like to do?');
	t.regex(frame, /Continue with the stage so far — "typed-here"/);
	t.notRegex(frame, /command line/);
	cleanup();
});

test('an unfinished draft is offered first, and resumes where it was left', async t => {
	const {store} = tempStore();
	store.saveDraft({request: {name: 'from-draft', tags: {a: 'b'}}, step: 'tags', settings: {region: 'eu-central-1'}});
	const {instance, cleanup} = mountApp({store});
	const frame = await ready(instance, 'Resume your draft');
	t.regex(frame, /› Resume your draft — saved .*"from-draft", 1 tag/);
	// It was going to another region than this run: said under it, and asked when resuming, with the
	// draft's own place first in line as the command line named none.
	t.regex(frame, /! Your draft was going to profile default · eu-central-1 · AWS’s own endpoint; this run goes to/);
	await press(instance, keys.enter);
	const question = await ready(instance, 'Resume your draft: where should the stage go?');
	t.regex(question, /› Where the draft was going: profile default · eu-central-1/);
	await press(instance, keys.enter);
	const tags = await waitForFrame(instance, 'a = b');
	t.regex(tags, /eu-central-1/);
	cleanup();
});

test('a preset pre-fills the wizard, under what the command line gave', async t => {
	const {store} = tempStore();
	store.savePreset({name: 'weekly', request: {name: 'show-{date}', tags: {team: 'video'}}, description: 'The weekly show'});
	const {instance, cleanup} = mountApp({store, request: {tags: {team: 'override'}}});
	// The command line gave something: that is where the cursor rests, the preset one key down.
	const start = await ready(instance, 'Presets, most recently used first');
	t.regex(start, /› Continue with what the command line gave/);
	t.regex(start, /weekly {2}show-\d{4}-\d{2}-\d{2} · 0 participants · The weekly show/);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	// Straight to review: the placeholder is expanded, so the name is checked as it will be sent.
	const frame = await ready(instance, 'Review and create');
	t.regex(frame, /Name\s+show-\d{4}-\d{2}-\d{2}/);
	t.regex(frame, /team = override/);
	t.regex(frame, /✓ No problems: Enter creates the stage\./);
	cleanup();
});

test('presets are listed most recently used first, the first one chosen: Enter, Enter creates its stage', async t => {
	let time = '2026-11-01T10:00:00.000Z';
	const {store} = tempStore(() => new Date(time));
	store.savePreset({name: 'class', request: {name: 'class-{user}', participantTokenConfigurations: [{userId: 'teacher'}]}});
	store.savePreset({name: 'weekly', request: {name: 'weekly-show', participantTokenConfigurations: [{userId: 'host'}, {userId: 'guest'}]}, description: 'Friday'});
	store.saveDraft({request: {name: 'unfinished'}, step: 'tags'});
	time = '2026-11-02T10:00:00.000Z';
	store.markPresetUsed('class');
	const {instance, services, cleanup} = mountApp({store});
	const start = await ready(instance, 'Presets, most recently used first');
	const lines = start.split('\n');
	const classLine = lines.findIndex(line => line.includes('class-'));
	t.true(classLine > 0 && classLine < lines.findIndex(line => line.includes('weekly')), start);
	t.regex(start, /› class {3}class-\S+ · 1 participant\b/);
	t.regex(start, / {2}weekly {2}weekly-show · 2 participants · Friday/);
	t.regex(start, /Resume your draft — .*"unfinished".*\(r\)/);
	await press(instance, keys.enter);
	await ready(instance, /✓ No problems: Enter creates the stage\./);
	time = '2026-11-03T10:00:00.000Z';
	await press(instance, keys.enter);
	await waitFor(() => services.created.length > 0, () => 'a CreateStage call');
	t.like(services.created[0]!.request, {participantTokenConfigurations: [{userId: 'teacher'}]});
	await waitFor(() => store.getPreset('class')?.lastUsedAt === '2026-11-03T10:00:00.000Z', () => 'the preset marked used');
	// The preset was taken as it was: the older draft is still there.
	t.deepEqual(store.getDraft()?.request, {name: 'unfinished'});
	cleanup();
});

test('n starts a new stage and r resumes the draft, wherever the cursor is', async t => {
	const {store} = tempStore();
	store.savePreset({name: 'weekly', request: {name: 'weekly-show'}});
	store.saveDraft({request: {name: 'from-draft'}, step: 'name'});
	const first = mountApp({store});
	t.regex(await ready(first.instance, 'Presets'), /› weekly/);
	await press(first.instance, 'r');
	await ready(first.instance, /› Stage name\s+from-draft/);
	first.cleanup();
	const second = mountApp({store});
	await ready(second.instance, 'Presets');
	await press(second.instance, 'n');
	const name = await ready(second.instance, 'Stage name — Name the stage');
	t.notRegex(name, /weekly-show|from-draft/);
	second.cleanup();
});

test('profile, region and endpoint can be changed before anything is sent', async t => {
	const {instance, cleanup} = mountApp();
	await ready(instance, 'Profile');
	// Past "Your stages".
	await press(instance, keys.down);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	const picker = await ready(instance, 'Pick a profile');
	t.regex(picker, /› default us-east-1/);
	t.regex(picker, /work eu-west-1/);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	// The profile's own region comes with it.
	const frame = await ready(instance, /Profile\s+work/);
	t.regex(frame, /Region\s+eu-west-1/);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	const regions = await ready(instance, 'Pick a region');
	for (const region of ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2']) {
		t.true(regions.includes(region), region);
	}

	await press(instance, keys.down);
	await press(instance, keys.enter);
	await ready(instance, /Region\s+eu-central-1/);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	await ready(instance, 'empty: the region’s own');
	await press(instance, 'http://localhost:9999');
	await press(instance, keys.enter);
	const done = await ready(instance, /Endpoint\s+http:\/\/localhost:9999/);
	t.regex(done, /profile work · eu-central-1 · http:\/\/localhost:9999/);
	cleanup();
});

test('Esc closes a picker without changing anything', async t => {
	const {instance, cleanup} = mountApp();
	await ready(instance, 'Region');
	// Past "Your stages" and Profile.
	await press(instance, keys.down);
	await press(instance, keys.down);
	await press(instance, keys.down);
	await press(instance, keys.enter);
	await ready(instance, 'Pick a region');
	await press(instance, keys.down);
	await press(instance, keys.escape);
	const frame = await ready(instance, 'What would you like to do?');
	t.regex(frame, /Region\s+us-east-1/);
	cleanup();
});

test('the sandbox shows its badge and offers no connection settings', async t => {
	const {instance, cleanup} = mountApp({sandbox: {url: 'http://127.0.0.1:4566'}});
	const frame = await ready(instance, 'SANDBOX');
	t.regex(frame, /not a real AWS stage/);
	t.notRegex(frame, /Profile/);
	cleanup();
});

test('q quits without creating anything', async t => {
	const {instance, outcomes, cleanup} = mountApp();
	await ready(instance, 'What would you like to do?');
	instance.stdin.write('q');
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.is(outcomes[0]!.kind, 'quit');
	cleanup();
});

test('without a region given, the profile’s own region is used, as the SDK would', async t => {
	const {instance, cleanup} = mountApp({connection: {profile: 'work'}});
	const frame = await ready(instance, /Region\s+eu-west-1/);
	t.regex(frame, /profile work · eu-west-1/);
	cleanup();
});

test('many presets scroll with the cursor; every other line stays on screen', async t => {
	let time = Date.parse('2026-11-01T00:00:00.000Z');
	const {store} = tempStore(() => new Date(time));
	for (let index = 1; index <= 30; index++) {
		time += 60_000;
		store.savePreset({name: `preset-${String(index).padStart(2, '0')}`, request: {name: `stage-${index}`}});
	}

	const {instance, cleanup} = mountApp({store});
	const first = await ready(instance, 'Presets, most recently used first');
	// The last saved first, and chosen; the rest below, windowed.
	t.regex(first, /› preset-30/);
	t.regex(first, /↓ \d+ more/);
	t.regex(first, /Start a new stage/);
	t.regex(first, /Endpoint/);
	t.true(first.split('\n').length <= 24, first);
	for (let index = 0; index < 25; index++) {
		await press(instance, keys.down);
	}

	const scrolled = await ready(instance, /› preset-05/);
	t.regex(scrolled, /↑ \d+ more/);
	t.regex(scrolled, /Start a new stage/);
	cleanup();
});
