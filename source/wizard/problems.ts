// Problems are derived, never stored: the core validator's findings on the current request, plus
// the few things the wizard asks for beyond the service (a storage configuration once recording is
// on). Cached on the request's identity, since the reducer replaces the request on every change.
import {countRange, namingProblem} from '../stage/count.js';
import {expandNamePlaceholders, hasCountPlaceholder} from '../stage/name-placeholders.js';
import {describeRule, describeValue} from '../stage/problem-wording.js';
import {problemsAt, validateCreateStageRequest, type Problem} from '../stage/validate.js';
import type {CreateStageRequest} from '../stage/request.js';
import type {Field, Step, StepId} from './fields.js';
import {isFieldVisible, readText} from './field-values.js';
import {getAt, startsWith, type Path} from './paths.js';
import {steps} from './steps.js';

const cache = new WeakMap<object, Map<number, Problem[]>>();

/**
 * `count`: how many stages the request makes. {n} in the name is checked as its longest expansion
 * (n = count, 1 for one stage); a batch's name needs {n}, or no name.
 */
export function selectProblems(request: CreateStageRequest, count = 1): Problem[] {
	let byCount = cache.get(request);
	if (!byCount) {
		byCount = new Map();
		cache.set(request, byCount);
	}

	let problems = byCount.get(count);
	if (!problems) {
		const checked = hasCountPlaceholder(request.name) ? {...request, name: expandNamePlaceholders(request.name!, {n: count})} : request;
		problems = [
			...validateCreateStageRequest(checked).map(problem => (problem.path.length === 1 && problem.path[0] === 'name' ? {...problem, value: request.name} : problem)),
			...wizardProblems(steps.flatMap(step => step.fields), request, []),
			...(namingProblem(count, request.name) ? [{path: ['name'], value: request.name, rule: {kind: 'batchName', count}} satisfies Problem] : []),
			...(count < countRange.min || count > countRange.max ? [{path: ['name'], value: count, rule: {kind: 'batchCount', min: countRange.min, max: countRange.max}} satisfies Problem] : []),
		];
		byCount.set(count, problems);
	}

	return problems;
}

/** The wizard's own requirements, for the fields of `fields` that show in `target`. */
export function wizardProblems(fields: Field[], target: unknown, base: Path): Problem[] {
	const problems: Problem[] = [];
	for (const field of fields) {
		if (!isFieldVisible(field, target)) {
			continue;
		}

		if (field.kind === 'text' && field.required && readText(field, target) === '') {
			problems.push({path: [...base, ...field.path], value: '', rule: {kind: 'required'}});
		}

		if (field.kind === 'items') {
			const items = getAt(target, field.path);
			if (Array.isArray(items)) {
				for (const [index, item] of items.entries()) {
					problems.push(...wizardProblems(field.itemFields, item, [...base, ...field.path, index]));
				}
			}
		}
	}

	return problems;
}

export function problemsForStep(problems: Problem[], step: Step): Problem[] {
	return problems.filter(problem => step.fields.some(field => startsWith(problem.path, field.path)));
}

export function problemCountsByStep(problems: Problem[]): Record<StepId, number> {
	return Object.fromEntries(steps.map(step => [step.id, problemsForStep(problems, step).length])) as Record<StepId, number>;
}

/** Problems that belong to no step (unknown members from a --cli-input-json file, say). */
export function strayProblems(problems: Problem[]): Problem[] {
	return problems.filter(problem => !steps.some(step => step.fields.some(field => startsWith(problem.path, field.path))));
}

/**
 * The problems a field shows under itself: those at its path or below, except where another of the
 * fields shown with it sits deeper and shows them itself (the recording switch and the ARN).
 */
export function problemsOfField(problems: Problem[], field: Field, shownWith: Field[], base: Path = []): Problem[] {
	const path = [...base, ...field.path];
	const deeper = shownWith.filter(other => other !== field && other.path.length > field.path.length && startsWith(other.path, field.path));
	return problemsAt(problems, path).filter(problem => !deeper.some(other => startsWith(problem.path, [...base, ...other.path])));
}

/** What a field shows under itself: short, about the value typed, in the field's own words. */
export function describeFieldProblem(field: Field | undefined, problem: Problem): string {
	const {rule} = problem;
	const subject = problem.mapKey ? `key ${describeValue(problem.path.at(-1))} ` : '';
	if (rule.kind === 'required' && field?.kind === 'text' && field.required) {
		return field.required.message;
	}

	if (rule.kind === 'pattern' && field?.kind === 'text' && field.patternHint) {
		return `${subject}use ${field.patternHint}`;
	}

	if (rule.kind === 'attributesSize') {
		return `${rule.size} of ${rule.limit} bytes used: remove ${rule.size - rule.limit}`;
	}

	return `${subject}${describeRule(rule)}`.trim();
}
