// `--count N` and line mode's "How many stages" as typed: digits only, 1–100, worded as the AWS CLI
// words a bad integer argument. Exit 252 for the option.
import {pythonRepr} from './python-text.js';
import {UsageError} from '../basics/errors.js';
import {countRange} from '../stage/count.js';

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
