// The command line → a CreateStage request and typed global options. group-argv.ts splits the
// words as the AWS CLI's argparse does; typedValues then turns each option's words into a typed
// value (choices, integers, negated flags, the last one given counting) from the shared option
// table; the parameter values go through the AWS CLI's file://, JSON and shorthand rules;
// --cli-input-* goes underneath. Runs on every start, so nothing heavy is imported here.
import {parseCount} from './parse-count.js';
import {didYouMean} from '../basics/did-you-mean.js';
import {UsageError} from '../basics/errors.js';
import {checkEndpointUrl} from '../ivs/endpoint-url.js';
import type {CreateStageRequest} from '../stage/request.js';
import {createStageMembers, inputMembers, loadCliInput, mergeInputs} from './cli-input.js';
import {groupArgv, type ArgvOccurrence} from './group-argv.js';
import {
	createStageOptions,
	defaultGlobalOptions,
	type GlobalOptions,
	operationOptions,
	type OptionSpec,
} from './options.js';
import {unpackParameterValue} from './parameter-value.js';
import type {FileSource} from './param-file.js';
import {pythonRepr} from './python-text.js';

export type {GlobalOptions} from './options.js';

export type ParseArgvContext = FileSource;

export type ParsedCreateStageArgv = {
	/** cli-input underneath, options on top; a preset goes under both (see layers). */
	request: CreateStageRequest;
	globals: GlobalOptions;
	/** Top-level request members this command line set, by option or cli-input, in model order. */
	explicitKeys: string[];
	/** The two layers apart, so a preset can go beneath: mergeRequests(preset, cliInput, options). */
	layers: {cliInput: CreateStageRequest | undefined; options: CreateStageRequest};
	/** The command's own options that were given (see ownOptions), by field. */
	own: Record<string, unknown>;
};

/**
 * Parses `ivs-stage-wizard [options]` exactly as `aws ivs-realtime create-stage [options]`.
 * Throws UsageError (exit 252) with one line for anything the AWS CLI would refuse.
 * With --version, `help` or --help, stops there: the request is empty.
 * A command that takes create-stage's options and some of its own (`presets save`) passes those
 * as ownOptions (see ownOption()): one table, so every word is read by the same rules.
 */
export function parseCreateStageArgv(argv: readonly string[], context: ParseArgvContext = {}, ownOptions: readonly OptionSpec[] = []): ParsedCreateStageArgv {
	const table = ownOptions.length === 0 ? createStageOptions : [...createStageOptions, ...ownOptions];
	return parseWith(argv, table, createStageMembers, context);
}

/** An AWS CLI drop-in's command line (`get-stage --arn ARN`): the operation's input, typed globals. */
export type ParsedOperationArgv = {
	/** cli-input underneath, options on top, members in the model's order. */
	input: Record<string, unknown>;
	globals: GlobalOptions;
};

/**
 * Parses `ivs-stage-wizard get-stage [options]` exactly as `aws ivs-realtime get-stage [options]`:
 * the operation's options come from the API model (operationOptions), read by the same rules as
 * create-stage's. A required member left out is argparse's line (`the following arguments are
 * required: --arn`), unless --cli-input-* or --generate-cli-skeleton is given (the AWS CLI lifts
 * the requirement then; the input's own check names what is missing).
 */
export function parseOperationArgv(operationName: string, argv: readonly string[], context: ParseArgvContext = {}): ParsedOperationArgv {
	const {request, globals} = parseWith(argv, operationOptions(operationName), inputMembers(operationName), context);
	return {input: request as Record<string, unknown>, globals};
}

function parseWith(argv: readonly string[], table: readonly OptionSpec[], members: readonly string[], context: ParseArgvContext): ParsedCreateStageArgv {
	const grouped = groupArgv(argv, table);
	const given = new Set(grouped.occurrences.map(occurrence => occurrence.option.flag));
	if (given.has('--cli-auto-prompt') && given.has('--no-cli-auto-prompt')) {
		throw new UsageError('Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
	}

	const values = typedValues(grouped.occurrences, table);
	const globals = globalsFrom(values);
	const own = ownFrom(values);
	// `-h` asks for help too: the AWS CLI has no -h (it wants `help`), and every option here is long,
	// so the word cannot mean anything else; argparse leaves it unknown, which is where it is found.
	const help = grouped.help || globals.help || grouped.unknown.includes('-h');
	if (grouped.version || help) {
		return {
			request: {},
			globals: {...globals, version: grouped.version, help: !grouped.version && help},
			explicitKeys: [],
			layers: {cliInput: undefined, options: {}},
			own,
		};
	}

	refuseMissingRequired(table, given);
	if (grouped.unknown.length > 0) {
		throw new UsageError(`Unknown options: ${grouped.unknown.join(', ')}${suggestions(grouped.unknown, table)}`);
	}

	if (globals.endpointUrl !== undefined) {
		// As the AWS CLI checks the value argparse kept (the last one given), before anything else.
		globals.endpointUrl = checkEndpointUrl(globals.endpointUrl, '--endpoint-url');
	}

	// The AWS CLI unpacks parameters in the model's order, then reads --cli-input-*.
	const fromOptions: Record<string, unknown> = {};
	for (const option of table) {
		const value = values.get(option);
		if (option.target.kind === 'parameter' && option.target.flagValue !== undefined && value !== undefined) {
			// --x and --no-x share one value: the last one given.
			fromOptions[option.target.member] = value;
		} else if (option.target.kind === 'parameter' && value !== undefined) {
			const words = Array.isArray(value) ? value as string[] : [value as string];
			fromOptions[option.target.member] = unpackParameterValue(option, words, context);
		}
	}

	const options = mergeInputs(members, fromOptions);
	const cliInput = loadCliInput({json: values.get(option('--cli-input-json')) as string | undefined, yaml: values.get(option('--cli-input-yaml')) as string | undefined}, context, members);
	const request = mergeInputs(members, cliInput as Record<string, unknown> | undefined, options);
	return {
		request,
		globals,
		explicitKeys: members.filter(member => Object.hasOwn(request, member)),
		layers: {cliInput, options},
		own,
	};
}

/**
 * argparse's check of required options, which comes before the unknown words are looked at. The
 * AWS CLI lifts it when --cli-input-* or --generate-cli-skeleton is given (OverrideRequiredArgsArgument).
 */
function refuseMissingRequired(table: readonly OptionSpec[], given: ReadonlySet<string>): void {
	if (['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'].some(flag => given.has(flag))) {
		return;
	}

	const missing = table.filter(spec => spec.required && !given.has(spec.flag)).map(spec => spec.flag);
	if (missing.length > 0) {
		throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
	}
}

/**
 * After the AWS CLI's own line, which scripts may match: ` (--nmae: did you mean --name?)` for each
 * unknown `--word` near an option; nothing when none is near, so that line stays the AWS CLI's.
 */
function suggestions(unknown: readonly string[], table: readonly OptionSpec[]): string {
	const flags = table.map(spec => spec.flag);
	const lines = unknown
		.filter(word => word.startsWith('--'))
		.map(word => {
			const flag = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
			const suggestion = didYouMean(flag, flags);
			return suggestion ? `${flag}: ${suggestion}` : undefined;
		})
		.filter(line => line !== undefined);
	return lines.length === 0 ? '' : ` (${lines.join(' ')})`;
}

function option(flag: string): OptionSpec {
	return createStageOptions.find(candidate => candidate.flag === flag)!;
}

/** What each option given holds: words for parameters, typed values for the rest. */
type OptionValues = Map<OptionSpec, unknown>;

/**
 * Each option's typed value, the last occurrence counting. An option and its --no- twin (--x and
 * --no-x, --cli-auto-prompt and --no-cli-auto-prompt) are one setting, so either one given sets
 * both specs to whichever came last. The words were split already (group-argv.ts); this was
 * once a commander Command built from the whole table on every start, for what is a loop.
 */
function typedValues(occurrences: readonly ArgvOccurrence[], table: readonly OptionSpec[]): OptionValues {
	const bySetting = new Map<string, unknown>();
	for (const {option, values} of occurrences) {
		bySetting.set(settingOf(option), typedValue(option, values));
	}

	const typed: OptionValues = new Map();
	for (const spec of table) {
		const setting = settingOf(spec);
		if (bySetting.has(setting) && !typed.has(spec)) {
			typed.set(spec, bySetting.get(setting));
		}
	}

	return typed;
}

/** The setting an option sets: its flag without the dashes and a leading no- (--no-verify-ssl: verify-ssl). */
function settingOf(spec: OptionSpec): string {
	return spec.flag.replace(/^--(?:no-)?/, '');
}

function typedValue(spec: OptionSpec, values: readonly string[]): unknown {
	switch (spec.kind) {
		case 'flag': {
			return !spec.flag.startsWith('--no-');
		}

		case 'list': {
			return [...values];
		}

		case 'optional-value': {
			const value = values[0] ?? spec.constValue;
			return value === undefined ? true : checkChoice(spec, value);
		}

		case 'value': {
			const value = values[0] ?? '';
			if (spec.typeName === 'int') {
				return parseSeconds(spec, value);
			}

			if (spec.typeName === 'count') {
				return parseCount(value, spec.flag);
			}

			return spec.choices ? checkChoice(spec, value) : value;
		}
	}
}

function checkChoice(spec: OptionSpec, value: string): string {
	if (spec.choices && !spec.choices.includes(value)) {
		throw new UsageError(`argument ${spec.flag}: Invalid choice ${pythonRepr(value)}, valid choices are: ${spec.choices.join(', ')}`);
	}

	return value;
}

/** argparse's int, limited to what a timeout can be: whole seconds, 0 for none. */
function parseSeconds(spec: OptionSpec, value: string): number {
	const trimmed = value.trim();
	if (!/^\+?\d+$/.test(trimmed)) {
		throw new UsageError(`argument ${spec.flag}: expected whole seconds, 0 or more (0 waits forever), received: ${pythonRepr(value)}`);
	}

	return Number(trimmed);
}

function globalsFrom(values: OptionValues): GlobalOptions {
	const globals: Record<string, unknown> = {...defaultGlobalOptions};
	for (const [spec, value] of values) {
		if (spec.target.kind !== 'global') {
			continue;
		}

		// --no-* flags arrive negated: --no-verify-ssl as verifySsl false.
		globals[spec.target.field] = value;
	}

	return globals as GlobalOptions;
}

function ownFrom(values: OptionValues): Record<string, unknown> {
	const own: Record<string, unknown> = {};
	for (const [spec, value] of values) {
		if (spec.target.kind === 'own') {
			own[spec.target.field] = value;
		}
	}

	return own;
}
