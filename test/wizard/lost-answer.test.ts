// A lost answer never leaves a second stage: the creation flow both front ends use
// (wizard/flows/create-stage.ts), through the real SDK client over real HTTP, with a proxy in
// front of the project's emulator that forwards CreateStage and then destroys the connection
// without answering. The emulator's own state is the count of what exists.
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices, type Services} from '../../source/ivs/services.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {createStage, type CreationProgress} from '../../source/wizard/flows/create-stage.js';
import {startAnswerLosingProxy, seen, type AnswerLosingProxy} from '../helpers/answer-losing-proxy.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

type StateStage = {arn: string; name: string; tags: Record<string, string>};
type StateToken = {participantId: string; stageArn: string; userId?: string; capabilities: string[]; duration: number; attributes?: Record<string, string>};

async function emulatorState(emulator: RunningEmulator): Promise<{stages: StateStage[]; tokens: StateToken[]}> {
	const response = await fetch(`${emulator.url}/_emulator/state`);
	return (await response.json()) as {stages: StateStage[]; tokens: StateToken[]};
}

type Rig = {emulator: RunningEmulator; proxy: AnswerLosingProxy; services: Services};

async function rig(t: {teardown(fn: () => unknown): void}): Promise<Rig> {
	const emulator = await startEmulator();
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => {
		await proxy.close();
		await emulator.close();
	});
	const settings = {...defaultClientSettings, region: emulator.region, endpointUrl: proxy.url, credentials: emulator.credentials, readTimeoutSeconds: 10, connectTimeoutSeconds: 5};
	const services = ivsServices(settings, {
		async write() {
			throw new Error('no clipboard in this test');
		},
	});
	return {emulator, proxy, services};
}

const participants: CreateStageRequest['participantTokenConfigurations'] = [
	{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 90, attributes: {role: 'host'}},
	{userId: 'viewer', capabilities: ['SUBSCRIBE'], duration: 30},
];

function request(name: string): CreateStageRequest {
	return {name, tags: {team: 'video', run: name}, participantTokenConfigurations: participants};
}

async function create(services: Services, what: CreateStageRequest, progress: CreationProgress[] = [], stagesBefore?: string[]) {
	return createStage({request: what, connection: {}, ...(stagesBefore ? {stagesBefore} : {})}, {services, now: Date.now, onProgress: step => progress.push(step)});
}

test('20 runs whose CreateStage answer is lost after the stage was made leave exactly one stage each, adopted with its tokens', async t => {
	const {emulator, proxy, services} = await rig(t);
	for (let run = 0; run < 20; run++) {
		const name = `lost-${run}`;
		proxy.plans.push('lose-answer');
		const progress: CreationProgress[] = [];
		// runs one after the other, as a user makes them
		const creation = await create(services, request(name), progress);
		t.true(creation.ok, name);
		if (!creation.ok) {
			continue;
		}

		const state = await emulatorState(emulator);
		const stages = state.stages.filter(stage => stage.name === name);
		t.is(stages.length, 1, `${name}: exactly one stage`);
		const arn = stages[0]!.arn;
		t.is(creation.adopted?.arn, arn);
		t.is(creation.adopted?.tokens, 2);
		t.deepEqual(creation.adopted?.problems, []);
		t.is(creation.response.stage?.arn, arn);
		t.deepEqual(creation.response.stage?.tags, {team: 'video', run: name});
		// GetStage's full details, endpoints included.
		t.truthy(creation.response.stage?.endpoints?.whip);
		const tokens = creation.response.participantTokens ?? [];
		t.deepEqual(
			tokens.map(token => ({userId: token.userId, capabilities: token.capabilities, duration: token.duration, attributes: token.attributes})),
			[
				{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 90, attributes: {role: 'host'}},
				{userId: 'viewer', capabilities: ['SUBSCRIBE'], duration: 30, attributes: undefined},
			],
		);
		// Each token is one the service issued for this stage (the lost answer's two, and these two).
		const issued = state.tokens.filter(token => token.stageArn === arn);
		t.is(issued.length, 4);
		t.true(tokens.every(token => issued.some(record => record.participantId === token.participantId)));
		t.deepEqual(
			progress.map(step => step.type),
			['listing', 'attempt', 'checking', 'adopting'],
		);
	}

	t.is((await emulatorState(emulator)).stages.length, 20);
	// One CreateStage per run reached the service: none was sent again.
	t.is(seen(proxy, 'CreateStage').length, 20);
	t.true(seen(proxy, 'CreateStage').every(event => event.plan === 'lose-answer' && event.forwarded === 1));
});

test('a connection dropped before the request reached the service made nothing: a normal retry makes the one stage', async t => {
	const {emulator, proxy, services} = await rig(t);
	proxy.plans.push('drop-before');
	const progress: CreationProgress[] = [];
	const creation = await create(services, request('dropped-early'), progress);
	t.true(creation.ok);
	t.is(creation.ok ? creation.adopted : 'failed', undefined);
	const stages = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'dropped-early');
	t.is(stages.length, 1);
	t.is(creation.ok ? creation.response.stage?.arn : '', stages[0]!.arn);
	t.is(creation.ok ? creation.response.participantTokens?.length : 0, 2);
	// The look found nothing new, so attempt 2 went out.
	t.deepEqual(
		progress.map(step => (step.type === 'attempt' ? `attempt ${step.attempt}` : step.type)),
		['listing', 'attempt 1', 'checking', 'attempt 2'],
	);
	t.deepEqual(
		seen(proxy, 'CreateStage').map(event => [event.plan, event.forwarded]),
		[
			['drop-before', 0],
			['pass', 1],
		],
	);
});

test('two stages appearing after a lost answer are not guessed between: their ARNs are said, and no third is made', async t => {
	const {emulator, proxy, services} = await rig(t);
	proxy.plans.push('lose-answer-twice');
	const creation = await create(services, request('twins'));
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'twins').map(stage => stage.arn);
	t.is(arns.length, 2, 'the two the proxy made, and no more');
	t.false(creation.ok);
	if (creation.ok) {
		return;
	}

	t.is(creation.code, 'Several matching stages');
	for (const arn of arns) {
		t.true(creation.message.includes(arn), arn);
	}

	t.regex(creation.message, /^2 stages named "twins" with these tags appeared after CreateStage's answer was lost/);
	t.is(seen(proxy, 'CreateStage').length, 1);
	// Handed back for a next try, which finds the same two and still does not guess.
	t.true(Array.isArray(creation.stagesBefore));
	const again = await create(services, request('twins'), [], creation.stagesBefore);
	t.false(again.ok);
	t.is(again.ok ? '' : again.code, 'Several matching stages');
	t.is(seen(proxy, 'CreateStage').length, 1, 'the next try sent nothing');
});

test('a stage with the same name and tags made earlier is not adopted: only the one that appeared is', async t => {
	const {emulator, proxy, services} = await rig(t);
	const earlier = await create(services, request('same-again'));
	t.true(earlier.ok);
	proxy.plans.push('lose-answer');
	const creation = await create(services, request('same-again'));
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'same-again').map(stage => stage.arn);
	t.is(arns.length, 2);
	t.true(creation.ok);
	const earlierArn = earlier.ok ? earlier.response.stage?.arn : undefined;
	t.not(creation.ok ? creation.adopted?.arn : undefined, earlierArn);
	t.true(arns.includes(creation.ok ? creation.adopted!.arn : ''));
});

test('a refusal that proves nothing was made (a 4xx) is not retried and not looked after', async t => {
	const {proxy, services} = await rig(t);
	const creation = await create(services, {name: 'bad name'});
	t.false(creation.ok);
	t.is(creation.ok ? '' : creation.code, 'ValidationException');
	t.is(seen(proxy, 'CreateStage').length, 1);
	t.is(seen(proxy, 'ListStages').length, 1, 'only the listing before sending');
});

test('without the listing before sending, a matching stage after a lost answer cannot be told from an older one: it says so and sends nothing more', async t => {
	const {emulator, proxy, services} = await rig(t);
	proxy.refuseListStages.add(1);
	proxy.plans.push('lose-answer');
	const progress: CreationProgress[] = [];
	const creation = await create(services, request('unlisted'), progress);
	t.false(creation.ok);
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'unlisted').map(stage => stage.arn);
	t.is(arns.length, 1);
	t.regex(creation.ok ? '' : creation.message, /The stage may have been created/);
	t.true(creation.ok ? false : creation.message.includes(arns[0]!));
	t.is(creation.ok ? undefined : creation.stagesBefore, undefined);
	t.is(progress[1]?.type, 'listingFailed');
	t.is(seen(proxy, 'CreateStage').length, 1);
});

test('without the listing before sending, a lost answer with no matching stage anywhere is retried', async t => {
	const {emulator, proxy, services} = await rig(t);
	proxy.refuseListStages.add(1);
	proxy.plans.push('drop-before');
	const creation = await create(services, request('unlisted-retry'));
	t.true(creation.ok);
	t.is((await emulatorState(emulator)).stages.filter(stage => stage.name === 'unlisted-retry').length, 1);
	t.is(seen(proxy, 'CreateStage').length, 2);
});

test('a try whose outcome was not known hands back its stages; the next try adopts the stage it made instead of sending', async t => {
	const {emulator, proxy, services} = await rig(t);
	// The answer is lost, and so is the look after it (ListStages refused the second time).
	proxy.refuseListStages.add(2);
	proxy.plans.push('lose-answer');
	const first = await create(services, request('resumed'));
	t.false(first.ok);
	t.regex(first.ok ? '' : first.message, /looking for it failed/);
	const stagesBefore = first.ok ? undefined : first.stagesBefore;
	t.deepEqual(stagesBefore, []);
	const second = await create(services, request('resumed'), [], stagesBefore);
	t.true(second.ok);
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'resumed').map(stage => stage.arn);
	t.deepEqual(arns, [second.ok ? second.adopted?.arn : '']);
	t.is(second.ok ? second.response.participantTokens?.length : 0, 2);
	t.is(seen(proxy, 'CreateStage').length, 1, 'the second try sent no CreateStage');
});

test('the drop-in path keeps AWS CLI v2’s behaviour: the SDK retries a lost answer, and the service makes a second stage', async t => {
	const {emulator, proxy} = await rig(t);
	proxy.plans.push('lose-answer');
	const result = await runCli(['--endpoint-url', proxy.url, '--region', emulator.region, '--name', 'drop-in', '--query', 'stage.arn', '--output', 'text'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
	});
	t.is(result.code, 0, result.stderr);
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'drop-in').map(stage => stage.arn);
	// What readme.md says of this path: as `aws ivs-realtime create-stage` does, two stages, the second's ARN printed.
	t.is(arns.length, 2);
	t.is(result.stdout.trim(), arns[1]!);
	t.deepEqual(
		seen(proxy, 'CreateStage').map(event => event.plan),
		['lose-answer', 'pass'],
	);
	t.is(seen(proxy, 'ListStages').length, 0, 'the same requests as AWS CLI v2: no ListStages');
});

test('a drop-in batch (--count) whose stage may exist after a lost answer says so, with the ARN, not only the SDK\'s error', async t => {
	const {emulator, proxy} = await rig(t);
	// --no-quota-check: the batch's own listing and the stage's are both refused, so the lost answer's stage cannot be told from an older one.
	proxy.refuseListStages.add(1);
	proxy.refuseListStages.add(2);
	proxy.plans.push('lose-answer');
	const result = await runCli(['--endpoint-url', proxy.url, '--region', emulator.region, '--name', 'unlisted-batch', '--count', '1', '--no-quota-check'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
	});
	const arns = (await emulatorState(emulator)).stages.filter(stage => stage.name === 'unlisted-batch').map(stage => stage.arn);
	t.is(arns.length, 1);
	t.is(seen(proxy, 'CreateStage').length, 1, 'nothing sent again');
	t.not(result.code, 0);
	t.regex(result.stderr, /The stage may have been created/);
	t.true(result.stderr.includes(arns[0]!), result.stderr);
	t.regex(result.stderr, /The batch stopped at stage 1: 0 of 1 stages created\.\n$/);
});
