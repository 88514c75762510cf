// `ivs-stage-wizard presets list | show | save | delete | rename | export | import`. Each
// subcommand is a small function over the store; errors are values until runPresetsCommand, which
// turns them into one line and the AWS CLI's exit code (252 usage, 253 config, 130 interrupted).
import fs from 'node:fs';
import {PassThrough} from 'node:stream';
import {isDeepStrictEqual} from 'node:util';
import type {GlobalOptions} from '../args/options.js';
import {CliError, InterruptedError, UsageError, exitCodes} from '../errors.js';
import {writeAll} from '../write-all.js';
import {buildPresetExport, parsePresetExport, serializePresetExport} from './export-format.js';
import {expandNamePlaceholders} from './placeholders.js';
import {assertPresetName, describeExistingNames, PresetExistsError} from './preset-name.js';
import {formatPresetsOutput, presetsOutputFormats, type PresetsOutputFormat, type PresetsOutputOptions} from './presets-output.js';
import {openPresetStore, presetRequestProblems, type Preset, type PresetDefaults, type PresetStore} from './store.js';
import {FileTooLargeError, formatBytes, kindOf, NotRegularFileError, readRegularFileSync, readStreamLimited} from '../read-regular-file.js';
import {configFileByteLimit} from './config-file.js';
import {errorText} from '../error-text.js';
import {neutraliseControlCharacters} from '../output/control-characters.js';

export type PresetsIo = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	stdin: NodeJS.ReadableStream;
	env: NodeJS.ProcessEnv;
	/** A terminal on stdin and stdout: delete may ask, list and show default to a table. */
	isTerminal?: boolean;
	/** Tests fix the clock. */
	now?: () => Date;
};

export const presetsUsage = [
	'usage: ivs-stage-wizard presets list [--output json|yaml|table|text]',
	'       ivs-stage-wizard presets show NAME [--output json|yaml|table|text]',
	'       ivs-stage-wizard presets save NAME [--description TEXT] [--force] [create-stage options]',
	'       ivs-stage-wizard presets delete NAME [--yes]',
	'       ivs-stage-wizard presets rename OLD NEW',
	'       ivs-stage-wizard presets export [NAME ...] [--file FILE]',
	'       ivs-stage-wizard presets import FILE [--force]',
].join('\n');

type Context = {io: PresetsIo; store: () => PresetStore; write: (text: string) => Promise<void>; now: () => Date};

export async function runPresetsCommand(argv: string[], io: PresetsIo = defaultIo()): Promise<number> {
	const now = io.now ?? (() => new Date());
	let store: PresetStore | undefined;
	let printed = 0;
	const flushNotices = async () => {
		for (const notice of store?.notices.slice(printed) ?? []) {
			await writeAll(io.stderr, `${neutraliseControlCharacters(notice)}\n`);
			printed++;
		}
	};

	const context: Context = {
		io,
		now,
		store() {
			store ??= openPresetStore({env: io.env, now});
			return store;
		},
		async write(text) {
			// Notices (a file moved aside) come before the output they may explain.
			await flushNotices();
			await writeAll(io.stdout, text);
		},
	};

	const [subcommand, ...rest] = argv;
	try {
		const code = await dispatch(subcommand, rest, context);
		await flushNotices();
		return code;
	} catch (error) {
		await flushNotices().catch(() => undefined);
		return report(error, io);
	}
}

async function dispatch(subcommand: string | undefined, argv: string[], context: Context): Promise<number> {
	switch (subcommand) {
		case 'list': {
			return list(argv, context);
		}

		case 'show': {
			return show(argv, context);
		}

		case 'save': {
			return save(argv, context);
		}

		case 'delete': {
			return remove(argv, context);
		}

		case 'rename': {
			return rename(argv, context);
		}

		case 'export': {
			return exportPresets(argv, context);
		}

		case 'import': {
			return importPresets(argv, context);
		}

		case 'help':
		case '--help':
		case '-h': {
			await context.write(`${presetsUsage}\n`);
			return exitCodes.ok;
		}

		case undefined: {
			throw new UsageError([`presets needs a subcommand.`, ...presetsUsage.replace(/\n$/, '').split('\n')]);
		}

		default: {
			throw new UsageError(`Unknown presets subcommand "${subcommand}": use list, show, save, delete, rename, export or import.`);
		}
	}
}

async function list(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, outputFlags, 'list');
	expectPositionals(args, 0, 0, 'presets list takes no names');
	const presets = context.store().listPresets();
	const data = {presets: presets.map(preset => summary(preset))};
	await context.write(formatPresetsOutput(data, outputOptions(args, context, 'Presets')));
	return exitCodes.ok;
}

async function show(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, outputFlags, 'show');
	const [name] = expectPositionals(args, 1, 1, 'presets show needs one preset name: ivs-stage-wizard presets show NAME');
	const preset = context.store().requirePreset(name!);
	await context.write(formatPresetsOutput(preset, outputOptions(args, context, 'Preset')));
	return exitCodes.ok;
}

/** What `list` prints per preset: enough to pick one; `show` has the whole request. */
function summary(preset: Preset): Record<string, unknown> {
	return {
		name: preset.name,
		...(preset.description === undefined ? {} : {description: preset.description}),
		...(preset.request.name === undefined ? {} : {stageName: preset.request.name}),
		participants: preset.request.participantTokenConfigurations?.length ?? 0,
		...preset.defaults,
		updatedAt: preset.updatedAt,
	};
}

async function save(argv: string[], context: Context): Promise<number> {
	const [name, ...options] = argv;
	if (name === undefined || name.startsWith('-')) {
		throw new UsageError('presets save needs the preset name first: ivs-stage-wizard presets save NAME [create-stage options]');
	}

	assertPresetName(name);
	// Our own two options are taken out; the rest are create-stage's, parsed by its own parser.
	const own = takeOwnOptions(options, {'--description': 'value', '--force': 'flag'});
	// Loaded here only: list, show and the rest need no create-stage parsing.
	const [{parseCreateStageArgv}, {mergeRequests}, {createStageOptions, defaultGlobalOptions}] = await Promise.all([
		import('../args/parse-argv.js'),
		import('../args/cli-input.js'),
		import('../args/options.js'),
	]);
	const parsed = parseCreateStageArgv(own.rest, {env: context.io.env});
	const {globals} = parsed;
	if (globals.help) {
		await context.write(`${presetsUsage}\n`);
		return exitCodes.ok;
	}

	const findFlag = (field: string) =>
		createStageOptions.find(option => option.target.kind === 'global' && option.target.field === field && option.flag.startsWith('--no-') === (defaultGlobalOptions[field as keyof GlobalOptions] === true))?.flag ?? field;
	const kept = keptDefaults(globals, {defaultGlobalOptions, findFlag});
	const store = context.store();
	// `--preset OTHER` starts from another preset: preset < --cli-input-json/yaml < options.
	const base = globals.preset === undefined ? undefined : store.requirePreset(globals.preset);
	const request = mergeRequests(base?.request, parsed.request);
	const defaults: PresetDefaults = {...base?.defaults, ...kept};
	const problems = presetRequestProblems(request);
	if (problems.length > 0) {
		throw new UsageError(problems.map(line => `preset "${name}": ${line}`));
	}

	const description = own.values['--description'] ?? base?.description;
	try {
		store.savePreset({name, ...(description === undefined ? {} : {description}), request, defaults}, {overwrite: own.flags.has('--force')});
	} catch (error) {
		if (error instanceof PresetExistsError) {
			throw new UsageError(`${error.message} Use --force to replace it.`);
		}

		throw error;
	}

	const stageName = request.name;
	const example = stageName?.includes('{') ? `, e.g. ${expandNamePlaceholders(stageName, {now: context.now()})}` : '';
	const stage = stageName === undefined ? '' : ` (stage name ${stageName}${example})`;
	await context.write(`Saved preset "${name}"${stage}.\n`);
	return exitCodes.ok;
}

/** Settings that do not change what is saved; they are accepted and have no effect here. */
const harmlessGlobals = new Set(['debug', 'color', 'pager', 'paginate', 'plain', 'revealTokens', 'autoPrompt', 'binaryFormat', 'version', 'help']);

/**
 * A preset keeps the request and, as defaults, --region, --profile and --output. Any other setting
 * given would silently not be kept, so it is refused instead.
 */
function keptDefaults(globals: GlobalOptions, options: {defaultGlobalOptions: Readonly<GlobalOptions>; findFlag: (field: string) => string}): PresetDefaults {
	for (const [field, value] of Object.entries(globals)) {
		if (field === 'region' || field === 'profile' || field === 'output' || field === 'preset' || harmlessGlobals.has(field)) {
			continue;
		}

		if (!isDeepStrictEqual(value, options.defaultGlobalOptions[field as keyof GlobalOptions])) {
			throw new UsageError(`${options.findFlag(field)} is not kept in a preset (a preset keeps the request, and --region, --profile and --output as defaults).`);
		}
	}

	const defaults: PresetDefaults = {};
	for (const field of ['region', 'profile', 'output'] as const) {
		const value = globals[field];
		if (typeof value === 'string') {
			defaults[field] = value;
		}
	}

	return defaults;
}

async function remove(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, {'--yes': 'flag', '-y': 'flag'}, 'delete');
	const [name] = expectPositionals(args, 1, 1, 'presets delete needs one preset name: ivs-stage-wizard presets delete NAME [--yes]');
	const store = context.store();
	store.requirePreset(name!);
	if (!args.flags.has('--yes') && !args.flags.has('-y')) {
		if (!context.io.isTerminal) {
			throw new UsageError(`Deleting preset "${name}" needs --yes when not run in a terminal.`);
		}

		if (!(await confirm(`Delete preset "${name}"?`, context.io))) {
			await context.write(`Kept preset "${name}".\n`);
			return exitCodes.ok;
		}
	}

	store.deletePreset(name!);
	await context.write(`Deleted preset "${name}".\n`);
	return exitCodes.ok;
}

async function confirm(message: string, io: PresetsIo): Promise<boolean> {
	// Loaded only here: the prompt library is for a person at a terminal, never for scripts.
	const prompts = await import('../prompt-library.js');
	// The prompt ends its output stream when done; a view of stdout that does not pass the end on
	// keeps stdout open for the line after the answer (Node spares process.stdout, not other streams).
	const output = new PassThrough();
	output.pipe(io.stdout, {end: false});
	const target = io.stdout as Partial<NodeJS.WriteStream>;
	Object.defineProperties(output, {isTTY: {get: () => target.isTTY}, columns: {get: () => target.columns}});
	// A prompt whose input ends (the terminal closed) would otherwise wait until the process exits.
	const closed = new AbortController();
	const onEnd = () => {
		closed.abort();
	};

	io.stdin.once('end', onEnd);
	if ((io.stdin as Partial<NodeJS.ReadStream>).readableEnded) {
		closed.abort();
	}

	try {
		return await prompts.confirm({message, default: false}, {input: io.stdin, output, signal: closed.signal});
	} catch (error) {
		// Ctrl+C, or no one left to answer: nothing was deleted, and the exit code says why.
		if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
			throw new InterruptedError();
		}

		throw error;
	} finally {
		io.stdin.off('end', onEnd);
		output.unpipe(io.stdout);
	}
}

async function rename(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, {}, 'rename');
	const [from, to] = expectPositionals(args, 2, 2, 'presets rename needs the old and the new name: ivs-stage-wizard presets rename OLD NEW');
	try {
		context.store().renamePreset(from!, to!);
	} catch (error) {
		if (error instanceof PresetExistsError) {
			throw new UsageError(`${error.message} Delete it first, or pick another name.`);
		}

		throw error;
	}

	await context.write(`Renamed preset "${from}" to "${to}".\n`);
	return exitCodes.ok;
}

async function exportPresets(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, {'--file': 'value'}, 'export');
	const store = context.store();
	const all = store.listPresets();
	const names = args.positionals;
	const missing = names.filter(name => !all.some(preset => preset.name === name));
	if (missing.length > 0) {
		const what = missing.length === 1 ? `No preset named "${missing[0]}".` : `No presets named ${missing.map(name => `"${name}"`).join(', ')}.`;
		throw new UsageError(`${what} ${describeExistingNames(all.map(({name}) => name))}`);
	}

	const chosen = names.length === 0 ? all : names.map(name => all.find(preset => preset.name === name)!);
	const text = serializePresetExport(buildPresetExport(chosen, context.now()));
	const file = args.values['--file'];
	if (file === undefined || file === '-') {
		await context.write(text);
		return exitCodes.ok;
	}

	refuseSpecialTarget(file);
	try {
		fs.writeFileSync(file, text);
	} catch (error) {
		throw new UsageError(`Cannot write ${file}: ${(error as Error).message}`);
	}

	await context.write(`Exported ${plural(chosen.length, 'preset')} to ${file}.\n`);
	return exitCodes.ok;
}

async function importPresets(argv: string[], context: Context): Promise<number> {
	const args = parseArgs(argv, {'--force': 'flag'}, 'import');
	const [file] = expectPositionals(args, 1, 1, 'presets import needs one file: ivs-stage-wizard presets import FILE [--force] (FILE may be - for stdin)');
	const text = file === '-' ? await readStdin(context.io.stdin) : readFile(file!);
	const source = file === '-' ? 'stdin' : file!;
	const {presets, problems} = parsePresetExport(text, source);
	if (problems.length > 0) {
		// One line per problem, naming the preset and the field; nothing is imported.
		throw new UsageError(problems);
	}

	const store = context.store();
	const existing = new Set(store.listPresets().map(({name}) => name));
	const taken = presets.filter(({name}) => existing.has(name)).map(({name}) => name);
	if (taken.length > 0 && !args.flags.has('--force')) {
		throw new UsageError(
			`${taken.length === 1 ? 'A preset' : 'Presets'} named ${taken.map(name => `"${name}"`).join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was imported. Use --force to replace ${taken.length === 1 ? 'it' : 'them'}.`,
		);
	}

	store.savePresets(presets, {overwrite: true});
	const names = presets.map(({name}) => name).join(', ');
	await context.write(`Imported ${plural(presets.length, 'preset')}${presets.length > 0 ? `: ${names}` : ''}.\n`);
	return exitCodes.ok;
}

// Arguments

type FlagKind = 'value' | 'flag';
type ParsedArgs = {positionals: string[]; values: Record<string, string>; flags: Set<string>};

const outputFlags: Record<string, FlagKind> = {'--output': 'value', '--query': 'value', '--color': 'value'};

function parseArgs(argv: string[], spec: Record<string, FlagKind>, subcommand: string): ParsedArgs {
	const parsed: ParsedArgs = {positionals: [], values: {}, flags: new Set()};
	for (let index = 0; index < argv.length; index++) {
		const word = argv[index]!;
		if (word === '-' || !word.startsWith('-')) {
			parsed.positionals.push(word);
			continue;
		}

		const [flag, inline] = splitFlag(word);
		const kind = spec[flag];
		if (kind === undefined) {
			const known = Object.keys(spec);
			throw new UsageError(`Unknown option ${flag} for presets ${subcommand}${known.length > 0 ? ` (it takes ${known.join(', ')})` : ''}.`);
		}

		if (kind === 'flag') {
			if (inline !== undefined) {
				throw new UsageError(`${flag} takes no value.`);
			}

			parsed.flags.add(flag);
			continue;
		}

		const value = inline ?? argv[++index];
		if (value === undefined) {
			throw new UsageError(`${flag} needs a value.`);
		}

		parsed.values[flag] = value;
	}

	return parsed;
}

/** Takes our own options out of a create-stage command line, leaving the rest in order. */
function takeOwnOptions(argv: string[], spec: Record<string, FlagKind>): ParsedArgs & {rest: string[]} {
	const taken: ParsedArgs & {rest: string[]} = {positionals: [], values: {}, flags: new Set(), rest: []};
	for (let index = 0; index < argv.length; index++) {
		const word = argv[index]!;
		const [flag, inline] = splitFlag(word);
		const kind = word.startsWith('--') ? spec[flag] : undefined;
		if (kind === undefined) {
			taken.rest.push(word);
		} else if (kind === 'flag') {
			taken.flags.add(flag);
		} else {
			const value = inline ?? argv[++index];
			if (value === undefined) {
				throw new UsageError(`${flag} needs a value.`);
			}

			taken.values[flag] = value;
		}
	}

	return taken;
}

function splitFlag(word: string): [string, string | undefined] {
	const equals = word.indexOf('=');
	return equals === -1 ? [word, undefined] : [word.slice(0, equals), word.slice(equals + 1)];
}

function expectPositionals(args: ParsedArgs, min: number, max: number, message: string): string[] {
	if (args.positionals.length < min || args.positionals.length > max) {
		throw new UsageError(message);
	}

	return args.positionals;
}

function outputOptions(args: ParsedArgs, context: Context, title: string): PresetsOutputOptions {
	const output = args.values['--output'] ?? (context.io.isTerminal ? 'table' : 'json');
	if (!(presetsOutputFormats as readonly string[]).includes(output)) {
		throw new UsageError(`--output ${output} is not available here: use ${presetsOutputFormats.join(', ')}.`);
	}

	const color = args.values['--color'] ?? 'auto';
	if (!['on', 'off', 'auto'].includes(color)) {
		throw new UsageError(`--color ${color} is not available: use on, off or auto.`);
	}

	return {
		format: output as PresetsOutputFormat,
		query: args.values['--query'],
		color: color === 'on' || (color === 'auto' && Boolean(context.io.isTerminal)),
		terminalWidth: (context.io.isTerminal ? (context.io.stdout as Partial<NodeJS.WriteStream>).columns : undefined) ?? 80,
		title,
		terminal: Boolean(context.io.isTerminal),
	};
}

// Edges

/** As much as an export file may hold: the config file's own limit. Stdin (`-`) is for pipes. */
function readFile(file: string): string {
	try {
		return readRegularFileSync(file, configFileByteLimit).toString('utf8');
	} catch (error) {
		if (error instanceof NotRegularFileError) {
			throw new UsageError(`Cannot read ${file}: it is a ${error.kind}, not a regular file; to import from a pipe, give - and pipe it to stdin`);
		}

		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot read ${file}: it is larger than ${formatBytes(configFileByteLimit)}`);
		}

		throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
	}
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
	try {
		return (await readStreamLimited(stream, configFileByteLimit, 'stdin')).toString('utf8');
	} catch (error) {
		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot read stdin: it holds more than ${formatBytes(configFileByteLimit)}`);
		}

		throw error;
	}
}

/** Writing into a FIFO or socket blocks until something reads it; a directory cannot be written. */
function refuseSpecialTarget(file: string): void {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch {
		return;
	}

	const kind = kindOf(stat);
	if (kind === 'FIFO' || kind === 'socket' || kind === 'directory') {
		throw new UsageError(`Cannot write ${file}: it is a ${kind}, not a regular file; give - to write to stdout`);
	}
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

async function report(error: unknown, io: PresetsIo): Promise<number> {
	// Never a stack trace: one line per problem, control characters escaped, exit 255 if unexpected.
	await writeAll(io.stderr, errorText(error, {terminal: false}));
	return error instanceof CliError ? error.exitCode : exitCodes.other;
}

function defaultIo(): PresetsIo {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		isTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
	};
}
