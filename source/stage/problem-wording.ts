// A problem in words for a person, the same in the non-interactive command's one line, the
// wizard's review and line mode: which field (named as JMESPath and the AWS CLI name it), what
// value, which rule. One field's problems are one line naming every rule it breaks.
// service-wording.ts words the same problems as the service's ValidationException does.
import type {PathSegment, Problem, Rule} from './validate.js';

/** `participantTokenConfigurations[2].duration`, as JMESPath and the AWS CLI name a field. */
export function formatPath(path: PathSegment[]): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') {
			text += `[${segment}]`;
		} else if (/^[A-Za-z_]\w*$/.test(segment)) {
			text += text === '' ? segment : `.${segment}`;
		} else {
			text += `[${JSON.stringify(segment)}]`;
		}
	}

	return text || '(input)';
}

export function describeValue(value: unknown): string {
	if (value === undefined) {
		return '(missing)';
	}

	const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function describeRule(rule: Rule): string {
	switch (rule.kind) {
		case 'type': {
			return `must be ${rule.expected === 'integer' ? 'an integer' : `a ${rule.expected}`}`;
		}

		case 'required': {
			return 'is required';
		}

		case 'unknown': {
			return `is not a known parameter (known: ${rule.known.join(', ')})`;
		}

		case 'min': {
			return `must be at least ${rule.limit}`;
		}

		case 'max': {
			return `must be at most ${rule.limit}`;
		}

		case 'minLength': {
			return `must have at least ${rule.limit} ${unitName(rule.unit, rule.limit)}`;
		}

		case 'maxLength': {
			return `must have at most ${rule.limit} ${unitName(rule.unit, rule.limit)}`;
		}

		case 'pattern': {
			return `must match the pattern ${rule.pattern}`;
		}

		case 'enum': {
			return `must be one of ${rule.allowed.join(', ')}`;
		}

		case 'attributesSize': {
			return `must total at most ${rule.limit} bytes of UTF-8, keys and values together (this is ${rule.size})`;
		}

		case 'batchCount': {
			return `how many stages: type a number from ${rule.min} to ${rule.max}`;
		}

		case 'batchName': {
			return `needs {n} (1…${rule.count}) for ${rule.count} stages, or no name`;
		}
	}
}

/** One line for a person: which field, what value, which rule. */
export function formatProblem(problem: Problem): string {
	const what = problem.mapKey ? `key ${describeValue(problem.path.at(-1))} of ${formatPath(problem.path.slice(0, -1))}` : formatPath(problem.path);
	if (problem.rule.kind === 'required' || problem.rule.kind === 'unknown') {
		return `${what} ${describeRule(problem.rule)}`;
	}

	const value = problem.mapKey ? '' : ` ${describeValue(problem.value)}`;
	return `${what}:${value} ${describeRule(problem.rule)}`.replace(': must', ' must');
}

/**
 * One line per field, naming every rule it breaks: a name too long that also breaks the pattern,
 * a capability list too long with an unknown item, are one problem each to the person reading.
 * A field is a problem's path without trailing list indexes (an item of a list of strings is
 * part of its list). A field with one problem reads as formatProblem has it.
 */
export function formatFieldProblems(problems: readonly Problem[]): string[] {
	const groups = new Map<string, Problem[]>();
	for (const problem of problems) {
		const key = JSON.stringify(fieldPath(problem.path));
		const group = groups.get(key);
		if (group) {
			group.push(problem);
		} else {
			groups.set(key, [problem]);
		}
	}

	return [...groups.values()].map(group => (group.length === 1 ? formatProblem(group[0]!) : formatGroup(group)));
}

function fieldPath(path: readonly PathSegment[]): PathSegment[] {
	let end = path.length;
	while (end > 1 && typeof path[end - 1] === 'number') {
		end--;
	}

	return path.slice(0, end);
}

function formatGroup(group: readonly Problem[]): string {
	const field = fieldPath(group[0]!.path);
	const whole = group.filter(problem => problem.path.length === field.length && !problem.mapKey);
	const clauses: string[] = [];
	if (whole.length > 0) {
		const shown = whole.find(problem => problem.rule.kind !== 'required' && problem.rule.kind !== 'unknown');
		clauses.push(`${shown ? `${describeValue(shown.value)} ` : ''}${whole.map(problem => describeRule(problem.rule)).join(' and ')}`);
	}

	for (const problem of group) {
		if (whole.includes(problem)) {
			continue;
		}

		if (problem.mapKey) {
			clauses.push(`its key ${describeRule(problem.rule)}`);
			continue;
		}

		const item = problem.path.slice(field.length).map(segment => `[${String(segment)}]`).join('');
		const value = problem.rule.kind === 'required' || problem.rule.kind === 'unknown' ? '' : ` ${describeValue(problem.value)}`;
		clauses.push(`item ${item}${value} ${describeRule(problem.rule)}`);
	}

	return `${formatPath(field)}: ${clauses.join(', and ')}`;
}

function unitName(unit: 'characters' | 'items' | 'entries', count: number): string {
	return count === 1 ? unit.slice(0, -1).replace(/ie$/, 'y') : unit;
}
