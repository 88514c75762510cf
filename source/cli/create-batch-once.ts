// `--count N` without a terminal: N stages from one request, printed as {"results": [each
// CreateStage response, in order of n]} in the chosen --output, --query applied to that object.
// Everything that can be refused is refused before the first stage (exit 252): the request with
// every stage's name, the output settings, and, unless --no-quota-check, a batch the region's
// quota cannot hold. A batch stopped by an error or a signal prints every stage it made all the
// same, then the error on stderr in the AWS CLI's words (its exit code: 254 from the service).
import type {GlobalOptions} from '../args/parse-argv.js';
import {assertNamingFits} from '../stage/count.js';
import {batchRequest, createBatch, type BatchFailure, type BatchOutcome} from '../core/create-batch.js';
import {progressFigures, progressLine} from '../core/progress.js';
import {assertRoomFor, stageRoom} from '../core/quota-check.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {toCliError} from '../ivs/service-errors.js';
import {loadIvsModules} from '../ivs/services.js';
import {hasCountPlaceholder} from '../stage/name-placeholders.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {afterOutput} from './after-output.js';
import {answerNotPrinted} from './answer-not-printed.js';
import {type Connect, connectChecked} from './connect-checked.js';
import {throwOnProblems} from './check-request.js';
import type {CliIo} from './io.js';
import {assertQueryFitsAnswer, printBatch} from './print-response.js';
import type {StagesMade} from './stages-made.js';

export type NonInteractiveBatch = {
	/** Placeholders ({n}, {date} …) still in the name: each stage's are expanded as it is made. */
	request: CreateStageRequest;
	count: number;
	globals: GlobalOptions;
	settings: ClientSettings;
	io: CliIo;
	store?: PresetStore | undefined;
	requestToSave?: CreateStageRequest;
	/** Stops the batch after the stage in flight (Ctrl+C). */
	signal?: AbortSignal;
	/** Told of each stage as it is sent and made, for a second Ctrl+C to name. */
	made?: StagesMade;
	connect?: Connect;
};

/** Every stage's request is checked, not one: {n} makes the last name the longest. */
export function checkBatchRequest(request: CreateStageRequest, count: number, now: Date): void {
	assertNamingFits(count, request.name);
	throwOnProblems(batchRequest(request, 1, {now}));
	if (count > 1 && hasCountPlaceholder(request.name)) {
		try {
			throwOnProblems(batchRequest(request, count, {now}));
		} catch (error) {
			// Only the longer number can be at fault: say which stage's name it is.
			throw error instanceof UsageError ? new UsageError(`Stage ${count} of --count ${count} ({n} = ${count}): ${error.lines.join(' ')}`) : error;
		}
	}
}

export async function createBatchNonInteractive(run: NonInteractiveBatch): Promise<number> {
	const {request, count, globals, settings: resolved, io, store, requestToSave, signal, connect, made: stagesMade} = run;
	void loadIvsModules();
	const now = io.now ?? (() => new Date());
	checkBatchRequest(request, count, now());
	const {output, settings, ivs} = await connectChecked(resolved, globals, io, connect);
	let outcome: BatchOutcome;
	try {
		assertQueryFitsAnswer(output, true);
		let stagesBefore: ReadonlySet<string> | undefined;
		if (globals.quotaCheck) {
			const room = await stageRoom(ivs).catch((error: unknown) => {
				throw toCliError(error, 'ListStages', settings.endpointUrl);
			});
			assertRoomFor(count, room, await ivs.region().catch(() => undefined));
			stagesBefore = room.stages;
		}

		const progress = stderrProgress(io, count);
		const started = performance.now();
		outcome = await createBatch(ivs, request, count, {
			now: () => now().getTime(),
			...(stagesBefore ? {stagesBefore} : {}),
			...(signal ? {signal} : {}),
			onProgress(event) {
				if (event.type === 'starting') {
					stagesMade?.sending(event.name, event.n);
				} else if (event.type === 'created') {
					stagesMade?.made(event.response);
					progress?.(event.n, performance.now() - started);
				}
			},
		});
		progress?.(undefined, 0);
		// A failure ends the request out: no stage in flight from here.
		stagesMade?.settled();
	} finally {
		ivs.close();
	}

	const {results} = outcome;
	if (results.length > 0 || !outcome.failure) {
		// What was made is printed whatever stopped the batch: these tokens exist nowhere else.
		try {
			await printBatch(results, output, io);
		} catch (error) {
			// Stdout closed or full, or what only these answers can make fail: the stages exist, so
			// the line names them and where their answers are kept.
			throw answerNotPrinted(error, {responses: results, batch: true, io});
		}
	}

	if (outcome.failure) {
		throw batchError(outcome.failure, outcome, count, settings.endpointUrl);
	}

	if (outcome.interrupted) {
		throw new CliError(`Interrupted: ${made(results.length, count)}; stopped before stage ${results.length + 1}`, exitCodes.interrupted);
	}

	await afterOutput({globals, store, preset: {request: requestToSave ?? request, count}, created: `${results.length} stages were`, io});
	return exitCodes.ok;
}

function made(created: number, count: number): string {
	return `${created} of ${count} stages created${created > 0 ? ' (on stdout)' : ''}`;
}

/** The failure in the AWS CLI's words, then which stage it stopped at and where the others are. */
function batchError(failure: BatchFailure, outcome: BatchOutcome, count: number, endpoint: string | undefined): CliError {
	const own = failure.error === undefined ? undefined : toCliError(failure.error, 'CreateStage', endpoint);
	// A failure the flow reworded (the stage may exist, several appeared) says more than the SDK's error.
	const first = own && !failure.stagesBefore ? own.lines : [`An error occurred (${failure.code}) when calling the CreateStage operation: ${failure.message}`];
	const error = new CliError([...first, `The batch stopped at stage ${failure.n}: ${made(outcome.results.length, count)}.`], own?.exitCode ?? exitCodes.service);
	return own?.blankLineBefore === false ? error : error.spaced();
}

/** A progress line on stderr when it is a terminal (stdout stays the output's alone); else nothing. */
function stderrProgress(io: CliIo, total: number): ((created: number | undefined, elapsedMs: number) => void) | undefined {
	if (!io.stderr.isTTY) {
		return undefined;
	}

	const width = Math.max(20, (io.stderr.columns || 80) - 1);
	return (created, elapsedMs) => {
		// undefined: done; the line is cleared so the output and errors start clean.
		io.stderr.write(created === undefined ? '\r\u001B[2K' : `\r\u001B[2K${progressLine(progressFigures(created, total, elapsedMs), width)}`);
	};
}
