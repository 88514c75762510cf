// After creation, against the project's emulator: the live table mounts with this wizard's
// participant editor for its "add a token".
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {resolveClientSettings} from '../../source/ivs/client-settings.js';
import {ivsServices} from '../../source/ui/services.js';
import {keys, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

test('creation against the emulator ends in the live table; its `a` opens the participant editor', async t => {
	const emulator = await startEmulator();
	const settings = resolveClientSettings({region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials}, {});
	const {store} = tempStore();
	store.saveDraft({request: {name: 'live', participantTokenConfigurations: [{userId: 'host'}]}, step: 'review'});
	const {instance, outcomes, cleanup} = mountApp({
		store,
		services: ivsServices(settings, {stdout: process.stdout, env: {}}),
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
			// eslint-disable-next-line no-await-in-loop
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
