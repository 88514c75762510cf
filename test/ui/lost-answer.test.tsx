// The Ink wizard when CreateStage's answer is lost: the creating screen says it is looking for the
// stage, the live table opens on the stage the service made (adopted, with its tokens) and says
// so, and the very end says it too. Real SDK, real HTTP, a proxy that drops the answer, the emulator.
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices} from '../../source/ivs/services.js';
import {startAnswerLosingProxy, seen} from '../helpers/answer-losing-proxy.js';
import {keys, loose, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

test('a lost answer: “looking for the stage”, then the live table of the adopted stage, which says so', async t => {
	const emulator = await startEmulator();
	const proxy = await startAnswerLosingProxy(emulator.url);
	const {store} = tempStore();
	store.saveDraft({request: {name: 'adopted', participantTokenConfigurations: [{userId: 'host', capabilities: ['PUBLISH']}]}, step: 'review'});
	const settings = {...defaultClientSettings, region: emulator.region, endpointUrl: proxy.url, credentials: emulator.credentials};
	const {instance, outcomes, cleanup} = mountApp({
		store,
		services: ivsServices(settings, {write: async () => undefined}),
		connection: {region: emulator.region},
		sandbox: {url: emulator.url},
		explicitOutput: false,
	});
	let release: () => void = () => undefined;
	// The second ListStages is the look after the lost answer: held, so its screen can be read.
	proxy.holdListStages = {
		call: 2,
		until: new Promise(resolve => {
			release = resolve;
		}),
	};
	proxy.plans.push('lose-answer');
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, keys.enter);
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		const looking = await waitForFrame(instance, loose('Attempt 1 may have reached the service'));
		t.regex(looking, /looking for the stage before\s+trying again/);
		release();
		const table = await waitForFrame(instance, loose('The answer to CreateStage was lost, but the service had created the stage: adopted'));
		const [stage] = (await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{arn: string}>}).stages;
		t.regex(table, /host/);
		t.true(table.replaceAll(/\s+/g, '').includes(stage!.arn), table);
		instance.stdin.write('q');
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		const [outcome] = outcomes;
		t.is(outcome?.kind, 'created');
		t.is(outcome?.kind === 'created' ? outcome.response.stage?.arn : '', stage!.arn);
		t.is(outcome?.kind === 'created' ? outcome.response.participantTokens?.[0]?.userId : '', 'host');
		// The line stays for the end (finalReport prints the notices).
		t.true(outcome?.notices.some(notice => notice.startsWith(`The answer to CreateStage was lost, but the service had created the stage: adopted ${stage!.arn} and created its participant token`)));
		t.is(seen(proxy, 'CreateStage').length, 1);
		t.is((await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: unknown[]}).stages.length, 1);
	} finally {
		release();
		cleanup();
		await proxy.close();
		await emulator.close();
	}
});

test('two stages after a lost answer: review says so with both ARNs, and keeps every input', async t => {
	const emulator = await startEmulator();
	const proxy = await startAnswerLosingProxy(emulator.url);
	const {store} = tempStore();
	store.saveDraft({request: {name: 'twins', tags: {team: 'video'}}, step: 'review'});
	const settings = {...defaultClientSettings, region: emulator.region, endpointUrl: proxy.url, credentials: emulator.credentials};
	const {instance, cleanup} = mountApp({store, services: ivsServices(settings, {write: async () => undefined}), connection: {region: emulator.region}, sandbox: {url: emulator.url}});
	proxy.plans.push('lose-answer-twice');
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, keys.enter);
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		const frame = await waitForFrame(instance, '✗ CreateStage failed: Several matching stages');
		const arns = (await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{arn: string}>}).stages.map(stage => stage.arn);
		t.is(arns.length, 2);
		const flat = frame.replaceAll(/\s+/g, '');
		for (const arn of arns) {
			t.true(flat.includes(arn), `${arn} in\n${frame}`);
		}

		t.regex(frame, /Name\s+twins/);
	} finally {
		cleanup();
		await proxy.close();
		await emulator.close();
	}
});
