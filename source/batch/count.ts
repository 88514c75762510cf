// `--count N` (and a preset's count, the wizard's "How many stages"): read as the AWS CLI reads an
// integer argument, and the one rule a batch adds to the request: each stage needs a name of its
// own, so a count above 1 needs {n} in the name, or no name at all.
import {pythonRepr} from '../args/python-text.js';
import {UsageError} from '../errors.js';
import {hasCountPlaceholder} from '../presets/placeholders.js';
import {maxBatchCount} from '../stage/service-quotas.js';

export const countRange = {min: 1, max: maxBatchCount} as const;

/** What is wrong with a count as typed (digits only, 1–100); undefined when it is good. */
export function countProblem(text: string): string | undefined {
	const trimmed = text.trim();
	// Python's int() takes surrounding spaces, a sign and underscores between digits; the AWS CLI
	// reads integers with it. A sign or underscore in a count is a typo, so only digits here.
	if (!/^\d+$/.test(trimmed)) {
		return `invalid int value: ${pythonRepr(text)} (a whole number from ${countRange.min} to ${countRange.max})`;
	}

	const count = Number(trimmed);
	if (count < countRange.min || count > countRange.max) {
		return `${count} is out of range: a batch is ${countRange.min} to ${countRange.max} stages (the region's stage quota)`;
	}

	return undefined;
}

/** `--count`'s value as a number; UsageError (252) for anything else, naming the option. */
export function parseCount(text: string, where = '--count'): number {
	const problem = countProblem(text);
	if (problem) {
		throw new UsageError(`argument ${where}: ${problem}`);
	}

	return Number(text.trim());
}

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
