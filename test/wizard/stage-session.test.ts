// The stage session both front ends call (wizard/stage-session.ts), on its own: no React, no Ink,
// no prompts. The SDK's real client over real HTTP to the project's emulator, a preset store in a
// temp folder, and where an answer must be lost, the proxy that loses it; the emulator's own state
// is the count of what exists.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import type {BatchEvent} from '../../source/core/create-batch.js';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices, type Services} from '../../source/ivs/services.js';
import {openPresetStore, type PresetStore} from '../../source/presets/store.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import type {CreationProgress} from '../../source/wizard/flows/create-stage.js';
import {createStageSession, type StageSessionOptions} from '../../source/wizard/stage-session.js';
import {startAnswerLosingProxy, seen, type AnswerLosingProxy} from '../helpers/answer-losing-proxy.js';

type Rig = {emulator: RunningEmulator; proxy: AnswerLosingProxy; services: Services; store: PresetStore};

async function rig(t: ExecutionContext): Promise<Rig> {
	const emulator = await startEmulator();
	const proxy = await startAnswerLosingProxy(emulator.url);
	const configDir = mkdtempSync(path.join(tmpdir(), 'ivs-stage-session-'));
	t.teardown(async () => {
		await proxy.close();
		await emulator.close();
		rmSync(configDir, {recursive: true, force: true});
	});
	const settings = {...defaultClientSettings, region: emulator.region, endpointUrl: proxy.url, credentials: emulator.credentials, readTimeoutSeconds: 10, connectTimeoutSeconds: 5};
	const services = ivsServices(settings, {
		async write() {
			throw new Error('no clipboard in this test');
		},
	});
	return {emulator, proxy, services, store: openPresetStore({configDir})};
}

function sessionFor({services, store}: Rig, options: Partial<StageSessionOptions> = {}) {
	return createStageSession(services, {now: () => new Date(2026, 10, 28, 9, 30).getTime(), store, ...options});
}

async function stageNames(emulator: RunningEmulator): Promise<string[]> {
	const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {stages: Array<{name: string}>};
	return state.stages.map(stage => stage.name);
}

const request: CreateStageRequest = {name: 'class-{date}', tags: {team: 'video'}, participantTokenConfigurations: [{userId: 'teacher', capabilities: ['PUBLISH', 'SUBSCRIBE']}]};

/** What follows creation reads the wizard's state: a new stage, its request, its place. */
const madeFrom = (what: CreateStageRequest, count = 1) => ({state: {origin: {kind: 'new' as const}, request: what, connection: {}, count}, ownsDraft: true});

test('one stage: progress as it goes, the stage made once, then the draft cleared and --save-preset saved, as notices', async t => {
	const made = await rig(t);
	made.store.saveDraft({request, step: 'review'});
	const session = sessionFor(made, {savePreset: 'weekly'});
	const progress: CreationProgress[] = [];
	const creation = await session.create({request, connection: {}}, {onProgress: step => progress.push(step)});
	t.true(creation.ok);
	if (!creation.ok) {
		return;
	}

	t.is(creation.adoption, undefined);
	t.is(creation.response.stage?.name, 'class-2026-11-28');
	t.is(creation.response.participantTokens?.[0]?.userId, 'teacher');
	t.deepEqual(await stageNames(made.emulator), ['class-2026-11-28']);
	t.deepEqual(
		progress.map(step => (step.type === 'attempt' ? `attempt ${step.attempt}` : step.type)),
		['listing', 'attempt 1'],
	);
	t.deepEqual(session.notices(), []);

	t.deepEqual(await session.afterCreation(madeFrom(request)), ['Saved preset "weekly".']);
	t.deepEqual(session.notices(), ['Saved preset "weekly".']);
	t.is(made.store.getDraft(), undefined);
	// The preset keeps the template, not the day's expansion.
	t.is(made.store.getPreset('weekly')?.request.name, 'class-{date}');
	// A notice from the front end (a draft that could not be saved) joins them, in order.
	session.notice('Could not save the draft: disk full');
	t.deepEqual(session.notices(), ['Saved preset "weekly".', 'Could not save the draft: disk full']);
});

test('a batch reports each stage as it is made, in the order of n, and what follows counts it', async t => {
	const made = await rig(t);
	const session = sessionFor(made, {savePreset: 'rooms'});
	const events: BatchEvent[] = [];
	const outcome = await session.createBatch({request: {name: 'room-{n}'}, connection: {}, count: 3}, {onEvent: event => events.push(event)});
	t.is(outcome.failure, undefined);
	t.is(outcome.interrupted, undefined);
	t.deepEqual(
		outcome.results.map(result => result.stage?.name),
		['room-1', 'room-2', 'room-3'],
	);
	t.deepEqual((await stageNames(made.emulator)).sort(), ['room-1', 'room-2', 'room-3']);
	// Each stage starts, goes out and is made before the next starts.
	t.deepEqual(
		events.filter(event => event.type !== 'progress').map(event => `${event.type} ${event.n}`),
		['starting 1', 'created 1', 'starting 2', 'created 2', 'starting 3', 'created 3'],
	);
	t.deepEqual(
		events.filter(event => event.type === 'created').map(event => event.type === 'created' && event.response.stage?.arn),
		outcome.results.map(result => result.stage?.arn),
	);
	await session.afterCreation(madeFrom({name: 'room-{n}'}, 3));
	t.is(made.store.getPreset('rooms')?.count, 3);
	t.deepEqual(session.notices(), ['Saved preset "rooms".']);
});

test('a lost answer: the stage is found and adopted, once, and the adoption is a notice for the very end', async t => {
	const made = await rig(t);
	const session = sessionFor(made);
	made.proxy.plans.push('lose-answer');
	const progress: CreationProgress[] = [];
	const creation = await session.create({request: {name: 'lost', tags: {run: 'one'}}, connection: {}}, {onProgress: step => progress.push(step)});
	t.true(creation.ok);
	if (!creation.ok) {
		return;
	}

	t.deepEqual(await stageNames(made.emulator), ['lost']);
	t.is(seen(made.proxy, 'CreateStage').length, 1, 'never sent again');
	t.deepEqual(
		progress.map(step => step.type),
		['listing', 'attempt', 'checking', 'adopting'],
	);
	const arn = creation.response.stage?.arn ?? '';
	t.regex(arn, /^arn:aws:ivs:/);
	t.true(creation.adoption?.includes(`adopted ${arn}`), creation.adoption);
	t.deepEqual(session.notices(), [creation.adoption]);
});

test('a batch with a lost answer: the stage is adopted in its place, and the notice names its n', async t => {
	const made = await rig(t);
	const session = sessionFor(made);
	made.proxy.plans.push('pass', 'lose-answer');
	const outcome = await session.createBatch({request: {name: 'b-{n}'}, connection: {}, count: 3});
	t.deepEqual(
		outcome.results.map(result => result.stage?.name),
		['b-1', 'b-2', 'b-3'],
	);
	t.deepEqual((await stageNames(made.emulator)).sort(), ['b-1', 'b-2', 'b-3']);
	const adoptedArn = outcome.results[1]?.stage?.arn ?? '';
	t.deepEqual(outcome.adopted?.map(adopted => adopted.n), [2]);
	const notices = session.notices();
	t.is(notices.length, 1);
	t.true(notices[0]?.startsWith('Stage 2: The answer to CreateStage was lost') && notices[0].includes(adoptedArn), notices[0]);
});

test('an abort midway through a batch: the stage in flight is finished and listed, no other is started', async t => {
	const made = await rig(t);
	const session = sessionFor(made);
	const stop = new AbortController();
	const created: number[] = [];
	const outcome = await session.createBatch(
		{request: {name: 'stop-{n}'}, connection: {}, count: 6},
		{
			signal: stop.signal,
			onEvent(event) {
				if (event.type === 'starting' && event.n === 2) {
					// Ctrl+C while stage 2 is on its way.
					stop.abort();
				}

				if (event.type === 'created') {
					created.push(event.n);
				}
			},
		},
	);
	t.true(outcome.interrupted);
	t.is(outcome.failure, undefined);
	t.deepEqual(created, [1, 2]);
	t.deepEqual(
		outcome.results.map(result => result.stage?.name),
		['stop-1', 'stop-2'],
	);
	t.deepEqual((await stageNames(made.emulator)).sort(), ['stop-1', 'stop-2']);
	t.is(seen(made.proxy, 'CreateStage').length, 2);
});

test('an abort before CreateStage goes out sends nothing; one while a lost answer is looked for still names the stage', async t => {
	const made = await rig(t);
	const session = sessionFor(made);
	const early = new AbortController();
	const notSent = await session.create(
		{request: {name: 'never'}, connection: {}},
		{
			signal: early.signal,
			onProgress(step) {
				// Ctrl+C while the stages there are are being listed, before the request goes out.
				if (step.type === 'listing') {
					early.abort();
				}
			},
		},
	);
	t.false(notSent.ok);
	t.like(notSent, {ok: false, interrupted: true, code: 'Interrupted'});
	t.deepEqual(seen(made.proxy, 'CreateStage'), []);
	t.deepEqual(await stageNames(made.emulator), []);

	const late = new AbortController();
	made.proxy.plans.push('lose-answer');
	const adopted = await session.create(
		{request: {name: 'found'}, connection: {}},
		{
			signal: late.signal,
			onProgress(step) {
				// The request reached the service and its answer was lost: the stage may exist.
				if (step.type === 'checking') {
					late.abort();
				}
			},
		},
	);
	t.true(adopted.ok, 'a stage made is never dropped for a stop');
	t.deepEqual(await stageNames(made.emulator), ['found']);
	t.is(adopted.ok ? adopted.response.stage?.name : '', 'found');
	t.is(seen(made.proxy, 'CreateStage').length, 1);
});
