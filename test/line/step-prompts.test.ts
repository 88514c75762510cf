// The adapter, field by field and without a terminal: which prompt each kind of field becomes, its
// message, default and choices, and a validate callback that accepts and refuses values on both
// sides of every bound the core validator knows.
import test from 'ava';
import {itemCheck, requestCheck} from '../../source/line/field-check.js';
import {askField, fieldPrompt, isSimpleField, type PromptCall, type SimpleField} from '../../source/line/step-prompts.js';
import {applyFieldChange, type FieldChange} from '../../source/wizard/field-values.js';
import type {Field, NumberField, TextField} from '../../source/wizard/fields.js';
import {limits} from '../../source/wizard/limits.js';
import {nameField, participantFields, participantsField, recordingFields} from '../../source/wizard/steps.js';
import {scriptedPrompts} from './helpers/scripted-prompts.js';

const field = <T extends Field>(id: string, fields: Field[] = [...participantFields, ...recordingFields]) => fields.find(candidate => candidate.id === id) as T;
const participant = itemCheck(participantsField);
const storageArn = 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/AbCd1234EfGh';
const recordingOn = {autoParticipantRecordingConfiguration: {storageConfigurationArn: storageArn}};
const intervalOn = {autoParticipantRecordingConfiguration: {storageConfigurationArn: storageArn, thumbnailConfiguration: {recordingMode: 'INTERVAL'}}};

/** The call's answer → change, whatever its prompt (the union's toChange takes no one type). */
function toChange(call: PromptCall, answer: unknown): FieldChange {
	return (call.toChange as (value: unknown) => FieldChange)(answer);
}

function validate(call: PromptCall, answer: unknown): true | string {
	const check = (call.config as {validate?: (value: unknown) => true | string}).validate;
	if (!check) {
		throw new Error(`${call.prompt} "${call.config.message}" has no validate`);
	}

	return check(answer);
}

test('every field of every step maps to the prompt its kind names', t => {
	const expected = {text: 'input', number: 'number', toggle: 'confirm', choice: 'select', list: 'checkbox'} as const;
	for (const each of [nameField, ...participantFields, ...recordingFields].filter(candidate => isSimpleField(candidate))) {
		const call = fieldPrompt(each, {}, requestCheck);
		t.is(call.prompt, expected[each.kind], each.id);
		t.true(call.config.message.startsWith(each.label), each.id);
		t.true(call.help[0]?.startsWith(each.help), each.id);
	}
});

test('stage name: an input with no default when empty, checked by the core validator', t => {
	const call = fieldPrompt(nameField as TextField, {}, requestCheck);
	t.is(call.prompt, 'input');
	t.is(call.config.message, 'Stage name');
	t.false('default' in call.config);
	t.true(validate(call, ''));
	t.true(validate(call, 'a'.repeat(limits.nameLength)));
	t.is(validate(call, 'a'.repeat(limits.nameLength + 1)), `must have at most ${limits.nameLength} characters`);
	t.is(validate(call, 'bad name'), 'use only letters, digits, - and _');
	t.true(validate(call, 'weekly-show_2'));
	t.regex(call.help.join(' '), /Up to 128 characters/);
});

test('stage name: an empty answer leaves the member out, as the AWS CLI would', t => {
	const call = fieldPrompt(nameField as TextField, {name: 'old'}, requestCheck);
	t.is(call.config.message, 'Stage name');
	t.is((call.config as {default?: string}).default, 'old');
	t.deepEqual(applyFieldChange({name: 'old'}, toChange(call, '')), {});
	t.deepEqual(applyFieldChange({}, toChange(call, 'new')), {name: 'new'});
});

test('text pre-filled with control characters shows their pictures and keeps the value', t => {
	const raw = 'a\u001B[31mb';
	const call = fieldPrompt(field<TextField>('userId'), {userId: raw}, participant);
	const shown = (call.config as {default?: string}).default!;
	t.false(/[\u0000-\u001F]/.test(shown));
	t.is(shown, 'a␛[31mb');
	t.deepEqual(applyFieldChange({userId: raw}, toChange(call, shown)), {userId: raw});
});

test('user ID: bounds from the API model', t => {
	const call = fieldPrompt(field<TextField>('userId'), {}, participant);
	t.true(validate(call, 'a'.repeat(limits.userIdLength)));
	t.not(validate(call, 'a'.repeat(limits.userIdLength + 1)), true);
	t.true(validate(call, ''));
});

const numberCases: Array<{id: string; target: unknown; check: typeof requestCheck}> = [
	{id: 'duration', target: {}, check: participant},
	{id: 'thumbnailInterval', target: intervalOn, check: requestCheck},
	{id: 'reconnectWindow', target: recordingOn, check: requestCheck},
	{id: 'hlsSegment', target: recordingOn, check: requestCheck},
];

for (const {id, target, check} of numberCases) {
	test(`number ${id}: accepts min and max, refuses one below and one above, and fractions`, t => {
		const each = field<NumberField>(id);
		const call = fieldPrompt(each, target, check);
		t.is(call.prompt, 'number');
		t.true(validate(call, each.min));
		t.true(validate(call, each.max));
		t.is(validate(call, each.min - 1), `must be at least ${each.min}`);
		t.is(validate(call, each.max + 1), `must be at most ${each.max}`);
		t.is(validate(call, each.min + 0.5), 'must be an integer');
		t.regex(call.help.join('\n'), new RegExp(`${each.min} to ${each.max} ${each.unit}`));
	});
}

test('a number left out has no default, so Enter leaves it out and says what the service uses', t => {
	const duration = field<NumberField>('duration');
	const call = fieldPrompt(duration, {}, participant);
	t.is(call.config.message, 'Token lifetime (minutes)');
	t.false('default' in call.config);
	t.regex(call.help.join('\n'), /Enter leaves it out: the service uses 720 \(12 h\)/);
	t.regex(call.help.join('\n'), /Common: 60 \(1 h\), 720 \(12 h\)/);
	t.deepEqual(applyFieldChange({duration: 60}, toChange(call, undefined)), {});
	t.is(call.prompt === 'number' ? call.describeAnswer?.(undefined) : '', '  left out: the service uses 720 (12 h)');
	t.is(call.prompt === 'number' ? call.describeAnswer?.(1440) : '', '  = 1 d');
});

test('a number that is set is the default, so Enter keeps it', t => {
	const call = fieldPrompt(field<NumberField>('duration'), {duration: 60}, participant);
	t.is((call.config as {default?: number}).default, 60);
	t.regex(call.help.join('\n'), /Enter keeps 60/);
});

test('recording toggle: a confirm defaulting to off; switching on is allowed before the ARN is given', async t => {
	const recording = field<SimpleField>('recording');
	const call = fieldPrompt(recording, {}, requestCheck);
	t.is(call.prompt, 'confirm');
	t.is((call.config as {default: boolean}).default, false);
	// "No" to a member left out writes nothing; "yes" creates the structure.
	t.is(await askField(recording, {}, requestCheck, scriptedPrompts([{prompt: 'confirm', answer: false}])), undefined);
	const on = await askField(recording, {}, requestCheck, scriptedPrompts([{prompt: 'confirm', answer: true}]));
	t.deepEqual(applyFieldChange({}, on!), {autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}});
});

test('storage configuration ARN: required once recording is on, pattern from the model', t => {
	const call = fieldPrompt(field<TextField>('storageConfigurationArn'), {autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}}, requestCheck);
	t.is(validate(call, ''), 'pick a storage configuration, or type its ARN');
	t.regex(String(validate(call, 'not-an-arn')), /^use an ARN like arn:aws:ivs/);
	t.true(validate(call, storageArn));
});

test('media types: a select of the options, stored as a one-item list', t => {
	const media = field<SimpleField>('mediaTypes');
	const call = fieldPrompt(media, recordingOn, requestCheck);
	t.is(call.prompt, 'select');
	if (call.prompt !== 'select') {
		return;
	}

	t.deepEqual(call.config.choices.map(choice => choice.value), ['AUDIO_VIDEO', 'AUDIO_ONLY', 'NONE']);
	t.is(call.config.default, 'AUDIO_VIDEO');
	t.deepEqual(applyFieldChange(recordingOn, toChange(call, 'AUDIO_ONLY')).autoParticipantRecordingConfiguration, {storageConfigurationArn: storageArn, mediaTypes: ['AUDIO_ONLY']});
	// Confirming the default of a member left out writes nothing, as in the Ink wizard.
	t.true(call.unchanged?.('AUDIO_VIDEO'));
	t.false(call.unchanged?.('NONE'));
});

test('capabilities: a checkbox with both ticked by default; any set is valid; order follows the options', async t => {
	const capabilities = field<SimpleField>('capabilities');
	const call = fieldPrompt(capabilities, {}, participant);
	t.is(call.prompt, 'checkbox');
	if (call.prompt !== 'checkbox') {
		return;
	}

	t.deepEqual(call.config.choices.map(choice => [choice.value, choice.checked]), [['PUBLISH', true], ['SUBSCRIBE', true]]);
	t.true(validate(call, []));
	t.true(validate(call, ['SUBSCRIBE']));
	const change = await askField(capabilities, {}, participant, scriptedPrompts([{prompt: 'checkbox', answer: ['SUBSCRIBE', 'PUBLISH']}]));
	t.is(change, undefined, 'both, as by default: left out');
	const publishOnly = await askField(capabilities, {}, participant, scriptedPrompts([{prompt: 'checkbox', answer: ['PUBLISH']}]));
	t.deepEqual(applyFieldChange({}, publishOnly!), {capabilities: ['PUBLISH']});
	const fromSet = fieldPrompt(capabilities, {capabilities: ['SUBSCRIBE']}, participant);
	t.deepEqual(fromSet.prompt === 'checkbox' ? fromSet.config.choices.map(choice => choice.checked) : [], [false, true]);
});

test('thumbnail storage is asked only in interval mode, and is a checkbox', t => {
	const storage = field<SimpleField>('thumbnailStorage');
	t.is(storage.when?.path.at(-1), 'recordingMode');
	const call = fieldPrompt(storage, intervalOn, requestCheck);
	t.is(call.prompt, 'checkbox');
	t.true(validate(call, ['SEQUENTIAL', 'LATEST']));
});

test('askField runs the call on injected prompts and prints the help and the reading', async t => {
	const printed: string[] = [];
	const prompts = scriptedPrompts([{prompt: 'number', message: 'Token lifetime', refused: [0, 20_161, 2.5], answer: 1440}]);
	const change = await askField(field<NumberField>('duration'), {}, participant, prompts, line => printed.push(line));
	t.deepEqual(applyFieldChange({}, change!), {duration: 1440});
	t.true(printed.includes('  = 1 d'));
	t.true(printed[0]!.startsWith('How long the token can be used'));
	t.is(prompts.remaining(), 0);
});
