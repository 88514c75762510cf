// Maps (tags, attributes) and item lists (participants) as loops of prompts: entries checked with
// the wizard's entryProblems, limits turning choices off, and every edit landing through the
// wizard's reducer (top level) or the item being edited.
import test from 'ava';
import {askFields} from '../../source/line/ask-fields.js';
import {askMap, entryCheck, mapStatus, withArticle} from '../../source/line/ask-map.js';
import {createPrinter} from '../../source/line/printer.js';
import type {SelectConfig} from '../../source/line/prompts.js';
import {stateTarget} from '../../source/line/target.js';
import {entryFields} from '../../source/wizard/field-values.js';
import {attributesField, participantsField, tagsField} from '../../source/wizard/steps.js';
import {initialWizardState, wizardReducer, type WizardAction, type WizardState} from '../../source/wizard/wizard-state.js';
import {scriptedPrompts, type Step} from './helpers/scripted-prompts.js';

function harness(request: WizardState['request'] = {}) {
	let state = initialWizardState(request);
	const actions: WizardAction[] = [];
	const target = stateTarget(
		() => state,
		action => {
			actions.push(action);
			state = wizardReducer(state, action);
		},
	);
	const printed: string[] = [];
	const out = createPrinter({write: (text: string) => printed.push(text)} as unknown as NodeJS.WritableStream, false);
	return {target, actions, printed, out, state: () => state};
}

test('tag entries: the key is required and bounded, unique, and the value bounded', t => {
	const [key, value] = entryFields(tagsField);
	const check = entryCheck(tagsField, {taken: 'x'}, undefined);
	t.deepEqual(check({key: '', value: ''}, key), ['must have at least 1 character']);
	t.deepEqual(check({key: 'k'.repeat(128), value: ''}, key), []);
	t.deepEqual(check({key: 'k'.repeat(129), value: ''}, key), ['must have at most 128 characters']);
	t.deepEqual(check({key: 'taken', value: ''}, key), ['there is already a key "taken"']);
	t.deepEqual(check({key: 'ok', value: 'v'.repeat(256)}, value), []);
	t.deepEqual(check({key: 'ok', value: 'v'.repeat(257)}, value), ['must have at most 256 characters']);
	// Renaming an entry to its own key is no conflict.
	t.deepEqual(entryCheck(tagsField, {taken: 'x'}, 'taken')({key: 'taken', value: ''}, key), []);
});

test('attribute entries: the whole map must stay within 1024 bytes of UTF-8', t => {
	const [key, value] = entryFields(attributesField);
	const check = entryCheck(attributesField, {a: 'b'.repeat(1000)}, undefined);
	t.deepEqual(check({key: 'c', value: 'd'.repeat(22)}, value), []);
	t.deepEqual(check({key: 'c', value: 'd'.repeat(23)}, value), ['1025 of 1024 bytes used: remove 1']);
	t.deepEqual(check({key: 'é'.repeat(12), value: ''}, key), ['1025 of 1024 bytes used: remove 1']);
	t.is(mapStatus(attributesField, {a: 'b'.repeat(1000)}), 'Attributes: 1, 1001 of 1024 bytes');
});

test('the tags loop adds, renames and removes through the wizard reducer’s own actions', async t => {
	const {target, actions, state, out, printed} = harness({tags: {old: '1'}});
	const prompts = scriptedPrompts([
		{prompt: 'select', message: 'Tags', answer: 'add'},
		{prompt: 'input', message: 'Key', refused: ['', 'old'], answer: 'env'},
		{prompt: 'input', message: 'Value', answer: 'prod'},
		{prompt: 'select', message: 'Tags', answer: 'edit'},
		{prompt: 'select', message: 'Which tag?', answer: 'old'},
		{prompt: 'input', message: 'Key', answer: 'renamed'},
		{prompt: 'input', message: 'Value', answer: ''},
		{prompt: 'select', message: 'Tags', answer: 'remove'},
		{prompt: 'select', message: 'Remove which tag?', answer: 'env'},
		{prompt: 'select', message: 'Tags', answer: 'done'},
	]);
	await askMap(tagsField, target, {prompts, out});
	t.deepEqual(state().request.tags, {renamed: '1'});
	t.deepEqual(actions.map(action => action.type), ['tagSaved', 'tagSaved', 'tagRemoved']);
	t.true(printed.includes('Tags: 2 of 50\n'));
	t.true(printed.includes('Removed tag "env".\n'));
	// Editing offers the entry's current key and value as defaults.
	const keyPrompt = prompts.asked.filter(asked => asked.config.message === 'Key')[1]!;
	t.is((keyPrompt.config as {default?: string}).default, 'old');
});

test('at 50 tags, adding is offered but turned off, with the reason', async t => {
	const tags = Object.fromEntries(Array.from({length: 50}, (_, index) => [`k${index}`, 'v']));
	const {target, out} = harness({tags});
	const prompts = scriptedPrompts([
		{
			prompt: 'select',
			message: 'Tags',
			answer(config) {
				t.is((config as SelectConfig<string>).choices.find(choice => choice.value === 'add')?.disabled, '50 is the most');
				return 'done';
			},
		},
	]);
	await askMap(tagsField, target, {prompts, out});
	t.is(prompts.remaining(), 0);
});

test('participants: add with attributes, duplicate, edit and remove, saved through the reducer', async t => {
	const {target, actions, state, out} = harness();
	const participant: Step[] = [
		{prompt: 'input', message: 'User ID', answer: 'host'},
		{prompt: 'checkbox', message: 'Can', answer: ['PUBLISH', 'SUBSCRIBE']},
		{prompt: 'number', message: 'Token lifetime', answer: undefined},
		{prompt: 'select', message: 'Attributes', answer: 'add'},
		{prompt: 'input', message: 'Key', answer: 'name'},
		{prompt: 'input', message: 'Value', answer: 'Ann'},
		{prompt: 'select', message: 'Attributes', answer: 'done'},
	];
	const prompts = scriptedPrompts([
		{prompt: 'select', message: 'Participants', answer: 'add'},
		...participant,
		{prompt: 'select', message: 'Participants', answer: 'duplicate'},
		{prompt: 'select', message: 'Which participant?', answer: 0},
		{prompt: 'select', message: 'Participants', answer: 'edit'},
		{prompt: 'select', message: 'Which participant?', answer: 1},
		{prompt: 'input', message: 'User ID', answer: 'guest'},
		{prompt: 'checkbox', message: 'Can', answer: ['SUBSCRIBE']},
		{prompt: 'number', message: 'Token lifetime', answer: 60},
		{prompt: 'select', message: 'Attributes', answer: 'remove'},
		{prompt: 'select', message: 'Remove which attribute?', answer: 'name'},
		{prompt: 'select', message: 'Attributes', answer: 'done'},
		{prompt: 'select', message: 'Participants', answer: 'add'},
		{prompt: 'input', message: 'User ID', answer: 'gone'},
		{prompt: 'checkbox', message: 'Can', answer: ['PUBLISH', 'SUBSCRIBE']},
		{prompt: 'number', message: 'Token lifetime', answer: undefined},
		{prompt: 'select', message: 'Attributes', answer: 'done'},
		{prompt: 'select', message: 'Participants', answer: 'remove'},
		{prompt: 'select', message: 'Which participant?', answer: 2},
		{prompt: 'select', message: 'Participants', answer: 'done'},
	]);
	await askFields([participantsField], target, {prompts, out});
	t.deepEqual(state().request.participantTokenConfigurations, [
		{userId: 'host', attributes: {name: 'Ann'}},
		{userId: 'guest', capabilities: ['SUBSCRIBE'], duration: 60},
	]);
	t.deepEqual(
		actions.map(action => action.type),
		['participantSaved', 'participantDuplicated', 'participantSaved', 'participantSaved', 'participantRemoved'],
	);
	t.is(prompts.remaining(), 0);
});

test('"an attribute", "a tag"', t => {
	t.is(withArticle('attribute'), 'an attribute');
	t.is(withArticle('participant'), 'a participant');
});
