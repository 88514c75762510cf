// Every option `ivs-stage-wizard` takes: CreateStage's parameters (read from the API model, so a
// new member becomes a new option), the AWS CLI v2 global options of the create-stage page, the
// cli-input and skeleton options the AWS CLI adds to each operation, and this project's own.
// The parser, the readme and the wizard (which shows the equivalent `aws` command) share it.
import {getOperation, getShape, getStructure, plainDocumentation} from '../model/service-model.js';
import {outputFormats, type OutputFormat} from '../output/output-formats.js';

export const colorModes = ['on', 'off', 'auto'] as const;
export type ColorMode = (typeof colorModes)[number];
export const binaryFormats = ['base64', 'raw-in-base64-out'] as const;
export type BinaryFormat = (typeof binaryFormats)[number];
// In the order argparse lists them in its error message.
export const skeletonKinds = ['input', 'output', 'yaml-input'] as const;
export type SkeletonKind = (typeof skeletonKinds)[number];

/** The command line's settings other than the request, as typed values. */
export type GlobalOptions = {
	/** Undefined unless --output was given; config and environment decide then. */
	output: OutputFormat | undefined;
	query: string | undefined;
	region: string | undefined;
	profile: string | undefined;
	endpointUrl: string | undefined;
	/** False with --no-verify-ssl. */
	verifySsl: boolean;
	caBundle: string | undefined;
	/** Seconds; 0 means no timeout. */
	readTimeoutSeconds: number;
	connectTimeoutSeconds: number;
	/** False with --no-sign-request. */
	signRequest: boolean;
	debug: boolean;
	color: ColorMode;
	/** False with --no-paginate. */
	paginate: boolean;
	/** False with --no-cli-pager. */
	pager: boolean;
	binaryFormat: BinaryFormat | undefined;
	/** True with --cli-auto-prompt, false with --no-cli-auto-prompt, undefined with neither. */
	autoPrompt: boolean | undefined;
	generateSkeleton?: SkeletonKind;
	version: boolean;
	/** `help` as a word, as in `aws ivs-realtime create-stage help`, or --help. */
	help: boolean;
	sandbox: boolean;
	preset: string | undefined;
	savePreset: string | undefined;
	/** --force: --save-preset may replace a preset of the same name (`presets save` too). */
	force: boolean;
	plain: boolean;
	revealTokens: boolean;
	/** --count N: a batch of N stages (1–100); undefined: one stage, printed as the AWS CLI does. */
	count: number | undefined;
	/** False with --no-quota-check: a batch is not refused beforehand for the stages already there. */
	quotaCheck: boolean;
};

export const defaultTimeoutSeconds = 60;

export const defaultGlobalOptions: Readonly<GlobalOptions> = {
	output: undefined,
	query: undefined,
	region: undefined,
	profile: undefined,
	endpointUrl: undefined,
	verifySsl: true,
	caBundle: undefined,
	readTimeoutSeconds: defaultTimeoutSeconds,
	connectTimeoutSeconds: defaultTimeoutSeconds,
	signRequest: true,
	debug: false,
	color: 'auto',
	paginate: true,
	pager: true,
	binaryFormat: undefined,
	autoPrompt: undefined,
	version: false,
	help: false,
	sandbox: false,
	preset: undefined,
	savePreset: undefined,
	force: false,
	plain: false,
	revealTokens: false,
	count: undefined,
	quotaCheck: true,
};

/**
 * flag: no value (argparse store_true/store_false); value: exactly one word; list: any number of
 * words up to the next option (the AWS CLI's nargs='*' for list parameters); optional-value: one
 * word if the next one is not an option, else `const`.
 */
export type OptionKind = 'flag' | 'value' | 'list' | 'optional-value';

/**
 * What the option sets: a request member, a cli-input source, a GlobalOptions field, or a field of
 * the command's own (`presets save --description`: a command that takes create-stage's options
 * adds its own to the same table, so argparse's rules apply to every word of its command line).
 */
export type OptionTarget =
	| {kind: 'parameter'; member: string; shapeName: string; /** A boolean member's flag: what giving it sets. */ flagValue?: boolean}
	| {kind: 'cli-input'; format: 'json' | 'yaml'}
	| {kind: 'global'; field: keyof GlobalOptions; /** For a flag: what giving it sets (--no-verify-ssl sets false). */ value?: boolean}
	| {kind: 'own'; field: string};

export type OptionSpec = {
	/** The long option as typed: `--participant-token-configurations`. */
	flag: `--${string}`;
	kind: OptionKind;
	/**
	 * The AWS CLI parses global options first and the operation's afterwards; an abbreviation
	 * (`--reg`) is resolved within one pass, so this decides what `--p` means.
	 */
	stage: 'global' | 'operation';
	/** Where it comes from, for the readme and help: the API, the AWS CLI, or this project. */
	origin: 'parameter' | 'aws-cli' | 'project';
	target: OptionTarget;
	/** The type the AWS CLI page shows, `(string)`, `(list)`, `(map)`. */
	typeName: string;
	valueName?: string;
	choices?: readonly string[];
	/** The value of an optional-value option given without one. */
	constValue?: string;
	/** A member the operation's input requires: argparse refuses a command line without it. */
	required?: boolean;
	description: string;
};

/** botocore's xform_name: `participantTokenConfigurations` → `participant-token-configurations`. */
export function cliName(memberName: string): string {
	return memberName
		.replaceAll(/(.)([A-Z][a-z]+)/g, '$1-$2')
		.replaceAll(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase();
}

function parameterOptions(operationName: string): OptionSpec[] {
	const inputShape = getOperation(operationName).input?.shape;
	if (!inputShape) {
		return [];
	}

	const structure = getStructure(inputShape);
	return Object.entries(structure.members).flatMap(([member, reference]): OptionSpec[] => {
		const type = getShape(reference.shape).type;
		const target = {kind: 'parameter', member, shapeName: reference.shape} as const;
		const option: OptionSpec = {
			flag: `--${cliName(member)}`,
			kind: type === 'list' ? 'list' : 'value',
			stage: 'operation',
			origin: 'parameter',
			target,
			typeName: type,
			valueName: 'value',
			...(structure.required?.includes(member) ? {required: true} : {}),
			description: plainDocumentation(reference.documentation),
		};
		if (type !== 'boolean') {
			return [option];
		}

		// The AWS CLI's BooleanArgument: a flag and its --no- twin, the last one given counting.
		const {valueName: _valueName, ...flag} = option;
		return [
			{...flag, kind: 'flag', target: {...target, flagValue: true}},
			{...flag, flag: `--no-${cliName(member)}`, kind: 'flag', target: {...target, flagValue: false}, description: ''},
		];
	});
}

function global(flag: `--${string}`, kind: OptionKind, field: keyof GlobalOptions, description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
	return {
		flag,
		kind,
		stage: 'global',
		origin: 'aws-cli',
		target: {kind: 'global', field, ...(kind === 'flag' ? {value: !flag.startsWith('--no-')} : {})},
		typeName: kind === 'flag' ? 'boolean' : 'string',
		...(kind === 'flag' ? {} : {valueName: 'value'}),
		description,
		...extra,
	};
}

function project(flag: `--${string}`, kind: OptionKind, field: keyof GlobalOptions, description: string, valueName?: string): OptionSpec {
	return {
		flag,
		kind,
		stage: 'operation',
		origin: 'project',
		target: {kind: 'global', field, ...(kind === 'flag' ? {value: true} : {})},
		typeName: kind === 'flag' ? 'boolean' : 'string',
		...(valueName ? {valueName} : {}),
		description,
	};
}

/**
 * An option of a command's own beside create-stage's (`presets save --description`): parsed in
 * the operation's pass after every create-stage option, so it changes what no abbreviation means.
 */
export function ownOption(flag: `--${string}`, kind: 'flag' | 'value', field: string, description: string, valueName?: string): OptionSpec {
	return {
		flag,
		kind,
		stage: 'operation',
		origin: 'project',
		target: {kind: 'own', field},
		typeName: kind === 'flag' ? 'boolean' : 'string',
		...(valueName ? {valueName} : {}),
		description,
	};
}

/** In the AWS CLI's order: its argparse lists ambiguous matches in this order. */
export const globalOptions: readonly OptionSpec[] = [
	global('--debug', 'flag', 'debug', 'Turn on debug logging.'),
	global('--endpoint-url', 'value', 'endpointUrl', 'Override command\'s default URL with the given URL.'),
	global('--no-verify-ssl', 'flag', 'verifySsl', 'By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates.'),
	global('--no-paginate', 'flag', 'paginate', 'Disable automatic pagination.'),
	global('--output', 'value', 'output', 'The formatting style for command output.', {choices: outputFormats}),
	global('--query', 'value', 'query', 'A JMESPath query to use in filtering the response data.'),
	global('--profile', 'value', 'profile', 'Use a specific profile from your credential file.'),
	global('--region', 'value', 'region', 'The region to use. Overrides config/env settings.'),
	global('--version', 'flag', 'version', 'Display the version of this tool.'),
	global('--color', 'value', 'color', 'Turn on/off color output.', {choices: colorModes}),
	global('--no-sign-request', 'flag', 'signRequest', 'Do not sign requests. Credentials will not be loaded if this argument is provided.'),
	global('--ca-bundle', 'value', 'caBundle', 'The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.'),
	global('--cli-read-timeout', 'value', 'readTimeoutSeconds', 'The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.', {typeName: 'int'}),
	global('--cli-connect-timeout', 'value', 'connectTimeoutSeconds', 'The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.', {typeName: 'int'}),
	global('--cli-binary-format', 'value', 'binaryFormat', 'The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally.', {choices: binaryFormats}),
	global('--no-cli-pager', 'flag', 'pager', 'Disable cli pager for output.'),
	global('--cli-auto-prompt', 'flag', 'autoPrompt', 'Automatically prompt for CLI input parameters.'),
	global('--no-cli-auto-prompt', 'flag', 'autoPrompt', 'Disable automatically prompt for CLI input parameters.'),
];

/** What the AWS CLI adds to every operation, after the parameters. */
const inputOptions: readonly OptionSpec[] = [
	{
		flag: '--cli-input-json',
		kind: 'value',
		stage: 'operation',
		origin: 'aws-cli',
		target: {kind: 'cli-input', format: 'json'},
		typeName: 'string',
		valueName: 'value',
		description: 'Reads arguments from the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, those values will override the JSON-provided values. This may not be specified along with --cli-input-yaml.',
	},
	{
		flag: '--cli-input-yaml',
		kind: 'value',
		stage: 'operation',
		origin: 'aws-cli',
		target: {kind: 'cli-input', format: 'yaml'},
		typeName: 'string',
		valueName: 'value',
		description: 'Reads arguments from the YAML string provided. The YAML string follows the format provided by --generate-cli-skeleton yaml-input. If other arguments are provided on the command line, those values will override the YAML-provided values. This may not be specified along with --cli-input-json.',
	},
	{
		flag: '--generate-cli-skeleton',
		kind: 'optional-value',
		stage: 'operation',
		origin: 'aws-cli',
		target: {kind: 'global', field: 'generateSkeleton'},
		typeName: 'string',
		valueName: 'value',
		choices: skeletonKinds,
		constValue: 'input',
		description: 'Prints a JSON skeleton to standard output without sending an API request. With no value or input, a sample input JSON for --cli-input-json; with yaml-input, a sample input YAML for --cli-input-yaml; with output, validates the command inputs and prints a sample output JSON.',
	},
];

/** This project's own options; parsed after the AWS CLI's, so no abbreviation changes meaning. */
export const projectOptions: readonly OptionSpec[] = [
	project('--sandbox', 'flag', 'sandbox', 'Send the request to a local IVS Real-Time emulator instead of AWS.'),
	project('--preset', 'value', 'preset', 'Start from the saved preset NAME (options and --cli-input-* override its fields).', 'NAME'),
	project('--save-preset', 'value', 'savePreset', 'Save the resulting request as the preset NAME.', 'NAME'),
	project('--force', 'flag', 'force', 'With --save-preset: replace a preset of the same name.'),
	project('--plain', 'flag', 'plain', 'Ask with plain line prompts instead of the full-screen wizard.'),
	project('--reveal-tokens', 'flag', 'revealTokens', 'Show participant tokens in full instead of masked.'),
	{...project('--count', 'value', 'count', 'Create N stages (1-100) from the request, paced inside the CreateStage rate; {n} in the name numbers them. The output is {"results": [each response, in order]}.', 'N'), typeName: 'count'},
	{...project('--no-quota-check', 'flag', 'quotaCheck', 'With --count: create even when ListStages shows the batch cannot fit in the region\'s stage quota (it stops at the quota).'), target: {kind: 'global', field: 'quotaCheck', value: false}},
	project('--help', 'flag', 'help', 'Show the options.'),
];

export const createStageParameterOptions: readonly OptionSpec[] = parameterOptions('CreateStage');

/** Every option, in the order the AWS CLI's create-stage page lists them, then this project's. */
export const createStageOptions: readonly OptionSpec[] = [
	...createStageParameterOptions,
	...inputOptions,
	...globalOptions,
	...projectOptions,
];

const helpOption = projectOptions.find(option => option.flag === '--help')!;
const operationTables = new Map<string, readonly OptionSpec[]>();

/**
 * Every option of an AWS CLI drop-in (`get-stage`): the operation's parameters, then what the AWS
 * CLI adds to each operation and its global options, then --help. CreateStage keeps its own table
 * (createStageOptions), which adds this project's options.
 */
export function operationOptions(operationName: string): readonly OptionSpec[] {
	let table = operationTables.get(operationName);
	if (!table) {
		table = [...parameterOptions(operationName), ...inputOptions, ...globalOptions, helpOption];
		operationTables.set(operationName, table);
	}

	return table;
}

export function findOption(flag: string): OptionSpec | undefined {
	return createStageOptions.find(option => option.flag === flag);
}

/** The option that sets a request member: `participantTokenConfigurations` → its spec. */
export function parameterOption(member: string): OptionSpec | undefined {
	return createStageParameterOptions.find(option => option.target.kind === 'parameter' && option.target.member === member);
}
