// `ivs-stage-wizard prune`: every word checked before anything is sent (252), then the stages the
// selectors choose (findCandidates), and either a plan (--dry-run), the deletes (--yes), or in a
// terminal the plan shown and a question first. The result is printed whatever happens after the
// first call: a stop (Ctrl+C, SIGTERM) prints what was deleted and exits 130; a stage that could
// not be checked or deleted is under "failed", exit 254.
import {defaultGlobalOptions, defaultTimeoutSeconds, type GlobalOptions} from '../args/options.js';
import {askYesNo} from '../cli/ask-yes-no.js';
import {checkConnection} from '../cli/check-connection.js';
import {type CliIo, writeAll} from '../cli/io.js';
import {loadProfileCliSettings} from '../cli/profile-config.js';
import {wantsColor} from '../cli/print-response.js';
import {isTerminal} from './command.js';
import {clientSettingsFor, installStopHandlers} from '../cli/destination.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {checkEndpointUrl} from '../ivs/endpoint-url.js';
import {assertProfileExists} from '../ivs/profiles.js';
import {toCliError} from '../ivs/service-errors.js';
import {connectIvs} from '../ivs/services.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import type {AssessRules, StageView} from '../prune/assess-stage.js';
import {pacedApi} from '../core/paced-api.js';
import {checkOutputWords, type PruneOutput, type PruneOutputFormat} from '../prune/prune-output.js';
import {formatListingOutput} from '../output/listing-output.js';
import {findCandidates, interruptedReason, prunePacing, pruneStages, type PruneApi, type PruneResult} from '../prune/prune-stages.js';
import {thisHost} from '../prune/run-liveness.js';
import {readSelectors, type SelectorWords} from '../prune/selectors.js';

/** prune's options as commander reads them. */
export type PruneWords = SelectorWords & {
	dryRun?: boolean;
	yes?: boolean;
	output?: string;
	query?: string;
	color?: string;
	region?: string;
	profile?: string;
	endpointUrl?: string;
	verifySsl?: boolean;
	caBundle?: string;
	cliReadTimeout?: string;
	cliConnectTimeout?: string;
	debug?: boolean;
};

export type PruneContext = {io: CliIo; setDebug: (debug: boolean) => void};

export async function runPrune(words: PruneWords, {io, setDebug}: PruneContext): Promise<number> {
	const selectors = readSelectors(words);
	checkOutputWords(words.output, words.query);
	const globals = globalsOf(words);
	const terminal = isTerminal(io);
	if (!words.dryRun && !words.yes && !terminal) {
		throw new UsageError('prune deletes without asking only with --yes, and there is no terminal to ask in: add --yes, or --dry-run to see what it would delete; nothing was deleted');
	}

	const output = outputOf(words, globals, io);
	const settings = await checkedSettings(clientSettingsFor(globals, {}, io), globals, io);
	setDebug(settings.debug);
	const ivs = connectIvs(settings, {
		// Debug lines carry the service's text: shown with its control characters escaped.
		...(settings.debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${neutraliseControlCharacters(line)}\n`)} : {}),
	});
	const api = pacedApi<PruneApi>(ivs, prunePacing);
	const stop = new AbortController();
	const removeHandlers = installStopHandlers(io, stop, async () => {
		ivs.close();
	});
	const rules: AssessRules = {selectors, here: thisHost, now: () => (io.now?.() ?? new Date()).getTime()};
	let result: PruneResult;
	// Named in what a person at a terminal reads; a script reads the result alone.
	let region: string | undefined;
	try {
		region = terminal ? await ivs.region().catch(() => undefined) : undefined;
		const candidates = await findCandidates(api, selectors, stop.signal).catch((error: unknown) => {
			throw toCliError(error, 'ListStages', settings.endpointUrl);
		});
		const progress = stderrProgress(io);
		if (words.dryRun || words.yes) {
			result = await pruneStages(api, candidates, rules, {mode: words.dryRun ? 'plan' : 'delete', signal: stop.signal, onProgress: progress?.(words.dryRun ? 'Checking' : 'Deleting')});
		} else {
			result = await askThenPrune(api, candidates, rules, {io, output, stop, progress, region});
		}

		progress?.('')(0, 0);
	} finally {
		removeHandlers();
		ivs.close();
	}

	const nothingChosen = result.deleted.length === 0 && result.kept.length === 0 && result.failed.length === 0;
	if (nothingChosen && terminal && words.output === undefined && words.query === undefined) {
		// An empty table says nothing to a person: say what happened instead.
		await writeAll(io.stdout, `No stage${region ? ` in ${neutraliseControlCharacters(region)}` : ''} is chosen by ${selectorWords(words)}: nothing was deleted.\n`);
		return exitCodes.ok;
	}

	await printResult(result, output, io, words.dryRun === true);
	if (words.dryRun && io.stderr.isTTY) {
		// The result reads as a real run's (under "deleted"), as scripts want it; a person is told.
		const count = result.deleted.length;
		const wouldDelete = count === 0 ? 'would delete none either' : `would delete the ${count === 1 ? 'stage' : `${count} stages`} under "deleted"`;
		await writeAll(io.stderr, `--dry-run: nothing was deleted; a real run ${wouldDelete}.\n`);
	}

	return exitCodeOf(result, stop.signal, words.dryRun === true);
}

/** The selectors as typed, for a line that names them. */
function selectorWords(words: PruneWords): string {
	const given = [
		...(words.tag ?? []).map(tag => `--tag ${tag}`),
		...(words.name === undefined ? [] : [`--name ${words.name}`]),
		...(words.idleFor === undefined ? [] : [`--idle-for ${words.idleFor}`]),
		...(words.fromRuns ? ['--from-runs'] : []),
	];
	return neutraliseControlCharacters(given.join(' ')).slice(0, 200);
}

type Asking = {io: CliIo; output: PruneOutput; stop: AbortController; progress: StderrProgress | undefined; region: string | undefined};

/** In a terminal without --yes: the plan as a table, one question, then the deletes, each checked again. */
async function askThenPrune(api: PruneApi, candidates: readonly StageView[], rules: AssessRules, {io, output, stop, progress, region}: Asking): Promise<PruneResult> {
	const plan = await pruneStages(api, candidates, rules, {mode: 'plan', signal: stop.signal, onProgress: progress?.('Checking')});
	progress?.('')(0, 0);
	if (plan.deleted.length === 0 || stop.signal.aborted) {
		// Nothing to ask about: the plan is the result (nothing deleted).
		return {...plan, deleted: [], kept: [...plan.deleted.map(stage => ({...stage, reason: interruptedReason})), ...plan.kept]};
	}

	const shown = {delete: plan.deleted, ...(plan.kept.length > 0 ? {keep: plan.kept} : {}), ...(plan.failed.length > 0 ? {failed: plan.failed} : {})};
	await writeAll(io.stdout, formatListingOutput(shown, {...output, format: 'table', query: undefined, title: 'Stages prune chose'}));
	const count = `${plan.deleted.length} stage${plan.deleted.length === 1 ? '' : 's'}`;
	if (!(await askYesNo(`Delete ${count}${region ? ` in ${region}` : ''}?`, io, stop.signal))) {
		return {deleted: [], kept: [...plan.deleted.map(stage => ({...stage, reason: 'not confirmed'})), ...plan.kept], failed: plan.failed};
	}

	const chosen = new Set(plan.deleted.map(stage => stage.arn));
	const done = await pruneStages(api, candidates.filter(stage => chosen.has(stage.arn)), rules, {mode: 'delete', signal: stop.signal, onProgress: progress?.('Deleting')});
	return {deleted: done.deleted, kept: [...done.kept, ...plan.kept], failed: [...done.failed, ...plan.failed]};
}

/** The AWS CLI's global options prune takes, as the connection code reads them. */
function globalsOf(words: PruneWords): GlobalOptions {
	const seconds = (flag: string, value: string | undefined): number => {
		if (value === undefined) {
			return defaultTimeoutSeconds;
		}

		if (!/^\d{1,6}$/.test(value)) {
			throw new UsageError(`argument ${flag}: expected whole seconds, 0 or more (0 waits forever), received: '${value}'`);
		}

		return Number(value);
	};

	const color = words.color ?? 'auto';
	if (color !== 'on' && color !== 'off' && color !== 'auto') {
		throw new UsageError(`argument --color: Invalid choice '${color}', valid choices are: on, off, auto`);
	}

	return {
		...defaultGlobalOptions,
		region: words.region,
		profile: words.profile,
		endpointUrl: words.endpointUrl === undefined ? undefined : checkEndpointUrl(words.endpointUrl, '--endpoint-url'),
		verifySsl: words.verifySsl !== false,
		caBundle: words.caBundle,
		readTimeoutSeconds: seconds('--cli-read-timeout', words.cliReadTimeout),
		connectTimeoutSeconds: seconds('--cli-connect-timeout', words.cliConnectTimeout),
		debug: words.debug === true,
		color,
		query: words.query,
		pager: false,
	};
}

function outputOf(words: PruneWords, globals: GlobalOptions, io: CliIo): PruneOutput {
	const stdoutTerminal = Boolean(io.stdout.isTTY);
	return {
		// As `presets list`: a table for a person, JSON for a script, unless told.
		format: (words.output ?? (stdoutTerminal ? 'table' : 'json')) as PruneOutputFormat,
		query: words.query,
		color: wantsColor(globals.color, stdoutTerminal, io.env),
		terminalWidth: stdoutTerminal ? io.stdout.columns || 80 : 80,
		terminal: stdoutTerminal,
	};
}

/** As the drop-in checks them: the profile exists, the region and endpoint are sound, before sending. */
async function checkedSettings(resolved: ClientSettings, globals: GlobalOptions, io: CliIo): Promise<ClientSettings> {
	if (resolved.profile && resolved.signRequest && !resolved.credentials) {
		await assertProfileExists(resolved.profile, io.env);
	}

	const profile = await loadProfileCliSettings(globals.profile ?? resolved.profile, io.env);
	return checkConnection(resolved, profile, io.env);
}

async function printResult(result: PruneResult, output: PruneOutput, io: CliIo, dryRun: boolean): Promise<void> {
	try {
		await writeAll(io.stdout, formatListingOutput(result, {...output, title: 'Prune'}));
	} catch (error) {
		if (dryRun || result.deleted.length === 0) {
			throw error;
		}

		// The stages are gone whatever happened to stdout: the ARNs are all that is left to say so.
		const reason = error instanceof CliError ? error.lines.join(' ') : (error as Error).message;
		throw new CliError([`Deleted ${result.deleted.length} stages, but the result could not be printed (${reason}); deleted:`, ...result.deleted.map(stage => stage.arn)], error instanceof CliError ? error.exitCode : exitCodes.other);
	}
}

/** 130 when a stop left stages unchecked, else 254 when any failed: after the result is printed. */
function exitCodeOf(result: PruneResult, stop: AbortSignal, dryRun: boolean): number {
	const interrupted = result.kept.filter(stage => stage.reason === interruptedReason).length;
	if (stop.aborted && interrupted > 0) {
		const done = dryRun ? 'nothing was deleted (--dry-run)' : `${result.deleted.length} deleted`;
		throw new CliError(`Interrupted: ${done}; ${interrupted} stage${interrupted === 1 ? '' : 's'} not looked at (under "kept" as "${interruptedReason}")`, exitCodes.interrupted);
	}

	if (result.failed.length > 0) {
		throw new CliError(`${result.failed.length} stage${result.failed.length === 1 ? '' : 's'} could not be checked or deleted (under "failed", with the service's error)`, exitCodes.service).spaced();
	}

	return exitCodes.ok;
}

type StderrProgress = (verb: string) => (done: number, total: number) => void;

/** A progress line on stderr when it is a terminal (stdout stays the result's alone); else nothing. */
function stderrProgress(io: CliIo): StderrProgress | undefined {
	if (!io.stderr.isTTY) {
		return undefined;
	}

	return verb => (done, total) => {
		// An empty verb: done; the line is cleared so what follows starts clean.
		io.stderr.write(verb === '' ? '\r\u001B[2K' : `\r\u001B[2K${verb} ${done}/${total}`);
	};
}
