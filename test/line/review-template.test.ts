// Line mode's review offers the template too: written beside the user (the run's working
// directory), the path said, and refused while the request has problems.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import YAML from 'yaml';
import type {SelectConfig} from '../../source/line/prompts.js';
import {lineRun, sharedEmulator} from './helpers/line-run.js';

test('"Write a CloudFormation template" writes <stage name>.template.yaml and says where', async t => {
	const emulator = await sharedEmulator(t);
	let offered: SelectConfig<unknown>['choices'] = [];
	const run = await lineRun(t, emulator, {
		request: {name: 'line-show', tags: {team: 'video'}},
		script: [
			{prompt: 'input', message: 'Stage name', answer: 'line-show'},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{
				prompt: 'select',
				message: 'Ready?',
				answer(config) {
					offered = (config as SelectConfig<unknown>).choices;
					return 'template';
				},
			},
			{prompt: 'select', message: 'Ready?', answer: 'quit'},
		],
	});
	t.is(run.remaining, 0);
	t.true(offered.some(choice => choice.value === 'template' && choice.name === 'Write a CloudFormation template (line-show.template.yaml)'));
	const file = path.join(run.exportDirectory, 'line-show.template.yaml');
	t.deepEqual(readdirSync(run.exportDirectory), ['line-show.template.yaml']);
	t.true(run.stdout.includes(`Wrote the CloudFormation template to ${file}.`), run.stdout);
	t.deepEqual(YAML.parse(readFileSync(file, 'utf8')).Resources.Stage.Properties, {Name: 'line-show', Tags: [{Key: 'team', Value: 'video'}]});
});

test('with problems, the choice is there but disabled', async t => {
	const emulator = await sharedEmulator(t);
	let template: SelectConfig<unknown>['choices'][number] | undefined;
	const run = await lineRun(t, emulator, {
		request: {participantTokenConfigurations: [{duration: 0}]},
		script: [
			{prompt: 'input', message: 'Stage name', answer: ''},
			{prompt: 'select', message: 'Tags', answer: 'done'},
			{prompt: 'select', message: 'Participants', answer: 'done'},
			{prompt: 'confirm', message: 'Record each participant', answer: false},
			{
				prompt: 'select',
				message: 'Ready?',
				answer(config) {
					template = (config as SelectConfig<unknown>).choices.find(choice => choice.value === 'template');
					return 'quit';
				},
			},
		],
	});
	t.is(run.remaining, 0);
	t.is(template?.disabled, 'fix the problems first');
	t.deepEqual(readdirSync(run.exportDirectory), []);
});
