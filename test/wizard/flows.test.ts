// The flows both front ends call (wizard/flows): creating the stage and what follows it, through
// the services port with answers of the test's own (the port's real side is tested against the
// emulator and node:http servers elsewhere).
import test from 'ava';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../../source/ivs/ivs-api.js';
import type {Services} from '../../source/ivs/services.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {afterCreation} from '../../source/wizard/flows/after-creation.js';
import {createStage} from '../../source/wizard/flows/create-stage.js';
import {serviceError, tempStore} from '../ui/harness.js';

type Recorded = {connections: unknown[]; requests: CreateStageRequest[]; closed: number};

/** A port whose CreateStage runs `answer` (which may throw) for each call; ListStages lists what was answered. */
function portAnswering(answer: (request: CreateStageRequest, call: number) => Promise<void>): Pick<Services, 'connect'> & Recorded {
	const recorded: Recorded = {connections: [], requests: [], closed: 0};
	const stages: StageSummary[] = [];
	return {
		connect(connection) {
			recorded.connections.push(connection);
			const api: Partial<IvsApi> = {
				async createStage(request, options) {
					recorded.requests.push(request);
					options?.onAttempt?.({attempt: 1, method: 'POST', path: '/CreateStage'});
					await answer(request, recorded.requests.length);
					const stage = {arn: `arn:aws:ivs:us-east-1:123456789012:stage/Stage${stages.length}`, name: request.name, tags: request.tags ?? {}};
					stages.push(stage);
					return {stage};
				},
				async listStages() {
					return {stages: [...stages]};
				},
				async maxAttempts() {
					return 3;
				},
				close() {
					recorded.closed++;
				},
			};
			return api as IvsApi;
		},
		get connections() {
			return recorded.connections;
		},
		get requests() {
			return recorded.requests;
		},
		get closed() {
			return recorded.closed;
		},
	};
}

const now = () => Date.UTC(2026, 10, 28, 12);
const noWait = async () => undefined;

test('createStage: the name’s {date} is expanded when sent, each attempt reported, the connection closed', async t => {
	const port = portAnswering(async (_request, call) => {
		if (call === 1) {
			throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {code: 'ECONNREFUSED'});
		}
	});
	const progress: string[] = [];
	const creation = await createStage({request: {name: 'show-{date}'}, connection: {region: 'eu-west-1'}}, {services: port, now, wait: noWait, onProgress: step => progress.push(step.type === 'attempt' ? `attempt ${step.attempt}` : step.type)});
	t.true(creation.ok);
	t.is(creation.ok ? creation.response.stage?.name : '', 'show-2026-11-28');
	t.deepEqual(port.requests, [{name: 'show-2026-11-28'}, {name: 'show-2026-11-28'}]);
	t.deepEqual(port.connections, [{region: 'eu-west-1'}]);
	// The stages are noted first; a refused connection sent nothing, so no look before the retry.
	t.deepEqual(progress, ['listing', 'attempt 1', 'attempt 2']);
	t.is(port.closed, 1);
});

test('createStage: a service error comes back as its code and message, never thrown, not retried; the connection is closed', async t => {
	const port = portAnswering(async () => {
		throw serviceError('ServiceQuotaExceededException', 'Limit of 100 stages reached', 402);
	});
	const creation = await createStage({request: {name: 'x'}, connection: {}}, {services: port, now, wait: noWait});
	const {error, ...described} = creation as Extract<typeof creation, {ok: false}>;
	t.deepEqual(described, {ok: false, code: 'ServiceQuotaExceededException', message: 'Limit of 100 stages reached'});
	t.is((error as Error).name, 'ServiceQuotaExceededException');
	t.is(port.requests.length, 1);
	t.is(port.closed, 1);
});

test('createStage can run again and again (a batch): one request each', async t => {
	const port = portAnswering(async () => undefined);
	const creations = await Promise.all(['a', 'b', 'c'].map(async name => createStage({request: {name}, connection: {}}, {services: port, now})));
	t.true(creations.every(creation => creation.ok));
	t.deepEqual(port.requests.map(request => request.name), ['a', 'b', 'c']);
	t.is(port.closed, 3);
});

const state = {origin: {kind: 'preset' as const, name: 'weekly'}, request: {name: 'show-2026-11-28'}, connection: {region: 'eu-west-1'}, nameTemplate: {template: 'show-{date}', expanded: 'show-2026-11-28'}};

test('afterCreation: the run’s own draft goes, the preset is marked used, --save-preset saves with the name’s template', async t => {
	const {store} = tempStore(() => new Date(now()));
	store.savePreset({name: 'weekly', request: {name: 'show-{date}'}});
	store.saveDraft({request: {name: 'draft'}, step: 'review'});
	const notices = await afterCreation({state, store, ownsDraft: true, savePreset: 'again', presetName: undefined});
	t.deepEqual(notices, ['Saved preset "again".']);
	t.is(store.getDraft(), undefined);
	t.is(store.getPreset('again')?.request.name, 'show-{date}');
	t.truthy(store.getPreset('weekly')?.lastUsedAt);
});

test('afterCreation: another run’s draft is left alone', async t => {
	const {store} = tempStore();
	store.saveDraft({request: {name: 'older'}, step: 'tags'});
	t.deepEqual(await afterCreation({state, store, ownsDraft: false, savePreset: undefined, presetName: undefined}), []);
	t.deepEqual(store.getDraft()?.request, {name: 'older'});
});

test('afterCreation: what fails becomes a notice, never an error (the stage exists)', async t => {
	const failing = {
		clearDraft() {
			throw new Error('disk full');
		},
		markPresetUsed() {
			throw new Error('locked');
		},
		savePreset(): never {
			throw new Error('read-only folder');
		},
	};
	const notices = await afterCreation({state, store: failing, ownsDraft: true, savePreset: 'again', presetName: undefined});
	t.deepEqual(notices, ['Could not clear the draft: disk full', 'Could not save preset "again": read-only folder']);
});
