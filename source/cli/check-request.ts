import {UsageError} from '../basics/errors.js';
import type {CreateStageRequest} from '../stage/request.js';
import {formatFieldProblems} from '../stage/problem-wording.js';
import {validateCreateStageRequest, validateOperationInput, type Problem} from '../stage/validate.js';

/**
 * Refuses locally whatever the service would refuse, and a JSON null the user gave for a typed
 * parameter (the AWS CLI refuses None); exit 252. One line, whatever is wrong: each field once,
 * naming every rule it breaks, fields apart by "; ".
 */
export function throwOnProblems(request: CreateStageRequest): void {
	refuse(validateCreateStageRequest(request, {refuseNull: true}));
}

/** Only the nulls: what parsing refuses before either mode starts (the wizard shows other problems itself). */
export function throwOnNulls(request: CreateStageRequest): void {
	refuse(validateCreateStageRequest(request, {refuseNull: true}).filter(problem => problem.value === null));
}

function refuse(problems: Problem[]): void {
	if (problems.length > 0) {
		throw new UsageError(`Invalid parameter ${formatFieldProblems(problems).join('; ')}`);
	}
}

/** throwOnProblems for any operation's input (the drop-ins): the model's rules, nulls refused, before sending. */
export function throwOnInputProblems(operationName: string, input: Record<string, unknown>): void {
	refuse(validateOperationInput(operationName, input, {refuseNull: true}));
}
