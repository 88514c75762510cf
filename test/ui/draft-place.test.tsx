// Resuming a draft never moves the stage silently. The draft was going elsewhere (another region and
// endpoint) than the command line says: the start screen says so under the draft, `r` asks which,
// the command line's place is first and chosen by Enter, and the request goes where was picked.
// Real SDK, real HTTP: the command line's endpoint is one emulator, the draft's another.
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices} from '../../source/ivs/services.js';
import type {PresetStore} from '../../source/presets/store.js';
import {keys, loose, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

async function stageNames(emulator: RunningEmulator): Promise<string[]> {
	const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {stages: Array<{name: string}>};
	return state.stages.map(stage => stage.name);
}

type Places = {commandLine: RunningEmulator; draft: RunningEmulator; store: PresetStore};

async function places(t: {teardown(fn: () => unknown): void}): Promise<Places> {
	const commandLine = await startEmulator({region: 'us-west-2'});
	const draft = await startEmulator({region: 'eu-west-1'});
	t.teardown(async () => {
		await commandLine.close();
		await draft.close();
	});
	const {store} = tempStore();
	store.saveDraft({request: {name: 'resumed-here'}, step: 'review', settings: {region: 'eu-west-1', endpointUrl: draft.url}});
	return {commandLine, draft, store};
}

/** Mounted as `ivs-stage-wizard --endpoint-url <commandLine> --region us-west-2` would be. */
function mountNamed({commandLine, store}: Places) {
	const settings = {...defaultClientSettings, region: 'us-west-2', endpointUrl: commandLine.url, credentials: commandLine.credentials};
	return mountApp({
		store,
		services: ivsServices(settings, {write: async () => undefined}),
		connection: {region: 'us-west-2', endpointUrl: commandLine.url},
		placeNamed: true,
	});
}

test('the start screen says plainly where the draft was going and where the command line says', async t => {
	const rig = await places(t);
	const {instance, cleanup} = mountNamed(rig);
	try {
		const frame = await ready(instance, 'Resume your draft');
		t.regex(frame, loose(`! Your draft was going to profile default · eu-west-1 · endpoint ${rig.draft.url}; the command line says profile default · us-west-2 · endpoint ${rig.commandLine.url}. Resuming asks which.`));
	} finally {
		cleanup();
	}
});

test('r asks where; Enter keeps the command line’s place, and CreateStage goes there, not to the draft’s', async t => {
	const rig = await places(t);
	const {instance, outcomes, cleanup} = mountNamed(rig);
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, 'r');
		const question = await ready(instance, 'Resume your draft: where should the stage go?');
		t.regex(question, loose(`› Where the command line says: profile default · us-west-2 · endpoint ${rig.commandLine.url}`));
		t.regex(question, / {2}Where the draft was going: profile default · eu-west-1/);
		await press(instance, keys.enter);
		const review = await ready(instance, 'Review and create');
		t.regex(review, /us-west-2/);
		await press(instance, keys.enter);
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		t.is(outcomes[0]?.kind, 'created');
		t.deepEqual(await stageNames(rig.commandLine), ['resumed-here']);
		t.deepEqual(await stageNames(rig.draft), []);
	} finally {
		cleanup();
	}
});

test('picking the draft’s place sends CreateStage to the draft’s endpoint and region', async t => {
	const rig = await places(t);
	const {instance, outcomes, cleanup} = mountNamed(rig);
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, 'r');
		await ready(instance, 'Resume your draft: where should the stage go?');
		await press(instance, keys.down);
		await waitForFrame(instance, /› Where the draft was going/);
		await press(instance, keys.enter);
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		const [outcome] = outcomes;
		t.is(outcome?.kind, 'created');
		t.regex(outcome?.kind === 'created' ? outcome.response.stage?.arn ?? '' : '', /^arn:aws:ivs:eu-west-1:/);
		t.deepEqual(await stageNames(rig.draft), ['resumed-here']);
		t.deepEqual(await stageNames(rig.commandLine), []);
	} finally {
		cleanup();
	}
});

test('Esc on the question goes back to the start screen; nothing is sent', async t => {
	const rig = await places(t);
	const {instance, cleanup} = mountNamed(rig);
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, 'r');
		await ready(instance, 'Resume your draft: where should the stage go?');
		await press(instance, keys.escape);
		await ready(instance, 'What would you like to do?');
		t.deepEqual(await stageNames(rig.commandLine), []);
	} finally {
		cleanup();
	}
});

test('in the sandbox the draft resumes there, and the start screen says where the draft was going', async t => {
	const rig = await places(t);
	const settings = {...defaultClientSettings, region: rig.commandLine.region, endpointUrl: rig.commandLine.url, credentials: rig.commandLine.credentials};
	const {instance, outcomes, cleanup} = mountApp({
		store: rig.store,
		services: ivsServices(settings, {write: async () => undefined}),
		connection: {region: rig.commandLine.region},
		sandbox: {url: rig.commandLine.url},
		placeNamed: true,
	});
	try {
		const frame = await ready(instance, 'Resume your draft');
		t.regex(frame, loose(`! Your draft was going to profile default · eu-west-1 · endpoint ${rig.draft.url}; this run creates it in the sandbox (local emulator). Run without --sandbox to create it where the draft was going.`));
		await press(instance, 'r');
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		t.deepEqual(await stageNames(rig.commandLine), ['resumed-here']);
		t.deepEqual(await stageNames(rig.draft), []);
	} finally {
		cleanup();
	}
});

test('a draft going where this run goes is resumed without a question', async t => {
	const {store} = tempStore();
	store.saveDraft({request: {name: 'same-place', tags: {a: 'b'}}, step: 'tags', settings: {region: 'us-east-1'}});
	const {instance, cleanup} = mountApp({store, placeNamed: true});
	try {
		const frame = await ready(instance, 'Resume your draft');
		t.notRegex(frame, /Your draft was going to/);
		await press(instance, 'r');
		await waitForFrame(instance, 'a = b');
	} finally {
		cleanup();
	}
});
