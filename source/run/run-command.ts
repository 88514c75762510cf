// `ivs-stage-wizard run [create-stage options | --preset NAME] [--keep] -- CMD [ARGS...]`: the words
// before `--` are create-stage's (one parser, argparse's rules) plus --keep; the words after it are
// the child's, untouched. Every setting is checked before anything is sent, as create-stage does:
// a refusal is one line and exit 252, and no stage exists to clean up.
import {tmpdir} from 'node:os';
import {groupArgv} from '../args/group-argv.js';
import {createStageOptions, ownOption, type GlobalOptions} from '../args/options.js';
import {parseCreateStageArgv} from '../args/parse-argv.js';
import {markPresetUsed} from '../cli/after-output.js';
import {checkBatchRequest, throwOnProblems} from '../cli/check-request.js';
import {checkConnection} from '../cli/check-connection.js';
import {type CliIo, writeAll} from '../cli/io.js';
import {loadProfileCliSettings} from '../cli/profile-config.js';
import {clientSettingsFor, startSandbox} from '../cli/destination.js';
import {openStore, refuseBeforeSending, stageRequest} from '../cli/stage-request.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {assertProfileExists} from '../ivs/profiles.js';
import {connectIvs, loadIvsModules} from '../ivs/services.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {expandRequestPlaceholders, hasCountPlaceholder} from '../stage/name-placeholders.js';
import {createStages} from './create-stages.js';
import {refuseWithoutPublisher, startRunPublisher} from './run-publisher.js';
import {parseGrace} from './parse-grace.js';
import {runAroundStages} from './run-around-stages.js';
import {thisRun, withRunTag} from './run-tag.js';
import {removeStaleResponseFolders} from '../cli/stale-response-folders.js';
import {runUsage} from './usage.js';

export const runOptions = [
	ownOption('--keep', 'flag', 'keep', 'Leave the stage in place; its ARN goes to stderr.'),
	ownOption('--grace', 'value', 'grace', 'Seconds the command has after a signal before it is killed (default 10).', 'SECONDS'),
	ownOption('--publish', 'flag', 'publish', 'Publish the test pattern as the first PUBLISH participant while the command runs.'),
];

/**
 * Global options run takes: where the request goes and how it is sent. The rest would be silently
 * ignored (nothing of ours is printed: the child owns stdout), so they are refused by name.
 */
const acceptedGlobals = new Set<keyof GlobalOptions>([
	'debug', 'endpointUrl', 'verifySsl', 'profile', 'region', 'caBundle', 'readTimeoutSeconds', 'connectTimeoutSeconds', 'signRequest',
	'color', 'paginate', 'pager', 'binaryFormat', 'sandbox', 'preset', 'help', 'count', 'quotaCheck',
]);

export type RunContext = {io: CliIo; setDebug: (debug: boolean) => void};

/**
 * The options before `--`, by create-stage's rules. Without `--`, words that are no option are most
 * likely the command itself (`run --name x echo hi`): the refusal says where it goes.
 */
function parseRunOptions(options: readonly string[], noSeparator: boolean): ReturnType<typeof parseCreateStageArgv> {
	try {
		return parseCreateStageArgv(options, {}, runOptions);
	} catch (error) {
		const unknown = error instanceof UsageError ? /^Unknown options: (.*?)\.?$/.exec(error.message)?.[1]?.split(', ') : undefined;
		if (noSeparator && unknown?.some(word => !word.startsWith('-'))) {
			throw new UsageError(`run takes the command to run after --: ivs-stage-wizard run [options] -- CMD [ARGS...] (${(error as Error).message.replace(/\.$/, '')})`);
		}

		throw error;
	}
}

export async function runCommand(words: readonly string[], {io, setDebug}: RunContext): Promise<number> {
	const split = words.indexOf('--');
	const options = split === -1 ? words : words.slice(0, split);
	const [command, ...args] = split === -1 ? [] : words.slice(split + 1);
	if (options[0] === 'help' || options.includes('--help') || options.includes('-h')) {
		await writeAll(io.stdout, runUsage);
		return exitCodes.ok;
	}

	refuseOptions(options);
	const parsed = parseRunOptions(options, split === -1);
	const {globals} = parsed;
	if (command === undefined || command === '') {
		throw new UsageError(`run needs the command to run after --: ivs-stage-wizard run [options] -- CMD [ARGS...]${split === -1 ? '' : ' (nothing came after --)'}`);
	}

	const graceMs = parseGrace(parsed.own.grace as string | undefined);
	if (parsed.own.keep === true && globals.sandbox) {
		throw new UsageError('--keep cannot keep a --sandbox stage: the sandbox\'s emulator ends with run; run `ivs-stage-wizard emulator` and give run its --endpoint-url instead');
	}

	await refuseBeforeSending(globals);
	const store = globals.preset ? await openStore(io) : undefined;
	const staged = await stageRequest(parsed, store);
	const now = io.now ?? (() => new Date());
	// Placeholders in a name typed here too ({date}, {user}): a throwaway stage is often named per
	// run. A batch's {n} is left for createBatch, which numbers each stage as it makes it.
	const userRequest = expandRequestPlaceholders(staged.request, {now: now()});
	// A preset's count makes a batch too; --count over it.
	const count = globals.count ?? staged.presetCount;
	const batch = count === undefined ? undefined : {count, quotaCheck: globals.quotaCheck, now};
	if (batch) {
		checkBatchRequest(userRequest, batch.count, now());
	} else if (hasCountPlaceholder(userRequest.name)) {
		throw new UsageError('The name holds {n}, which numbers the stages of a batch: give --count N (1-100), or take {n} out of the name');
	} else {
		throwOnProblems(userRequest);
	}

	const publish = parsed.own.publish === true;
	if (publish) {
		refuseWithoutPublisher(userRequest.participantTokenConfigurations);
	}

	// After the user's own problems are named: every stage of the batch carries run's tag too.
	const request = withRunTag(userRequest, thisRun(now(), parsed.own.keep === true));

	// What a run killed with SIGKILL left in $TMPDIR (its stage's tokens) goes before this run adds its own.
	await removeStaleResponseFolders(tmpdir());
	const resolved = clientSettingsFor(globals, staged.presetDefaults, io);
	const settings = globals.sandbox ? resolved : await checkedSettings(resolved, globals, io);
	void loadIvsModules();
	const sandbox = globals.sandbox ? await startSandbox(settings, io) : undefined;
	setDebug(globals.debug);
	const target = sandbox?.settings ?? settings;
	const api = connectIvs(target, {
		// Request and answer bodies are logged with tokens redacted (ivs/redact.ts); the service's text escaped.
		...(target.debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${neutraliseControlCharacters(line)}\n`)} : {}),
	});
	try {
		return await runAroundStages({
			api,
			async create(signal) {
				const created = await createStages(api, request, batch, {endpoint: target.endpointUrl, stderr: io.stderr, signal});
				if (!created.failure) {
					markPresetUsed(store, globals.preset);
				}

				return created;
			},
			command,
			args,
			keep: parsed.own.keep === true,
			graceMs,
			// The sandbox's emulator ends with run: nothing of it is worth printing.
			place: globals.sandbox ? {} : {region: target.region, endpointUrl: target.endpointUrl, profile: target.profile},
			// The command can reach the sandbox too: the emulator's API (credentials test/test) and its /_emulator/ routes.
			...(sandbox ? {variables: {IVS_SANDBOX_ENDPOINT_URL: sandbox.url}} : {}),
			io,
			...(io.signals ? {signals: io.signals} : {}),
			// On the first stage (a batch's first), as the variables are its.
			...(publish ? {publish: async created => startRunPublisher(created.responses[0])} : {}),
		});
	} finally {
		api.close();
		await sandbox?.close();
	}
}

/** The options that make no sense around a child (they shape output run never prints), by name. */
function refuseOptions(options: readonly string[]): void {
	const grouped = groupArgv(options, [...createStageOptions, ...runOptions]);
	// --no-cli-auto-prompt asks for what run does anyway (no prompt); scripts pass it out of habit.
	const refused = grouped.occurrences.filter(({option}) => option.target.kind === 'global' && !acceptedGlobals.has(option.target.field) && option.flag !== '--no-cli-auto-prompt');
	if (refused.length > 0) {
		const flags = [...new Set(refused.map(({option}) => option.flag))];
		throw new UsageError(`run does not take ${flags.join(', ')}: the command's output is its own, and the whole CreateStage answer is in $IVS_STAGE_RESPONSE_FILE`);
	}
}

/** As the drop-in path checks them: a missing profile or a bad region or endpoint, before sending (`publish` too). */
export async function checkedSettings(resolved: ClientSettings, globals: GlobalOptions, io: CliIo): Promise<ClientSettings> {
	if (resolved.profile && resolved.signRequest && !resolved.credentials) {
		await assertProfileExists(resolved.profile, io.env);
	}

	const profile = await loadProfileCliSettings(globals.profile ?? resolved.profile, io.env);
	return checkConnection(resolved, profile, io.env);
}
