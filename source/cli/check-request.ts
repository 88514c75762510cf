import {UsageError} from '../errors.js';
import type {CreateStageRequest} from '../stage/request.js';
import {formatProblem, validateCreateStageRequest} from '../stage/validate.js';

/** Refuses locally whatever the service would refuse: one line per problem, exit 252. */
export function throwOnProblems(request: CreateStageRequest): void {
	const problems = validateCreateStageRequest(request);
	if (problems.length > 0) {
		throw new UsageError(problems.map(problem => `Invalid parameter ${formatProblem(problem)}`).join('\n'));
	}
}
