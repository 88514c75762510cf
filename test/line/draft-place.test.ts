// Line mode resumes a draft where the user picks when its place and the command line's differ: a
// warning line says both, a question offers both (the command line's first and the default), and
// CreateStage goes to the one picked. Scripted prompts, the real SDK, two emulators.
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import type {SelectConfig} from '../../source/line/prompts.js';
import {loose} from '../helpers/wait-for.js';
import {lineRun} from './helpers/line-run.js';
import type {Step} from './helpers/scripted-prompts.js';

async function stageNames(emulator: RunningEmulator): Promise<string[]> {
	const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {stages: Array<{name: string}>};
	return state.stages.map(stage => stage.name);
}

async function places(t: {teardown(fn: () => unknown): void}): Promise<{commandLine: RunningEmulator; draft: RunningEmulator}> {
	const commandLine = await startEmulator({region: 'us-west-2'});
	const draft = await startEmulator({region: 'eu-west-1'});
	t.teardown(async () => {
		await commandLine.close();
		await draft.close();
	});
	return {commandLine, draft};
}

function resumeAndCreate(t: {is(a: unknown, b: unknown, message?: string): void; regex(text: string, pattern: RegExp): void}, pick: 'run' | 'draft', commandLineUrl: string): Step[] {
	return [
		{prompt: 'select', message: 'What would you like to do?', answer: 'draft'},
		{
			prompt: 'select',
			message: 'Where should the stage go?',
			answer(config) {
				const select = config as SelectConfig<string>;
				t.is(select.default, 'run', 'the command line named a place: it is the default');
				t.is(select.choices[0]?.value, 'run');
				t.regex(select.choices[0]!.name, loose(`Where the command line says: profile default · us-west-2 · endpoint ${commandLineUrl}`));
				t.regex(select.choices[1]!.name, /^Where the draft was going: profile default · eu-west-1 · endpoint /);
				return pick;
			},
		},
		{prompt: 'select', message: 'Ready?', answer: 'create'},
		{prompt: 'select', message: 'What next?', answer: 'done'},
	];
}

for (const pick of ['run', 'draft'] as const) {
	test(`--endpoint-url and --region with a draft going elsewhere: a line says both, and picking ${pick === 'run' ? 'the command line’s place' : 'the draft’s place'} sends CreateStage there`, async t => {
		const {commandLine, draft} = await places(t);
		const run = await lineRun(t, commandLine, {
			globals: {sandbox: false, endpointUrl: commandLine.url, region: 'us-west-2'},
			clientSettings: {region: 'us-west-2', endpointUrl: commandLine.url},
			prepare(store) {
				store.saveDraft({request: {name: 'resumed-here'}, step: 'review', settings: {region: 'eu-west-1', endpointUrl: draft.url}});
			},
			script: resumeAndCreate(t, pick, commandLine.url),
		});
		t.is(run.code, 0, run.stderr);
		t.is(run.remaining, 0);
		t.regex(run.stdout, loose(`! Your draft was going to profile default · eu-west-1 · endpoint ${draft.url}; the command line says profile default · us-west-2 · endpoint ${commandLine.url}.`));
		const [chosen, other] = pick === 'run' ? [commandLine, draft] : [draft, commandLine];
		t.deepEqual(await stageNames(chosen), ['resumed-here']);
		t.deepEqual(await stageNames(other), []);
		t.regex(run.stdout, new RegExp(`Stage created: arn:aws:ivs:${chosen.region}:`));
	});
}

test('in the sandbox a draft going elsewhere resumes in the sandbox, after a line that says so', async t => {
	const {commandLine, draft} = await places(t);
	const run = await lineRun(t, commandLine, {
		prepare(store) {
			store.saveDraft({request: {name: 'to-sandbox'}, step: 'review', settings: {region: 'eu-west-1', endpointUrl: draft.url}});
		},
		script: [
			{prompt: 'select', message: 'What would you like to do?', answer: 'draft'},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.regex(run.stdout, /! Your draft was going to profile default · eu-west-1 · endpoint .*; this run creates it in the sandbox \(local emulator\)\. Run without --sandbox/);
	t.deepEqual(await stageNames(commandLine), ['to-sandbox']);
	t.deepEqual(await stageNames(draft), []);
});

test('a draft going where this run goes resumes without a question', async t => {
	const {commandLine} = await places(t);
	const run = await lineRun(t, commandLine, {
		globals: {sandbox: false, endpointUrl: commandLine.url, region: 'us-west-2'},
		clientSettings: {region: 'us-west-2', endpointUrl: commandLine.url},
		prepare(store) {
			store.saveDraft({request: {name: 'same-place'}, step: 'review', settings: {region: 'us-west-2', endpointUrl: `${commandLine.url}/`}});
		},
		script: [
			{prompt: 'select', message: 'What would you like to do?', answer: 'draft'},
			{prompt: 'select', message: 'Ready?', answer: 'create'},
			{prompt: 'select', message: 'What next?', answer: 'done'},
		],
	});
	t.is(run.code, 0, run.stderr);
	t.notRegex(run.stdout, /Your draft was going to/);
	t.deepEqual(await stageNames(commandLine), ['same-place']);
});
