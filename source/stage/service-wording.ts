// A problem in the service's words, as IVS Real-Time's ValidationException message gives them:
// the emulator answers with these, so a client sees what the service would have said.
import type {PathSegment, Problem} from './validate.js';

/** The service's own form of a path: list indexes 1-based, with `.member`. */
export function formatServicePath(path: PathSegment[]): string {
	return path.map(segment => (typeof segment === 'number' ? `${segment + 1}.member` : segment)).join('.');
}

/** The service's wording, as its ValidationException message gives it. */
export function formatServiceProblem(problem: Problem): string {
	const at = formatServicePath(problem.path);
	const value = problem.mapKey ? String(problem.path.at(-1)) : serviceValue(problem.value);
	const {rule} = problem;
	const constraint = (() => {
		switch (rule.kind) {
			case 'min': {
				return `Member must have value greater than or equal to ${rule.limit}`;
			}

			case 'max': {
				return `Member must have value less than or equal to ${rule.limit}`;
			}

			case 'minLength': {
				return `Member must have length greater than or equal to ${rule.limit}`;
			}

			case 'maxLength': {
				return `Member must have length less than or equal to ${rule.limit}`;
			}

			case 'pattern': {
				return `Member must satisfy regular expression pattern: ${rule.pattern}`;
			}

			case 'enum': {
				return `Member must satisfy enum value set: [${rule.allowed.join(', ')}]`;
			}

			case 'required': {
				return 'Member must not be null';
			}

			case 'attributesSize': {
				return `Member must have total size less than or equal to ${rule.limit} bytes`;
			}

			case 'type': {
				return `Member must be of type ${rule.expected}`;
			}

			case 'unknown': {
				return 'Member is not a known member of the input';
			}
		}
	})();
	return `Value '${value}' at '${at}' failed to satisfy constraint: ${constraint}`;
}

export function formatServiceValidationMessage(problems: Problem[]): string {
	const count = problems.length;
	return `${count} validation error${count === 1 ? '' : 's'} detected: ${problems.map(problem => formatServiceProblem(problem)).join('; ')}`;
}

function serviceValue(value: unknown): string {
	if (value === undefined || value === null) {
		return 'null';
	}

	if (typeof value === 'object') {
		return JSON.stringify(value);
	}

	return String(value);
}
