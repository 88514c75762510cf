// Checking one map entry (a tag, an attribute) before it is saved, with the core validator on the
// map as it would be, so the limits shown while typing are exactly the service's.
import {attributesSize, problemsAt, validateShape, type Problem} from '../stage/validate.js';
import {entryKeyConflict, saveEntry} from './collections.js';
import type {MapField} from './fields.js';
import {describeFieldProblem} from './problems.js';

export type EntryProblems = {key: string[]; value: string[]; map: string[]; blocking: boolean};

export function entryProblems(field: MapField, map: unknown, previousKey: string | undefined, key: string, value: string): EntryProblems {
	const candidate = saveEntry(map, previousKey, key, value);
	const problems = validateShape(field.shape, candidate);
	const atEntry = problemsAt(problems, [key]);
	const conflict = entryKeyConflict(map, previousKey, key);
	const keyProblems = [...(conflict ? [conflict] : []), ...atEntry.filter(problem => problem.mapKey).map(problem => describe(problem))];
	const valueProblems = atEntry.filter(problem => !problem.mapKey).map(problem => describe(problem));
	// Problems of the whole map: too many entries, or attributes over their byte budget.
	const mapProblems = problems.filter(problem => problem.path.length === 0).map(problem => describeFieldProblem(field, problem));
	return {
		key: keyProblems,
		value: valueProblems,
		map: mapProblems,
		blocking: keyProblems.length + valueProblems.length + mapProblems.length > 0,
	};
}

function describe(problem: Problem): string {
	// The field is named by where the message stands, so the key's own name is left out.
	return describeFieldProblem(undefined, {...problem, mapKey: false});
}

/** The byte budget in use, with a pending entry counted as it would be saved. */
export function mapBytes(map: unknown, previousKey?: string, key?: string, value?: string): number {
	const candidate = key === undefined ? (map as Record<string, string> | undefined) ?? {} : saveEntry(map, previousKey, key, value ?? '');
	return attributesSize(candidate);
}
