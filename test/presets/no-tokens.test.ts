// Stages are created (real SDK client, local IVS Real-Time emulator) from a saved preset, and every
// way a request, a draft or a preset reaches the store is exercised with what came back; then the
// whole config folder is searched for the tokens the service returned.
import test from 'ava';
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {createIvsClient} from '../../source/ivs/client.js';
import {resolveClientSettings} from '../../source/ivs/client-settings.js';
import {openPresetStore} from '../../source/presets/store.js';
import {expandRequestPlaceholders} from '../../source/stage/name-placeholders.js';
import {runInProcess} from '../helpers/run-in-process.js';
import {capture, readAllFiles, tempConfigDir} from './helpers.js';
import {Readable} from 'node:stream';

test('no token string is anywhere in the config folder after stages are created from presets', async t => {
	const emulator = await startEmulator();
	t.teardown(async () => emulator.close());
	const configDir = tempConfigDir(t);
	const env = {IVS_STAGE_WIZARD_CONFIG_DIR: configDir};
	const stdout = capture();
	const saved = await runInProcess(
		[
			'presets',
			'save',
			'weekly',
			'--name',
			'show-{date}',
			'--participant-token-configurations',
			'userId=host,capabilities=PUBLISH,SUBSCRIBE',
			'userId=guest,capabilities=SUBSCRIBE,attributes={role=guest}',
			'--tags',
			'team=video',
		],
		{stdout: stdout.stream, stderr: capture().stream, stdin: Readable.from([]), env},
	);
	t.is(saved, 0);

	const client = createIvsClient(
		resolveClientSettings({region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials}, {}),
	);
	t.teardown(() => client.destroy());
	const store = openPresetStore({configDir});
	const tokens: string[] = [];
	for (let round = 0; round < 3; round++) {
		const preset = store.requirePreset('weekly');
		const request = expandRequestPlaceholders(preset.request);
		store.saveDraft({request, step: 'review', settings: {region: emulator.region, endpointUrl: emulator.url}});
		const response = await client.send(new CreateStageCommand(request));
		const issued = (response.participantTokens ?? []).map(({token}) => token ?? '');
		t.is(issued.length, 2);
		tokens.push(...issued);

		// What careless callers could hand the store: the response, whole or in pieces.
		const {$metadata, ...body} = response;
		t.truthy($metadata);
		store.saveDraft({request: {...request, ...body}, step: 'live-table'});
		store.savePreset({name: `after-${round}`, request: {...request, participantTokens: body.participantTokens} as never}, {overwrite: true});
		store.savePreset({name: `pasted-${round}`, request: {...request, tags: {note: issued[0]!}}});
		store.clearDraft();
		store.saveDraft({request: {...request, tags: {pasted: issued[1]!}}});
	}

	t.is(new Set(tokens).size, 6);
	for (const token of tokens) {
		t.true(token.length > 20);
	}

	const files = readAllFiles(configDir);
	t.true(files.some(({file}) => file.endsWith('config.json')));
	for (const {file, text} of files) {
		for (const token of tokens) {
			t.false(text.includes(token), `${file} holds a token`);
		}
	}

	// The presets saved from responses are still usable requests.
	t.deepEqual(Object.keys(store.requirePreset('after-0').request).sort(), ['name', 'participantTokenConfigurations', 'tags']);
	t.true(store.notices.length > 0);
});
