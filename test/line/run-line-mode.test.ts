// Line mode end to end in-process: scripted answers (each checked with the prompt's own validate),
// the real SDK, the project's emulator, a temp preset store. The pseudo-terminal tests drive the
// real prompts; these cover the many paths: drafts, presets, errors, retries, output, exit codes.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import type {InputConfig, SelectConfig} from '../../source/line/prompts.js';
import {tokenMask} from '../../source/tokens/mask-token.js';
import {emulatorState, lineRun, setFaults, sharedEmulator} from './helpers/line-run.js';
import {exitPromptError, type Step} from './helpers/scripted-prompts.js';

const nameAndNothingElse = (name: string): Step[] => [
	{prompt: 'input', message: 'Stage name', answer: name},
	{prompt: 'select', message: 'Tags', answer: 'done'},
	{prompt: 'select', message: 'Participants', answer: 'done'},
	{prompt: 'confirm', message: 'Record each participant', answer: false},
];

test('a whole run: answers checked, the stage created, tokens masked, copied and exported 0600, draft cleared', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		script: [
			{prompt: 'input', message: 'Stage name', refused: ['bad name', 'a'.repeat(129)], answer: 'weekly'},
			{prompt: 'select', message: 'Tags', answer: 'add'},
			{prompt: 'input', message: 'Key', refused: [''], answer: 'env'},
			{prompt: 'input', message: 'Value', refused: ['v'.repeat(257)], answer: 'prod'},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'add'},
			{prompt: 'input', message: 'User ID', answer: 'host'},
			{prompt: 'checkbox', message: 'Can', answer: ['PUBLISH']},
			{prompt: 'number', message: 'Token lifetime', refused: [0, 20_161], answer: 60},
			{prompt: 'select', message: 'Attributes', answer: 'add'},
			{prompt: 'input', message: 'Key', refused: ['k'.repeat(1025)], answer: 'role'},
			{prompt: 'input', message: 'Value', answer: 'host'},
			{prompt: 'select', message: 'Attributes', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'copy'},
			{prompt: 'select', message: 'What next?', answer: 'export'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining, 0);
	t.regex(run.stdout, /Step 2 of 6: Stage name/);
	t.regex(run.stdout, /Tags \(1\)\s+env = prod/);
	t.regex(run.stdout, /--participant-token-configurations '?userId=host,capabilities=PUBLISH,duration=60,attributes=\{role=host\}'?/);
	t.regex(run.stdout, /Participant tokens \(1\), masked:/);
	t.regex(run.stdout, new RegExp(`1\\s+host\\s+\\S+\\s+pub\\s+00:59:5\\d\\s+${tokenMask}`));
	t.false(run.stdout.includes('eyJ'), 'no token on the screen until asked for');
	t.is(run.copied.length, 1);
	t.true(run.copied[0]!.startsWith('eyJ'));
	const [file] = readdirSync(run.exportDirectory);
	const exported = path.join(run.exportDirectory, file!);
	t.is(statSync(exported).mode & 0o777, 0o600);
	t.is(JSON.parse(readFileSync(exported, 'utf8')).participantTokens[0].token, run.copied[0]);
	t.true(run.stdout.includes(`Exported 1 token to ${exported} (mode 0600)`));
	const arn = /arn:aws:ivs:us-west-2:\d+:stage\/\w+/.exec(run.stdout)![0];
	t.true(run.stdout.endsWith(`Stage created: ${arn}\nParticipant tokens exported to ${exported} (mode 0600)\n`));
	t.is(run.store.getDraft(), undefined);
	const stage = (await emulatorState(emulator)).stages.find(candidate => candidate.arn === arn);
	t.like(stage, {name: 'weekly', tags: {env: 'prod'}});
});

test('a service error shows its code and message, retries show as lines, and review keeps every answer', async t => {
	const emulator = await sharedEmulator(t);
	await setFaults(emulator, 'error500=1,ops=CreateStage');
	let reviews = 0;
	const run = await lineRun(t, emulator, {
		script: [
			...nameAndNothingElse('kept'),
			{prompt: 'select', message: 'Ready?', answer: () => (reviews++, 'create')},
			{
				prompt: 'select',
				message: 'Ready?',
				async answer() {
					reviews++;
					await setFaults(emulator, 'none');
					return 'create';
				},
			},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.is(reviews, 2);
	t.regex(run.stdout, /retrying: attempt 2/);
	t.regex(run.stdout, /retrying: attempt 3/);
	t.regex(run.stdout, /✗ CreateStage failed: InternalServerException\n {2}\S.*\n {2}Everything you entered is kept/);
	// The second review still shows the name typed before the failure.
	const afterFailure = run.stdout.slice(run.stdout.indexOf('CreateStage failed'));
	t.regex(afterFailure, /Name\s+kept/);
	t.regex(afterFailure, /Stage created: arn:/);
});

test('Ctrl+C leaves the draft, says where it is kept, and exits 130', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'half-done'},
			{
				prompt: 'select',
				message: 'Tags',
				answer() {
					throw exitPromptError();
				},
			},
		],
	});
	t.is(run.code, 130);
	t.true(run.stderr.includes(`Interrupted: no stage was created. Your draft is kept in ${run.store.path}; run again to resume it.`));
	t.like(run.store.getDraft(), {request: {name: 'half-done'}, step: 'tags'});
});

test('the next start offers the draft first and resumes at its step', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		prepare(store) {
			store.saveDraft({request: {name: 'resumed', tags: {a: 'b'}}, step: 'participants'});
		},
		script: [
			{
				prompt: 'select',
				message: 'What would you like to do?',
				answer(config) {
					const select = config as SelectConfig<string>;
					t.is(select.default, 'draft');
					t.regex(select.choices.find(choice => choice.value === 'draft')!.name, /Resume your draft — saved .*: "resumed", 1 tag/);
					return 'draft';
				},
			},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.code, 130);
	t.false(run.stdout.includes('Step 2 of 6'), 'the steps before the draft’s are not asked again');
	t.true(run.stderr.includes('No stage was created. Your draft is kept in'));
	t.like(run.store.getDraft(), {request: {name: 'resumed', tags: {a: 'b'}}, step: 'review'});
});

test('start from a preset: its name placeholders expand, and --save-preset saves once created, the template kept', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		globals: {savePreset: 'again'},
		prepare(store) {
			store.savePreset({name: 'weekly', description: 'the weekly show', request: {name: 'show-{user}', tags: {team: 'video'}}});
		},
		script: [
			{prompt: 'select', message: 'What would you like to do?', answer: 'preset'},
			{prompt: 'select', message: 'Which preset?', answer: 'weekly'},
			{
				prompt: 'input',
				message: 'Stage name',
				answer(config) {
					t.regex((config as InputConfig).default!, /^show-\w+$/);
					return '';
				},
			},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.regex(run.stdout, /No participant tokens/);
	const saved = run.store.getPreset('again');
	// The stage got show-<user>; the preset keeps making fresh names, as the one it came from does.
	t.is(saved?.request.name, 'show-{user}');
	t.deepEqual(saved?.request.tags, {team: 'video'});
	// The preset the stage came from is marked used; the one saved from it is not.
	t.truthy(run.store.getPreset('weekly')?.lastUsedAt);
	t.is(saved?.lastUsedAt, undefined);
	t.true(run.stderr.includes('Saved preset "again".'));
});

test('review: edit a step, save as a preset (asking before overwriting), copy the command', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		prepare(store) {
			store.savePreset({name: 'taken', request: {name: 'old'}});
		},
		script: [
			{prompt: 'select', message: 'What would you like to do?', answer: 'new'},
			...nameAndNothingElse('first'),
			{prompt: 'select', message: 'Ready?', answer: 'edit'},
			{prompt: 'select', message: 'Edit which step?', answer: 'name'},
			{prompt: 'input', message: 'Stage name', answer: 'second'},
			{prompt: 'select', message: 'Ready?', answer: 'save'},
			{prompt: 'input', message: 'Preset name', refused: ['no spaces', '.dot'], answer: 'taken'},
			{prompt: 'confirm', message: 'Overwrite it?', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'save'},
			{prompt: 'input', message: 'Preset name', answer: 'taken'},
			{prompt: 'confirm', message: 'Overwrite it?', answer: true},
			{prompt: 'select', message: 'Ready?', answer: 'copy'},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.code, 130);
	t.is(run.store.getPreset('taken')?.request.name, 'second');
	t.true(run.stdout.includes('Kept the existing preset.'));
	t.true(run.stdout.includes('Saved preset "taken": next time, npx ivs-stage-wizard --preset taken'));
	t.deepEqual(run.copied, ['aws ivs-realtime create-stage \\\n    --name second']);
});

test('--preset with a placeholder name: a preset saved keeps the template while the name is its expansion, and what was typed once edited', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		// As the entry launches with --preset weekly (name "show-{date}"): the name expanded, the template beside it.
		request: {name: 'show-2026-11-28', tags: {team: 'video'}},
		nameTemplate: 'show-{date}',
		globals: {savePreset: 'after'},
		script: [
			{prompt: 'input', message: 'Stage name', answer: ''},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'save'},
			{prompt: 'input', message: 'Preset name', answer: 'kept'},
			{prompt: 'select', message: 'Ready?', answer: 'edit'},
			{prompt: 'select', message: 'Edit which step?', answer: 'name'},
			{prompt: 'input', message: 'Stage name', answer: 'show-special'},
			{prompt: 'select', message: 'Ready?', answer: 'save'},
			{prompt: 'input', message: 'Preset name', answer: 'typed'},
			{prompt: 'select', message: 'Ready?', answer: 'edit'},
			{prompt: 'select', message: 'Edit which step?', answer: 'name'},
			{prompt: 'input', message: 'Stage name', answer: 'show-2026-11-28'},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'save'},
			{prompt: 'input', message: 'Preset name', answer: 'from-table'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.deepEqual(run.store.getPreset('kept')?.request, {name: 'show-{date}', tags: {team: 'video'}});
	t.is(run.store.getPreset('typed')?.request.name, 'show-special');
	// Typed back to the expansion: the template again, after creation too (the table's and --save-preset).
	t.is(run.store.getPreset('from-table')?.request.name, 'show-{date}');
	t.is(run.store.getPreset('after')?.request.name, 'show-{date}');
	const {stages} = await emulatorState(emulator);
	t.true(stages.some(stage => stage.name === 'show-2026-11-28'));
});

test('--reveal-tokens shows each token whole; --output json follows as the formatted response', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		globals: {revealTokens: true, output: 'json'},
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'out'},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'add'},
			{prompt: 'input', message: 'User ID', answer: 'guest'},
			{prompt: 'checkbox', message: 'Can', answer: ['PUBLISH', 'SUBSCRIBE']},
			{prompt: 'number', message: 'Token lifetime', answer: undefined},
			{prompt: 'select', message: 'Attributes', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.regex(run.stdout, /left out: the service uses 720 \(12 h\)/);
	t.regex(run.stdout, /Participant tokens \(1\):\n/);
	t.regex(run.stdout, /Tokens \(secret: .*\n {2}1\. guest\n {2}eyJ\S+\n/);
	const json = JSON.parse(run.stdout.slice(run.stdout.lastIndexOf('\n{\n') + 1)) as {stage: {name: string}; participantTokens: Array<{userId: string; duration: number}>};
	t.is(json.stage.name, 'out');
	t.like(json.participantTokens[0], {userId: 'guest', duration: 720});
});

test('recording: fields appear as earlier answers open them, and storage configurations are offered to pick', async t => {
	const emulator = await sharedEmulator(t);
	const {createIvsClient} = await import('../../source/ivs/client.js');
	const {defaultClientSettings} = await import('../../source/ivs/client-settings.js');
	const {CreateStorageConfigurationCommand} = await import('@aws-sdk/client-ivs-realtime');
	const client = createIvsClient({...defaultClientSettings, region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials});
	const {storageConfiguration} = await client.send(new CreateStorageConfigurationCommand({name: 'recordings', s3: {bucketName: 'my-bucket'}}));
	client.destroy();
	const arn = storageConfiguration!.arn!;
	const run = await lineRun(t, emulator, {
		script: [
			...nameAndNothingElse('rec').slice(0, 3),
			{prompt: 'confirm', message: 'Record each participant', answer: true},
			{
				prompt: 'select',
				message: 'Storage configuration',
				answer(config) {
					t.deepEqual((config as SelectConfig<string>).choices.map(choice => choice.value), [arn, '\u0000type']);
					return arn;
				},
			},
			{prompt: 'select', message: 'Record', answer: 'AUDIO_ONLY'},
			{prompt: 'select', message: 'Thumbnails', answer: 'INTERVAL'},
			{prompt: 'number', message: 'Thumbnail every', refused: [0, 86_401], answer: 30},
			{prompt: 'checkbox', message: 'Keep thumbnails', answer: ['LATEST']},
			{prompt: 'number', message: 'Reconnect window', refused: [-1, 301], answer: undefined},
			{prompt: 'number', message: 'HLS segment length', refused: [1, 11], answer: 2},
			{prompt: 'confirm', message: 'Record replicas', answer: true},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.code, 130);
	t.deepEqual(run.store.getDraft()?.request.autoParticipantRecordingConfiguration, {
		storageConfigurationArn: arn,
		mediaTypes: ['AUDIO_ONLY'],
		thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 30, storage: ['LATEST']},
		hlsConfiguration: {targetSegmentDurationSeconds: 2},
	});
	t.regex(run.stdout, /Recording\s+on · audio only · thumbnails every 30 s/);
});

test('pre-filled from the command line: every question starts from what was given', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		request: {name: 'given', tags: {a: 'b'}, participantTokenConfigurations: [{userId: 'first', duration: 30}]},
		script: [
			{prompt: 'input', message: 'Stage name', answer: (config: unknown) => ((config as InputConfig).default === 'given' ? '' : 'wrong')},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'edit'},
			{prompt: 'select', message: 'Which participant?', answer: 0},
			{prompt: 'input', message: 'User ID', answer: (config: unknown) => (config as InputConfig).default ?? 'missing'},
			{prompt: 'checkbox', message: 'Can', answer: ['PUBLISH', 'SUBSCRIBE']},
			{prompt: 'number', message: 'Token lifetime', answer: (config: unknown) => (config as {default?: number}).default},
			{prompt: 'select', message: 'Attributes', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.code, 130);
	t.regex(run.stdout, /Tags: 1 of 50\n {2}a = b/);
	t.regex(run.stdout, /Participants: 1 of 12\n {2}1\. first · publish, subscribe · 30 min/);
	t.deepEqual(run.store.getDraft()?.request, {name: 'given', tags: {a: 'b'}, participantTokenConfigurations: [{userId: 'first', duration: 30}]});
});
