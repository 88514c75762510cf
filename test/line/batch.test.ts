// A batch in line mode, in-process: "How many stages" on the name step (digits, 1–100), a name
// without {n} asked again with -{n} offered, a line per stage made, the final list or the
// {"results"} output, a preset saved with its count. The real SDK and the emulator, limits on.
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import test from 'ava';
import {sdkClient} from '../emulator/helpers.js';
import {lineRun, sharedEmulator} from './helpers/line-run.js';
import type {Step} from './helpers/scripted-prompts.js';

const rest: Step[] = [
	{prompt: 'select', message: 'Tags', answer: 'done'},
	{prompt: 'select', message: 'Participants', answer: 'done'},
	{prompt: 'confirm', message: 'Record each participant', answer: false},
];

test('three stages: the count checked, the name asked again with {n}, a line per stage, all listed at the end', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		globals: {savePreset: 'rooms'},
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'room'},
			{prompt: 'input', message: 'How many stages', refused: ['0', '101', 'two', '2.5', '-3'], answer: '3'},
			{prompt: 'input', message: 'Stage name', refused: ['room', 'bad name'], answer: ''},
			...rest,
			{prompt: 'select', message: 'Ready?', answer: 'create'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining, 0);
	t.regex(run.stdout, /Stages\s+3: room-1, room-2, room-3/);
	t.regex(run.stdout, /The same with the AWS CLI, once per stage with \{n\} = 1…3:/);
	for (const n of [1, 2, 3]) {
		t.regex(run.stdout, new RegExp(`  ${n}/3 room-${n}  arn:aws:ivs:us-west-2:\\d+:stage/\\w+`));
	}

	t.regex(run.stdout, /3 stages created:\n {2}1\. room-1 {2}arn:\S+\n {2}2\. room-2 {2}arn:\S+\n {2}3\. room-3 {2}arn:\S+\n$/);
	const state = await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{name: string}>};
	t.deepEqual(state.stages.map(stage => stage.name).sort(), ['room-1', 'room-2', 'room-3']);
	t.like(run.store.getPreset('rooms'), {count: 3, request: {name: 'room-{n}'}});
});

test('with --output json, a batch ends with {"results"} in order; one stage stays the default', async t => {
	const emulator = await sharedEmulator(t);
	const run = await lineRun(t, emulator, {
		globals: {output: 'json', query: 'results[].stage.name'},
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'q-{n}'},
			{prompt: 'input', message: 'How many stages', answer: '2'},
			...rest,
			{prompt: 'select', message: 'Ready?', answer: 'create'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.true(run.stdout.endsWith('[\n    "q-1",\n    "q-2"\n]\n'));
});

test('a batch the quota cannot hold is refused at review: nothing made, every answer kept', async t => {
	const emulator = await sharedEmulator(t);
	const client = sdkClient(emulator);
	await client.send(new CreateStageCommand({name: 'already-there'}));
	client.destroy();
	const run = await lineRun(t, emulator, {
		script: [
			{prompt: 'input', message: 'Stage name', answer: ''},
			{prompt: 'input', message: 'How many stages', answer: '100'},
			...rest,
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.remaining, 0);
	t.regex(run.stdout, /Not created: Not enough room in the stage quota\n {2}--count 100: 1 of the quota of 100 stages in us-west-2 exist already, so there is room for 99; nothing was created\. Delete stages, lower --count\n/);
	t.regex(run.stdout, /Stages\s+100, without names/);
	t.is(emulator.rateCounts().CreateStage?.allowed, 1);
});

test('the draft keeps the count: quit at review, and the next start resumes the batch', async t => {
	const emulator = await sharedEmulator(t);
	const first = await lineRun(t, emulator, {
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'd-{n}'},
			{prompt: 'input', message: 'How many stages', answer: '4'},
			...rest,
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(first.code, 130);
	t.like(first.store.getDraft(), {request: {name: 'd-{n}'}, count: 4});
	const second = await lineRun(t, emulator, {
		configDir: first.configDir,
		script: [
			{prompt: 'select', message: 'What would you like to do?', answer: 'draft'},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
		],
	});
	t.is(second.code, 0, second.stderr);
	t.regex(second.stdout, /Stages\s+4: d-1, d-2 … d-4/);
	t.regex(second.stdout, /4 stages created:\n/);
});
