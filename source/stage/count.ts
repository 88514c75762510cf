// `--count N` (and a preset's count, the wizard's "How many stages"): read as the AWS CLI reads an
// integer argument, and the one rule a batch adds to the request: each stage needs a name of its
// own, so a count above 1 needs {n} in the name, or no name at all.
import {UsageError} from '../basics/errors.js';
import {hasCountPlaceholder} from './name-placeholders.js';
import {maxBatchCount} from './service-quotas.js';

export const countRange = {min: 1, max: maxBatchCount} as const;

/** The {n} rule: undefined when the name suits a batch of `count`, else the one line that says why not. */
export function namingProblem(count: number, name: string | undefined): string | undefined {
	if (count <= 1 || name === undefined || name === '' || hasCountPlaceholder(name)) {
		return undefined;
	}

	return `--count ${count} makes ${count} stages, and each needs a name of its own: put {n} (1…${count}) in the name, e.g. --name ${JSON.stringify(`${name}-{n}`)}, or give no name`;
}

export function assertNamingFits(count: number, name: string | undefined): void {
	const problem = namingProblem(count, name);
	if (problem) {
		throw new UsageError(problem);
	}
}
