// A creation that failed, as the AWS CLI's error (the drop-in's --count, `run`, `publish`): the
// AWS CLI's own line when the failure is CreateStage's own error; the flow's fuller words in the
// same form when the flow found more (the stage may exist, several appeared), since those are what
// the user must act on. A batch refused before it began: 252 for the quota, ListStages's error.
import type {QuotaRefusal} from '../core/create-batch-in-quota.js';
import {describeError, type DescribedError} from '../core/describe-error.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import {toCliError} from '../ivs/service-errors.js';

/** `extra` lines follow the error's own (which stage the batch stopped at). */
export function creationError(failure: DescribedError & {error?: unknown}, endpoint: string | undefined, extra: readonly string[] = []): CliError {
	const own = failure.error === undefined ? undefined : toCliError(failure.error, 'CreateStage', endpoint);
	if (own && describeError(failure.error, 'CreateStage').message === failure.message) {
		const error = new CliError([...own.lines, ...extra], own.exitCode);
		error.blankLineBefore = own.blankLineBefore;
		return error;
	}

	// The cause's exit code (a connection lost is 255, as the AWS CLI's); 254 when the flow's finding is all there is.
	return new CliError([`An error occurred (${failure.code}) when calling the CreateStage operation: ${failure.message}`, ...extra], own?.exitCode ?? exitCodes.service).spaced();
}

export function refusalError(refused: QuotaRefusal, endpoint: string | undefined): CliError {
	return refused.kind === 'no room' ? new UsageError(refused.problem) : toCliError(refused.error, 'ListStages', endpoint);
}
