// A request as the `aws ivs-realtime create-stage …` command that sends it, ready to paste into a
// POSIX shell, and as the body of a --cli-input-json file. The wizard's review screen shows both;
// either, given back to the AWS CLI or to this tool, yields the same request.
import {getShape} from '../model/service-model.js';
import type {CreateStageRequest} from '../stage/request.js';
import {isPlainObject} from '../stage/validate.js';
import {mergeRequests} from './cli-input.js';
import {
	createStageParameterOptions,
	defaultGlobalOptions,
	globalOptions,
	type GlobalOptions,
	type OptionSpec,
} from './options.js';
import {isParamFileReference} from './param-file.js';
import {shorthandWords} from './render-shorthand.js';
import {setOwn} from './shorthand.js';

export type RenderCommandOptions = {
	/** Settings to carry over (region, profile, output…); defaults are left out. */
	globals?: Partial<GlobalOptions>;
	/** The program to start with; `aws ivs-realtime create-stage` unless given. */
	program?: string;
	/**
	 * One option per line, joined with ` \` as the AWS CLI's own examples are; a list given as
	 * several shorthand words has each on a line of its own.
	 */
	multiline?: boolean;
	/** Structures, maps and lists in the AWS CLI's shorthand where it says the same; JSON elsewhere. */
	shorthand?: boolean;
	/**
	 * With multiline, the columns the command is shown in: a value that would not fit on its
	 * option's line goes on a line of its own under it, so a terminal wraps no line between an
	 * option and its value (where the wrapped text, copied, would be two commands).
	 */
	width?: number;
	/** How many columns a line takes (wide characters take two); its length unless given. */
	measure?: (text: string) => number;
};

export const awsCommandPrefix = 'aws ivs-realtime create-stage';

/** The shell command that sends `request`: strings as words, structures and lists as JSON or shorthand. */
export function renderCommand(request: Readonly<CreateStageRequest>, options: RenderCommandOptions = {}): string {
	const parts: string[][] = [];
	const leftOver: Record<string, unknown> = {};
	const ordered = mergeRequests(request) as Record<string, unknown>;
	for (const [member, value] of Object.entries(ordered)) {
		if (value === null) {
			continue;
		}

		const option = createStageParameterOptions.find(candidate => candidate.target.kind === 'parameter' && candidate.target.member === member);
		const words = option ? parameterWords(option, value, options.shorthand ?? false) : undefined;
		if (words) {
			parts.push(words);
		} else {
			setOwn(leftOver, member, value);
		}
	}

	// What no option can say (a name starting with file://, which any option would read as a
	// file) still goes on the command line, through --cli-input-json.
	if (Object.keys(leftOver).length > 0) {
		parts.push(['--cli-input-json', JSON.stringify(leftOver)]);
	}

	parts.push(...globalWords(options.globals ?? {}));
	const program = options.program ?? awsCommandPrefix;
	const itemBreak = options.multiline ? ' \\\n        ' : ' ';
	const rendered = parts.map(([flag, ...values]) => {
		const quoted = values.map(word => shellQuote(word));
		// Several values (a list's items) go one per line under their option, as does one too wide for
		// the option's line (4 columns of indent, then ` \`).
		const line = [flag, ...quoted].join(' ');
		return quoted.length > 1 || (options.multiline && options.width !== undefined && 4 + (options.measure?.(line) ?? line.length) + 2 > options.width)
			? [flag, ...quoted].join(itemBreak)
			: line;
	});
	return options.multiline
		? [program, ...rendered].join(' \\\n    ')
		: [program, ...rendered].join(' ');
}

function parameterWords(option: OptionSpec, value: unknown, shorthand: boolean): string[] | undefined {
	if (value === undefined || value === null || option.target.kind !== 'parameter') {
		return undefined;
	}

	const shape = getShape(option.target.shapeName);
	if (shape.type === 'structure' || shape.type === 'map' || shape.type === 'list') {
		const words = shorthand ? shorthandWords(value, option.target.shapeName) : undefined;
		if (words) {
			return [option.flag, ...words];
		}

		// JSON starts with { or [, which the AWS CLI always reads as JSON, never as shorthand or a file.
		return [option.flag, JSON.stringify(inModelOrder(value, option.target.shapeName))];
	}

	const text = typeof value === 'string' ? value : JSON.stringify(value);
	if (typeof value === 'string' && isParamFileReference(value)) {
		return undefined;
	}

	// `--name -x` would read -x as an option; `--name=-x` cannot.
	return text.startsWith('-') ? [`${option.flag}=${text}`] : [option.flag, text];
}

function globalWords(globals: Partial<GlobalOptions>): string[][] {
	const words: string[][] = [];
	const seen = new Set<string>();
	for (const option of globalOptions) {
		if (option.target.kind !== 'global') {
			continue;
		}

		const {field} = option.target;
		const value = globals[field];
		if (value === undefined || value === defaultGlobalOptions[field] || field === 'version' || seen.has(field)) {
			continue;
		}

		if (option.kind === 'flag') {
			// --no-verify-ssl stands for verifySsl false; --cli-auto-prompt for true, its --no- twin for false.
			if (value === option.target.value) {
				words.push([option.flag]);
				seen.add(field);
			}

			continue;
		}

		seen.add(field);
		words.push([option.flag, String(value)]);
	}

	return words;
}

const safeWord = /^[\w@%+=:,./-]+$/;

/** One POSIX shell word that stands for exactly `word`: bare when safe, else single-quoted. */
export function shellQuote(word: string): string {
	if (safeWord.test(word)) {
		return word;
	}

	return `'${word.replaceAll('\'', '\'\\\'\'')}'`;
}

/** The request as a --cli-input-json document: 4-space JSON, members in the model's order. */
export function renderCliInputJson(request: Readonly<CreateStageRequest>): string {
	return `${JSON.stringify(inModelOrder(mergeRequests(request), 'CreateStageRequest'), null, 4)}\n`;
}

/** Structures' members in the model's order (what `--generate-cli-skeleton` shows); maps as given. */
function inModelOrder(value: unknown, shapeName: string): unknown {
	const shape = getShape(shapeName);
	if (shape.type === 'list' && Array.isArray(value)) {
		return value.map(item => inModelOrder(item, shape.member.shape));
	}

	if (!isPlainObject(value)) {
		return value;
	}

	const result: Record<string, unknown> = {};
	if (shape.type === 'map') {
		for (const [key, item] of Object.entries(value)) {
			setOwn(result, key, inModelOrder(item, shape.value.shape));
		}

		return result;
	}

	if (shape.type === 'structure') {
		for (const [member, reference] of Object.entries(shape.members)) {
			if (Object.hasOwn(value, member)) {
				setOwn(result, member, inModelOrder(value[member], reference.shape));
			}
		}
	}

	for (const [key, item] of Object.entries(value)) {
		if (!Object.hasOwn(result, key)) {
			setOwn(result, key, item);
		}
	}

	return result;
}
