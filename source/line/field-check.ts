// What a prompt's validate callback asks: the problems an answer would give the field, found by the
// core validator on the whole target as it would be (the request, or one participant) and picked
// out by the field's path, in the words the Ink screens show under the same field.
import type {CreateStageRequest} from '../stage/request.js';
import {problemsAt, validateShape, type Problem} from '../stage/validate.js';
import type {Field, ItemsField} from '../wizard/fields.js';
import {describeFieldProblem, selectProblems, wizardProblems} from '../wizard/problems.js';

/** The problems of `field` if `candidate` (the target with the answer written in) were kept. */
export type FieldCheck = (candidate: unknown, field: Field) => string[];

/**
 * A presence toggle (recording on/off) answers for its own path only: switching recording on is
 * fine even though the storage configuration it opens still has to be filled in.
 */
export function problemsOfField(problems: Problem[], field: Field): Problem[] {
	const below = problemsAt(problems, field.path);
	if (field.kind === 'toggle' && field.binding === 'presence') {
		return below.filter(problem => problem.path.length === field.path.length);
	}

	return below;
}

function describeAll(problems: Problem[], field: Field): string[] {
	return [...new Set(problemsOfField(problems, field).map(problem => describeFieldProblem(field, problem)))];
}

/** Fields of a wizard step, checked on the whole request (the service's rules and the wizard's own). */
export const requestCheck: FieldCheck = (candidate, field) => describeAll(selectProblems(candidate as CreateStageRequest), field);

/** Fields of one item (a participant), checked on that item alone, with paths from the item. */
export function itemCheck(items: ItemsField): FieldCheck {
	return (candidate, field) => describeAll([...validateShape(items.shape, candidate), ...wizardProblems(items.itemFields, candidate, [])], field);
}
