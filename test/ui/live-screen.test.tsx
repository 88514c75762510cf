// After creation, against the project's emulator: the live table mounts with this wizard's
// participant editor for its "add a token".
import test from 'ava';
import {defaultGlobalOptions} from '../../source/args/options.js';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {resolveClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices} from '../../source/ivs/services.js';
import {createSystemClipboard} from '../../source/tokens/clipboard.js';
import {finalReport} from '../../source/wizard/final-report.js';
import {keys, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

test('creation against the emulator ends in the live table; its `a` opens the participant editor', async t => {
	const emulator = await startEmulator();
	const settings = resolveClientSettings({region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials}, {});
	const {store} = tempStore();
	store.saveDraft({request: {name: 'live', participantTokenConfigurations: [{userId: 'host'}]}, step: 'review'});
	const {instance, outcomes, cleanup} = mountApp({
		store,
		services: ivsServices(settings, createSystemClipboard({stdout: process.stdout, env: {}})),
		connection: {region: emulator.region},
		sandbox: {url: emulator.url},
		explicitOutput: false,
	});
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, keys.enter);
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		const table = await ready(instance, 'waiting');
		t.regex(table, /host/);
		t.regex(table, /arn:aws:ivs:us-west-2:123456789012:stage\//);
		await press(instance, 'a');
		await ready(instance, 'New participant token');
		await press(instance, 'guest');
		for (const _ of [1, 2, 3, 4]) {
			await press(instance, keys.enter);
		}

		instance.stdin.write(keys.enter);
		await waitForFrame(instance, 'guest', {timeout: 10_000});
		await waitForFrame(instance, /guest.*waiting/);
		instance.stdin.write('q');
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		const [outcome] = outcomes;
		t.is(outcome!.kind, 'created');
		t.is(outcome?.kind === 'created' ? outcome.response.participantTokens?.length : 0, 2);
		t.is(store.getDraft(), undefined);
	} finally {
		cleanup();
		await emulator.close();
	}
});

test('Ctrl+C in the live table quits as everywhere else: no copy, exit 130, the ARN still printed', async t => {
	const emulator = await startEmulator();
	const settings = resolveClientSettings({region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials}, {});
	const {store} = tempStore();
	store.saveDraft({request: {name: 'live', participantTokenConfigurations: [{userId: 'host'}]}, step: 'review'});
	const copied: string[] = [];
	const services = {...ivsServices(settings, {write: async () => undefined}), copy: async (text: string) => void copied.push(text)};
	const {instance, outcomes, cleanup} = mountApp({store, services, connection: {region: emulator.region}, sandbox: {url: emulator.url}, explicitOutput: false});
	try {
		await ready(instance, 'Resume your draft');
		await press(instance, keys.enter);
		await ready(instance, 'Review and create');
		await press(instance, keys.enter);
		await ready(instance, 'waiting');
		instance.stdin.write(keys.ctrlC);
		await waitFor(() => outcomes.length > 0, () => 'an outcome');
		t.deepEqual(copied, []);
		const [outcome] = outcomes;
		t.is(outcome!.kind, 'created');
		t.true(outcome?.kind === 'created' && outcome.interrupted);
		const report = finalReport(outcome!, {globals: {...defaultGlobalOptions}, color: false, columns: 80, terminal: true, sandbox: true});
		t.is(report.exitCode, 130);
		t.regex(report.stdout, /^Stage created in the sandbox \(not a real AWS stage\): arn:aws:ivs:us-west-2:123456789012:stage\/\w+\n$/);
		t.is(outcomes.length, 1);
	} finally {
		cleanup();
		await emulator.close();
	}
});

test('s in the live table saves a preset that keeps the name’s template', async t => {
	const emulator = await startEmulator();
	const settings = resolveClientSettings({region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials}, {});
	const {instance, store, cleanup} = mountApp({
		request: {name: 'show-2026-11-28', participantTokenConfigurations: [{userId: 'host'}]},
		nameTemplate: 'show-{date}',
		services: ivsServices(settings, {write: async () => undefined}),
		connection: {region: emulator.region},
		sandbox: {url: emulator.url},
		explicitOutput: false,
	});
	try {
		await ready(instance, 'Continue with what the command line gave');
		await press(instance, keys.enter);
		await ready(instance, 'Stage name — Name the stage');
		for (const [key, title] of [[keys.enter, 'Tags — Optional tags'], [keys.tab, 'Participants — Tokens'], [keys.tab, 'Recording — Optional'], [keys.enter, 'Review and create']] as const) {
			await press(instance, key);
			await ready(instance, title);
		}
		await press(instance, keys.enter);
		await ready(instance, 'waiting');
		await press(instance, 's');
		await ready(instance, 'Save as a preset');
		await press(instance, 'again');
		await press(instance, keys.enter);
		await waitFor(() => store.getPreset('again'), () => 'the preset');
		t.is(store.getPreset('again')?.request.name, 'show-{date}');
	} finally {
		cleanup();
		await emulator.close();
	}
});
