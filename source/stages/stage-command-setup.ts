// What `stages` and `watch` share before they call IVS: their words read by create-stage's parser
// (so --region, --profile, --endpoint-url, --output, --query, --color, --plain, --sandbox and the
// rest mean what they mean there), the options that make no sense here refused by name, and the
// connection settled and checked as the drop-in path checks it, before anything is sent.
import {groupArgv} from '../args/group-argv.js';
import {createStageOptions, type GlobalOptions, type OptionSpec} from '../args/options.js';
import {parseCreateStageArgv} from '../args/parse-argv.js';
import {checkConnection} from '../cli/check-connection.js';
import type {CliIo} from '../cli/io.js';
import {loadProfileCliSettings} from '../cli/profile-config.js';
import {clientSettingsFor, startSandbox, type Sandbox} from '../cli/destination.js';
import {refuseBeforeSending} from '../cli/stage-request.js';
import {didYouMean} from '../basics/did-you-mean.js';
import {UsageError} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {assertProfileExists} from '../ivs/profiles.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';

/** The global options these commands take: where the calls go, how they are sent, how output looks. */
const acceptedGlobals = new Set<keyof GlobalOptions>([
	'debug', 'endpointUrl', 'verifySsl', 'profile', 'region', 'caBundle', 'readTimeoutSeconds', 'connectTimeoutSeconds', 'signRequest',
	'color', 'paginate', 'pager', 'sandbox', 'help', 'output', 'query', 'plain', 'revealTokens', 'autoPrompt',
]);

export type StageCommandSetup = {
	globals: GlobalOptions;
	/** The words that are no option (watch's ARN or NAME). */
	operands: string[];
	settings: ClientSettings;
	sandbox: Sandbox | undefined;
};

/** Reads the words; undefined when they ask for help (the caller prints its usage). */
export function readStageCommandWords(name: string, words: readonly string[]): {globals: GlobalOptions; operands: string[]} | undefined {
	if (words[0] === 'help' || words.includes('--help') || words.includes('-h')) {
		return undefined;
	}

	// A word that is no option and follows none that takes a value is an operand (watch's stage).
	const grouped = groupArgv(words, createStageOptions);
	const unknownOption = grouped.unknown.find(word => word.startsWith('-'));
	if (unknownOption !== undefined) {
		throw unknownOptionError(name, unknownOption);
	}

	const operands = grouped.unknown.filter(word => !word.startsWith('-'));
	const options = words.filter(word => !operands.includes(word));
	const refused = grouped.occurrences.filter(({option}) => option.target.kind !== 'global' || !acceptedGlobals.has(option.target.field));
	if (refused.length > 0) {
		const flags = [...new Set(refused.map(({option}) => option.flag))];
		throw new UsageError(`${name} does not take ${flags.join(', ')}: it reads the region's stages (its options: --region, --profile, --endpoint-url, --output, --query, --color, --plain, --sandbox)`);
	}

	const {globals} = parseCreateStageArgv(options);
	return {globals, operands};
}

/** The options `stages` and `watch` take: create-stage's global ones they accept (shell completion offers these). */
export function stageCommandOptions(): OptionSpec[] {
	return createStageOptions.filter(option => option.target.kind === 'global' && acceptedGlobals.has(option.target.field));
}

/**
 * An option neither command knows, worded as every commander command words it (`Unknown option
 * --regoin for token: did you mean --region?`), the suggestion taken from the options these
 * commands accept, never from create-stage's they refuse.
 */
function unknownOptionError(name: string, word: string): UsageError {
	const flag = neutraliseControlCharacters(word.includes('=') ? word.slice(0, word.indexOf('=')) : word).slice(0, 64);
	const accepted = stageCommandOptions().map(option => option.flag);
	const suggestion = didYouMean(flag, [...accepted, '--help']);
	return new UsageError(`Unknown option ${flag} for ${name}: ${suggestion ?? `ivs-stage-wizard ${name} --help lists its options`}`);
}

/** The connection, checked; with --sandbox, a fresh emulator in this process (the caller closes it). */
export async function stageCommandSettings(globals: GlobalOptions, io: CliIo): Promise<{settings: ClientSettings; sandbox: Sandbox | undefined}> {
	await refuseBeforeSending(globals);
	const resolved = clientSettingsFor(globals, {}, io);
	if (globals.sandbox) {
		const sandbox = await startSandbox(resolved, io);
		return {settings: sandbox.settings, sandbox};
	}

	if (resolved.profile && resolved.signRequest && !resolved.credentials) {
		await assertProfileExists(resolved.profile, io.env);
	}

	const profile = await loadProfileCliSettings(globals.profile ?? resolved.profile, io.env);
	return {settings: checkConnection(resolved, profile, io.env), sandbox: undefined};
}
