// Splits the command line into options and their words the way the AWS CLI's argparse does, so
// that every command line `aws ivs-realtime create-stage` accepts means the same here and every
// one it refuses is refused: unique prefixes (`--reg`) resolved in two passes (global options
// first, then the operation's), `--opt=value`, list options taking every word up to the next
// option, `--`, negative numbers and words with spaces as values, and its stray-word rules.
// Turning the words into values is parse-argv.ts's job (through commander).
import {UsageError} from '../basics/errors.js';
import type {OptionSpec} from './options.js';
import {pythonRepr} from './python-text.js';

export type ArgvOccurrence = {
	option: OptionSpec;
	/** The words given to it, in order; empty for a flag, or for an optional value left out. */
	values: string[];
};

export type GroupedArgv = {
	occurrences: ArgvOccurrence[];
	/** Words no option took, in the order the AWS CLI lists them after "Unknown options:". */
	unknown: string[];
	/** The operation's lone positional: `help` asks for help; anything else is unknown. */
	help: boolean;
	/** --version was reached; argparse stops there. */
	version: boolean;
};

type Classified =
	| {kind: 'option'; option: OptionSpec; explicit: string | undefined}
	| {kind: 'unknown-option'}
	| {kind: 'argument'}
	| {kind: 'separator'};

const negativeNumber = /^-\d+$|^-\d*\.\d+$/;

/** Groups argv; throws UsageError with argparse's wording where argparse would stop. */
export function groupArgv(argv: readonly string[], options: readonly OptionSpec[]): GroupedArgv {
	const globals = options.filter(option => option.stage === 'global');
	const operation = options.filter(option => option.stage === 'operation');

	const first = consume(argv, globals, false);
	if (first.version) {
		return {occurrences: first.occurrences, unknown: [], help: false, version: true};
	}

	const second = consume(first.rest, operation, true);
	return {
		occurrences: [...first.occurrences, ...second.occurrences],
		unknown: second.rest,
		help: second.help,
		version: false,
	};
}

type Pass = {occurrences: ArgvOccurrence[]; rest: string[]; help: boolean; version: boolean};

/**
 * One argparse pass (parse_known_args). The global pass has no positionals; the operation pass
 * has the optional positional `help`, which takes the first stray word (and a `--` before it).
 */
function consume(words: readonly string[], options: readonly OptionSpec[], helpPositional: boolean): Pass {
	const pattern = classifyAll(words, options);
	const occurrences: ArgvOccurrence[] = [];
	const extras: string[] = [];
	let helpWord: string | undefined;
	let helpTaken = !helpPositional;
	let index = 0;
	while (index < words.length) {
		const entry = pattern[index]!;
		if (entry.kind === 'option') {
			const taken = takeValues(entry, index, words, pattern);
			occurrences.push({option: entry.option, values: taken.values});
			if (entry.option.target.kind === 'global' && entry.option.target.field === 'version') {
				return {occurrences, rest: [], help: false, version: true};
			}

			index = taken.next;
			continue;
		}

		if (entry.kind === 'unknown-option') {
			extras.push(words[index]!);
			index++;
			continue;
		}

		let next = index;
		while (next < words.length && (pattern[next]!.kind === 'argument' || pattern[next]!.kind === 'separator')) {
			next++;
		}

		if (!helpTaken) {
			// argparse matches `-*A?-*` for the positional and drops the first `--` from what it took.
			helpTaken = true;
			let end = index;
			while (end < next && pattern[end]!.kind === 'separator') {
				end++;
			}

			if (end < next && pattern[end]!.kind === 'argument') {
				helpWord = words[end];
				end++;
			}

			while (end < next && pattern[end]!.kind === 'separator') {
				end++;
			}

			index = end;
		}

		extras.push(...words.slice(index, next));
		index = next;
	}

	if (helpWord !== undefined && helpWord !== 'help') {
		extras.push(helpWord);
	}

	return {occurrences, rest: extras, help: helpWord === 'help', version: false};
}

function takeValues(entry: {option: OptionSpec; explicit: string | undefined}, index: number, words: readonly string[], pattern: readonly Classified[]): {values: string[]; next: number} {
	const {option, explicit} = entry;
	if (explicit !== undefined) {
		if (option.kind === 'flag') {
			throw new UsageError(`argument ${option.flag}: ignored explicit argument ${pythonRepr(explicit)}`);
		}

		return {values: [explicit], next: index + 1};
	}

	let next = index + 1;
	switch (option.kind) {
		case 'flag': {
			return {values: [], next};
		}

		case 'value': {
			if (pattern[next]?.kind !== 'argument') {
				throw new UsageError(`argument ${option.flag}: expected one argument`);
			}

			return {values: [words[next]!], next: next + 1};
		}

		case 'optional-value': {
			return pattern[next]?.kind === 'argument' ? {values: [words[next]!], next: next + 1} : {values: [], next};
		}

		case 'list': {
			while (pattern[next]?.kind === 'argument') {
				next++;
			}

			return {values: words.slice(index + 1, next), next};
		}
	}
}

/** argparse's first step: every word is an option, an argument, or the `--` after which all are arguments. */
function classifyAll(words: readonly string[], options: readonly OptionSpec[]): Classified[] {
	const pattern: Classified[] = [];
	let afterSeparator = false;
	for (const word of words) {
		if (afterSeparator) {
			pattern.push({kind: 'argument'});
		} else if (word === '--') {
			afterSeparator = true;
			pattern.push({kind: 'separator'});
		} else {
			pattern.push(classify(word, options));
		}
	}

	return pattern;
}

/** argparse's _parse_optional (Python 3.11, allow_abbrev on). */
function classify(word: string, options: readonly OptionSpec[]): Classified {
	if (!word.startsWith('-')) {
		return {kind: 'argument'};
	}

	const exact = options.find(option => option.flag === word);
	if (exact) {
		return {kind: 'option', option: exact, explicit: undefined};
	}

	if (word.length === 1) {
		return {kind: 'argument'};
	}

	const equals = word.indexOf('=');
	if (equals !== -1) {
		const named = options.find(option => option.flag === word.slice(0, equals));
		if (named) {
			return {kind: 'option', option: named, explicit: word.slice(equals + 1)};
		}
	}

	// Only `--` words can be abbreviations: every option here is long.
	if (word.startsWith('--')) {
		const prefix = equals === -1 ? word : word.slice(0, equals);
		const matches = options.filter(option => option.flag.startsWith(prefix));
		if (matches.length > 1) {
			throw new UsageError(`ambiguous option: ${word} could match ${matches.map(option => option.flag).join(', ')}`);
		}

		if (matches.length === 1) {
			return {kind: 'option', option: matches[0]!, explicit: equals === -1 ? undefined : word.slice(equals + 1)};
		}
	}

	if (negativeNumber.test(word) || word.includes(' ')) {
		return {kind: 'argument'};
	}

	return {kind: 'unknown-option'};
}
