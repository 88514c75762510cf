import {UsageError} from '../errors.js';
import type {CreateStageRequest} from '../stage/request.js';
import {formatFieldProblems, validateCreateStageRequest} from '../stage/validate.js';

/**
 * Refuses locally whatever the service would refuse, and a JSON null the user gave for a typed
 * parameter (the AWS CLI refuses None): one line per field, naming every rule it breaks; exit 252.
 */
export function throwOnProblems(request: CreateStageRequest): void {
	const problems = validateCreateStageRequest(request, {refuseNull: true});
	if (problems.length > 0) {
		throw new UsageError(formatFieldProblems(problems).map(line => `Invalid parameter ${line}`));
	}
}

/** Only the nulls: what parsing refuses before either mode starts (the wizard shows other problems itself). */
export function throwOnNulls(request: CreateStageRequest): void {
	const nulls = validateCreateStageRequest(request, {refuseNull: true}).filter(problem => problem.value === null);
	if (nulls.length > 0) {
		throw new UsageError(formatFieldProblems(nulls).map(line => `Invalid parameter ${line}`));
	}
}
