// Line mode when CreateStage's answer is lost: a line says the attempt may have reached the service
// and the stage is being looked for, one says it was found and adopted, the table shows the adopted
// stage with its tokens, and the very end says it again. Real SDK over real HTTP through a proxy
// that drops the answer; the emulator counts the stages.
import test, {type ExecutionContext} from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {type CreatePlan, startAnswerLosingProxy, seen} from '../helpers/answer-losing-proxy.js';
import {emulatorState, lineRun, sharedEmulator} from './helpers/line-run.js';
import type {Step} from './helpers/scripted-prompts.js';

const request: CreateStageRequest = {name: 'lost-line', tags: {team: 'video'}, participantTokenConfigurations: [{userId: 'host', capabilities: ['PUBLISH']}, {userId: 'guest'}]};

const resumeAndCreate = [
	{prompt: 'select' as const, message: 'What would you like to do?', answer: 'draft'},
	{prompt: 'select' as const, message: 'Ready?', answer: 'create'},
	{prompt: 'select' as const, message: 'What next?', answer: 'done'},
];

/** Resumes a draft of `request` and creates it, CreateStage going through a proxy with `plan`. */
async function resumeThroughProxy(t: ExecutionContext, plan: CreatePlan, script: Step[]) {
	const emulator = await sharedEmulator(t);
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	proxy.plans.push(plan);
	const run = await lineRun(t, emulator, {
		clientSettings: {endpointUrl: proxy.url},
		prepare(store) {
			store.saveDraft({request, step: 'review'});
		},
		script,
	});
	return {emulator, proxy, run};
}

test('a lost answer: lines say the stage is looked for and adopted; one stage, with its tokens', async t => {
	const {emulator, proxy, run} = await resumeThroughProxy(t, 'lose-answer', resumeAndCreate);
	t.is(run.code, 0, run.stderr);
	const {stages} = await emulatorState(emulator);
	t.is(stages.length, 1);
	const arn = stages[0]!.arn as string;
	t.regex(run.stdout, /\n {2}attempt 1 may have reached the service \(Connection was closed before we received a valid response from endpoint URL: .*\): looking for the stage before trying again…\n/);
	t.true(run.stdout.includes(`\n  found it: the service had created ${arn}; adopting it and creating its participant tokens…\n`), run.stdout);
	const adopted = `The answer to CreateStage was lost, but the service had created the stage: adopted ${arn} and created its 2 participant tokens with CreateParticipantToken.`;
	t.true(run.stdout.includes(`! ${adopted}\n`), run.stdout);
	t.notRegex(run.stdout, /retrying: attempt 2/);
	// The table shows the adopted stage's tokens, as it would the lost answer's.
	t.regex(run.stdout, /host/);
	t.regex(run.stdout, /guest/);
	t.true(run.stderr.includes(`${adopted}\n`), run.stderr);
	t.true(run.stdout.endsWith(`Stage created: ${arn}\n`), run.stdout);
	t.is(seen(proxy, 'CreateStage').length, 1);
});

test('a connection dropped before the service: a retry line, then the one stage', async t => {
	const {emulator, run} = await resumeThroughProxy(t, 'drop-before', resumeAndCreate);
	t.is(run.code, 0, run.stderr);
	t.is((await emulatorState(emulator)).stages.length, 1);
	t.regex(run.stdout, /attempt 1 may have reached the service/);
	t.regex(run.stdout, /retrying: attempt 2 \(the last one failed on throttling, a server error or the network, and made no stage\)…/);
	t.notRegex(run.stdout, /adopted/);
});

test('two candidates: CreateStage failed with both ARNs, review again, and nothing more sent', async t => {
	const {emulator, proxy, run} = await resumeThroughProxy(t, 'lose-answer-twice', [
		{prompt: 'select', message: 'What would you like to do?', answer: 'draft'},
		{prompt: 'select', message: 'Ready?', answer: 'create'},
		{prompt: 'select', message: 'Ready?', answer: 'quit'},
	]);
	t.is(run.code, 130);
	const arns = (await emulatorState(emulator)).stages.map(stage => stage.arn as string);
	t.is(arns.length, 2);
	t.regex(run.stdout, /✗ CreateStage failed: Several matching stages\n {2}2 stages named "lost-line" with these tags appeared after CreateStage's answer was lost: /);
	for (const arn of arns) {
		t.true(run.stdout.includes(arn), arn);
	}

	t.is(seen(proxy, 'CreateStage').length, 1);
});
