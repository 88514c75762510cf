import test from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import type {ChoiceField, ListField, NumberField, TextField, ToggleField} from '../../source/wizard/fields.js';
import {nameField, participantFields, recordingFields} from '../../source/wizard/steps.js';
import {initialWizardState, routes, wizardReducer, type WizardAction, type WizardState} from '../../source/wizard/wizard-state.js';

const recordingField = <T>(id: string) => recordingFields.find(field => field.id === id) as T;
const participantField = <T>(id: string) => participantFields.find(field => field.id === id) as T;

function run(actions: WizardAction[], request: CreateStageRequest = {}): WizardState {
	return actions.reduce(wizardReducer, initialWizardState(request, {region: 'us-east-1'}));
}

test('starts on the start screen and moves through the steps in order, clamped at both ends', t => {
	let state = initialWizardState({});
	t.is(state.route, 'start');
	t.is(state.origin, undefined);
	state = wizardReducer(state, {type: 'previousStep'});
	t.is(state.route, 'start');
	state = wizardReducer(state, {type: 'started', request: {name: 'a'}, origin: {kind: 'new'}});
	t.is(state.route, 'name');
	const seen = [state.route];
	for (let index = 0; index < 10; index++) {
		state = wizardReducer(state, {type: 'nextStep'});
		seen.push(state.route);
	}

	t.deepEqual([...new Set(seen)], routes.slice(1));
	t.is(state.route, 'review');
});

test('started takes the request, origin, route and connection given', t => {
	const state = run([{type: 'started', request: {name: 'x'}, origin: {kind: 'draft'}, route: 'participants', connection: {profile: 'work'}}]);
	t.deepEqual(state.request, {name: 'x'});
	t.deepEqual(state.origin, {kind: 'draft'});
	t.is(state.route, 'participants');
	t.deepEqual(state.connection, {region: 'us-east-1', profile: 'work'});
});

test('an empty name leaves the member out; a typed one sets it', t => {
	const field = nameField as TextField;
	let state = run([{type: 'textChanged', field, value: 'show'}]);
	t.deepEqual(state.request, {name: 'show'});
	state = wizardReducer(state, {type: 'textChanged', field, value: ''});
	t.deepEqual(state.request, {});
});

test('an unchanged request keeps its identity, so derived problems stay cached', t => {
	const state = run([], {name: 'same'});
	t.is(wizardReducer(state, {type: 'textChanged', field: nameField as TextField, value: 'same'}).request, state.request);
});

test('tags: saved in place when renamed, removed to nothing', t => {
	let state = run([
		{type: 'tagSaved', key: 'a', value: '1'},
		{type: 'tagSaved', key: 'b', value: '2'},
		{type: 'tagSaved', key: 'c', value: '3'},
		{type: 'tagSaved', previousKey: 'b', key: 'B', value: '22'},
	]);
	t.deepEqual(Object.entries(state.request.tags ?? {}), [
		['a', '1'],
		['B', '22'],
		['c', '3'],
	]);
	for (const key of ['a', 'B', 'c']) {
		state = wizardReducer(state, {type: 'tagRemoved', key});
	}

	t.false('tags' in state.request);
});

test('participants: saved, replaced, duplicated after the original, removed', t => {
	let state = run([
		{type: 'participantSaved', participant: {userId: 'host'}},
		{type: 'participantSaved', participant: {userId: 'guest'}},
		{type: 'participantSaved', index: 0, participant: {userId: 'host', duration: 60}},
		{type: 'participantDuplicated', index: 0},
	]);
	t.deepEqual(state.request.participantTokenConfigurations, [{userId: 'host', duration: 60}, {userId: 'host', duration: 60}, {userId: 'guest'}]);
	t.not(state.request.participantTokenConfigurations?.[0], state.request.participantTokenConfigurations?.[1]);
	state = [2, 1, 0].reduce((current, index) => wizardReducer(current, {type: 'participantRemoved', index}), state);
	t.false('participantTokenConfigurations' in state.request);
});

test('recording: the switch creates and removes the whole configuration', t => {
	const toggle = recordingField<ToggleField>('recording');
	const media = recordingField<ChoiceField>('mediaTypes');
	const interval = recordingField<NumberField>('thumbnailInterval');
	let state = run([
		{type: 'toggleChanged', field: toggle, value: true},
		{type: 'choiceChanged', field: media, value: 'AUDIO_ONLY'},
		{type: 'numberChanged', field: interval, value: 30},
	]);
	t.deepEqual(state.request.autoParticipantRecordingConfiguration, {
		storageConfigurationArn: '',
		mediaTypes: ['AUDIO_ONLY'],
		thumbnailConfiguration: {targetIntervalSeconds: 30},
	});
	state = wizardReducer(state, {type: 'numberChanged', field: interval, value: undefined});
	t.deepEqual(state.request.autoParticipantRecordingConfiguration, {storageConfigurationArn: '', mediaTypes: ['AUDIO_ONLY']});
	state = wizardReducer(state, {type: 'toggleChanged', field: toggle, value: false});
	t.deepEqual(state.request, {});
});

test('a list keeps the options’ order whatever order they were ticked in', t => {
	const storage = recordingField<ListField>('thumbnailStorage');
	const state = run([{type: 'listChanged', field: storage, value: ['LATEST', 'SEQUENTIAL']}]);
	t.deepEqual(state.request.autoParticipantRecordingConfiguration?.thumbnailConfiguration?.storage, ['SEQUENTIAL', 'LATEST']);
	t.truthy(participantField<ListField>('capabilities'));
});

test('creation: attempts are counted; a failure returns to review with the request intact', t => {
	const request: CreateStageRequest = {name: 'kept', tags: {a: 'b'}};
	let state = run([{type: 'started', request, origin: {kind: 'new'}, route: 'review'}, {type: 'creationStarted'}]);
	t.deepEqual(state.creation, {status: 'creating', attempt: 0});
	state = wizardReducer(state, {type: 'creationProgressed', progress: {type: 'attempt', attempt: 2}});
	t.deepEqual(state.creation, {status: 'creating', attempt: 2});
	state = wizardReducer(state, {type: 'creationFailed', code: 'ServiceQuotaExceededException', message: 'too many stages'});
	t.is(state.route, 'review');
	t.is(state.request, request);
	t.deepEqual(state.creation, {status: 'failed', code: 'ServiceQuotaExceededException', message: 'too many stages'});
	// A late attempt report after the failure changes nothing.
	t.is(wizardReducer(state, {type: 'creationProgressed', progress: {type: 'attempt', attempt: 3}}), state);
	state = wizardReducer(state, {type: 'creationErrorDismissed'});
	t.deepEqual(state.creation, {status: 'idle'});
	state = wizardReducer(wizardReducer(state, {type: 'creationStarted'}), {type: 'creationSucceeded', response: {stage: {arn: 'arn:aws:ivs:us-east-1:1:stage/a'}}});
	t.is(state.creation.status, 'created');
});

test('creation: a lost answer is looked for, then adopted; the stages noted before a try of unknown outcome are kept for the next, until one succeeds', t => {
	let state = run([{type: 'started', request: {name: 'x'}, origin: {kind: 'new'}, route: 'review'}, {type: 'creationStarted'}]);
	state = wizardReducer(state, {type: 'creationProgressed', progress: {type: 'attempt', attempt: 1}});
	state = wizardReducer(state, {type: 'creationProgressed', progress: {type: 'checking', attempt: 1, reason: 'socket hang up'}});
	t.deepEqual(state.creation, {status: 'creating', attempt: 1, checking: 'socket hang up'});
	state = wizardReducer(state, {type: 'creationProgressed', progress: {type: 'adopting', arn: 'arn:aws:ivs:us-east-1:1:stage/a'}});
	t.deepEqual(state.creation, {status: 'creating', attempt: 1, adopting: 'arn:aws:ivs:us-east-1:1:stage/a'});
	state = wizardReducer(state, {type: 'creationProgressed', progress: {type: 'attempt', attempt: 2}});
	t.deepEqual(state.creation, {status: 'creating', attempt: 2}, 'a new attempt clears the look');

	state = wizardReducer(state, {type: 'creationFailed', code: 'Error', message: 'may exist', stagesBefore: ['arn:aws:ivs:us-east-1:1:stage/old']});
	t.deepEqual(state.stagesBefore, ['arn:aws:ivs:us-east-1:1:stage/old']);
	state = wizardReducer(wizardReducer(state, {type: 'creationErrorDismissed'}), {type: 'creationStarted'});
	t.deepEqual(state.stagesBefore, ['arn:aws:ivs:us-east-1:1:stage/old'], 'kept for the next try');
	state = wizardReducer(state, {type: 'creationSucceeded', response: {stage: {arn: 'arn:aws:ivs:us-east-1:1:stage/a'}}, adoption: 'adopted'});
	t.deepEqual(state.creation, {status: 'created', response: {stage: {arn: 'arn:aws:ivs:us-east-1:1:stage/a'}}, adoption: 'adopted'});
	t.false('stagesBefore' in state);
});

test('creation: a failure that proves nothing was made drops the stages noted earlier', t => {
	let state = run([{type: 'started', request: {name: 'x'}, origin: {kind: 'new'}, route: 'review'}, {type: 'creationStarted'}]);
	state = wizardReducer(state, {type: 'creationFailed', code: 'Error', message: 'may exist', stagesBefore: ['arn:aws:ivs:us-east-1:1:stage/old']});
	state = wizardReducer(wizardReducer(state, {type: 'creationErrorDismissed'}), {type: 'creationStarted'});
	state = wizardReducer(state, {type: 'creationFailed', code: 'ValidationException', message: 'bad name'});
	t.false('stagesBefore' in state);
});

test('connectionChanged merges', t => {
	const state = run([{type: 'connectionChanged', connection: {profile: 'p'}}, {type: 'connectionChanged', connection: {region: 'eu-west-1'}}]);
	t.deepEqual(state.connection, {region: 'eu-west-1', profile: 'p'});
});
