// The step definitions are data other code walks (Ink screens, line mode): check they agree with
// the API model and with each other.
import test from 'ava';
import {getShape, getStructure} from '../../source/model/service-model.js';
import type {Field} from '../../source/wizard/fields.js';
import {limits} from '../../source/wizard/limits.js';
import {participantFields, participantsField, steps, stepIds, getStep} from '../../source/wizard/steps.js';

function memberShape(structure: string, path: Array<string | number>): string | undefined {
	let shapeName = structure;
	for (const segment of path) {
		const shape = getShape(shapeName);
		if (shape.type === 'structure' && typeof segment === 'string') {
			const member = shape.members[segment];
			if (!member) {
				return undefined;
			}

			shapeName = member.shape;
		} else {
			return undefined;
		}
	}

	return shapeName;
}

function checkFields(t: import('ava').ExecutionContext, structure: string, fields: Field[]) {
	const ids = fields.map(field => field.id);
	t.is(new Set(ids).size, ids.length, `ids are unique in ${structure}`);
	for (const field of fields) {
		const shape = memberShape(structure, field.path);
		t.truthy(shape, `${field.id}: ${field.path.join('.')} is a member of ${structure}`);
		if (field.kind === 'number') {
			const model = getShape(shape!);
			t.is<number | undefined, number | undefined>(field.min, model.min, `${field.id} min`);
			t.is<number | undefined, number | undefined>(field.max, model.max, `${field.id} max`);
			t.true(field.default >= field.min && field.default <= field.max, `${field.id} default within range`);
			for (const pick of field.quickPicks ?? []) {
				t.true(pick.value >= field.min && pick.value <= field.max, `${field.id} quick pick ${pick.label}`);
			}
		}

		if (field.kind === 'choice' || field.kind === 'list') {
			const model = getShape(shape!);
			const enumShape = model.type === 'list' ? getShape(model.member.shape) : model;
			t.deepEqual(
				field.options.map(option => option.value).sort(),
				[...(enumShape.enum ?? [])].sort(),
				`${field.id} offers every value the model allows`,
			);
		}

		if (field.kind === 'items') {
			t.is(getShape(shape!).type, 'list');
			checkFields(t, field.shape, field.itemFields);
		}
	}
}

test('every field stands at a member of the CreateStage request, with the model’s ranges and values', t => {
	checkFields(t, 'CreateStageRequest', steps.flatMap(step => step.fields));
});

test('steps have unique ids, in the order the wizard shows them', t => {
	t.deepEqual(stepIds, ['name', 'tags', 'participants', 'recording']);
	t.is(getStep('tags').id, 'tags');
	t.throws(() => getStep('nope' as never));
});

test('limits come from the model', t => {
	t.is(limits.tags, 50);
	t.is(limits.tagKeyLength, 128);
	t.is(limits.tagValueLength, 256);
	t.is(limits.participants, 12);
	t.is(limits.attributesBytes, 1024);
	t.deepEqual(limits.durationMinutes, {min: 1, max: 20_160});
	t.is(participantsField.maxItems, 12);
	t.truthy(getStructure('ParticipantTokenConfiguration'));
	t.deepEqual(
		participantFields.map(field => field.id),
		['userId', 'capabilities', 'duration', 'attributes'],
	);
});
