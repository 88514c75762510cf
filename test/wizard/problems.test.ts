import test from 'ava';
import type {Field, TextField, ToggleField} from '../../source/wizard/fields.js';
import {describeFieldProblem, problemCountsByStep, problemsOfField, selectProblems, strayProblems} from '../../source/wizard/problems.js';
import {nameField, participantFields, recordingFields} from '../../source/wizard/steps.js';

test('the core validator’s problems, plus a storage configuration once recording is on', t => {
	const problems = selectProblems({name: 'bad name', autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}});
	t.deepEqual(
		problems.map(problem => problem.path.join('.')),
		['name', 'autoParticipantRecordingConfiguration.storageConfigurationArn'],
	);
	t.deepEqual(problemCountsByStep(problems), {name: 1, tags: 0, participants: 0, recording: 1});
});

test('problems are cached per request object', t => {
	const request = {name: 'ok'};
	t.is(selectProblems(request), selectProblems(request));
	t.not(selectProblems(request), selectProblems({...request}));
});

test('a field shows its own problems, not those a deeper field beside it shows', t => {
	const problems = selectProblems({autoParticipantRecordingConfiguration: {storageConfigurationArn: 'nope'}});
	const toggle = recordingFields.find(field => field.id === 'recording')!;
	const arn = recordingFields.find(field => field.id === 'storageConfigurationArn')!;
	t.deepEqual(problemsOfField(problems, toggle, recordingFields), []);
	t.is(problemsOfField(problems, arn, recordingFields).length, 1);
});

test('messages are short and in the field’s words', t => {
	const [pattern] = selectProblems({name: 'a b'});
	t.is(describeFieldProblem(nameField, pattern!), 'use only letters, digits, - and _');
	const arn = recordingFields.find(field => field.id === 'storageConfigurationArn') as TextField;
	const [required] = selectProblems({autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}});
	t.is(describeFieldProblem(arn, required!), 'pick a storage configuration, or type its ARN');
	const duration = participantFields.find(field => field.id === 'duration') as Field;
	const [tooLong] = selectProblems({participantTokenConfigurations: [{duration: 20_161}]});
	t.is(describeFieldProblem(duration, tooLong!), 'must be at most 20160');
	const [size] = selectProblems({participantTokenConfigurations: [{attributes: {a: 'x'.repeat(1100)}}]});
	t.is(describeFieldProblem(undefined, size!), '1101 of 1024 bytes used: remove 77');
	const [key] = selectProblems({tags: {'': 'v'}});
	t.is(describeFieldProblem(undefined, key!), 'key "" must have at least 1 character');
});

test('members no step edits are stray problems', t => {
	const problems = selectProblems({name: 'ok', bogus: 1} as never);
	t.is(strayProblems(problems).length, 1);
	t.truthy(recordingFields.find(field => field.id === 'recording') as ToggleField);
});
