import {UsageError} from '../basics/errors.js';
import {assertNamingFits} from '../stage/count.js';
import {expandRequestPlaceholders, hasCountPlaceholder} from '../stage/name-placeholders.js';
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

/** A batch's request: every stage's is checked, not one, since {n} makes the last name the longest. */
export function checkBatchRequest(request: CreateStageRequest, count: number, now: Date): void {
	assertNamingFits(count, request.name);
	throwOnProblems(expandRequestPlaceholders(request, {now, n: 1}));
	if (count > 1 && hasCountPlaceholder(request.name)) {
		try {
			throwOnProblems(expandRequestPlaceholders(request, {now, n: count}));
		} catch (error) {
			// Only the longer number can be at fault: say which stage's name it is.
			throw error instanceof UsageError ? new UsageError(`Stage ${count} of --count ${count} ({n} = ${count}): ${error.lines.join(' ')}`) : error;
		}
	}
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
