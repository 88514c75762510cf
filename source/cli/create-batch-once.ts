// `--count N` without a terminal: N stages from one request, printed as {"results": [each
// CreateStage response, in order of n]} in the chosen --output, --query applied to that object.
// Everything that can be refused is refused before the first stage (exit 252): the request with
// every stage's name, the output settings, and, unless --no-quota-check, a batch the region's
// quota cannot hold. A batch stopped by an error or a signal prints every stage it made all the
// same, then the error on stderr in the AWS CLI's words (its exit code: 254 from the service).
import type {GlobalOptions} from '../args/parse-argv.js';
import type {BatchFailure, BatchOutcome} from '../core/create-batch.js';
import {createBatchInQuota} from '../core/create-batch-in-quota.js';
import {CliError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {loadIvsModules} from '../ivs/services.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {afterOutput} from './after-output.js';
import {answerNotPrinted} from './answer-not-printed.js';
import {batchProgress} from './batch-progress.js';
import {type Connect, connectChecked} from './connect-checked.js';
import {checkBatchRequest} from './check-request.js';
import {creationError, refusalError} from './creation-error.js';
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

export async function createBatchNonInteractive(run: NonInteractiveBatch): Promise<number> {
	const {request, count, globals, settings: resolved, io, store, requestToSave, signal, connect, made: stagesMade} = run;
	void loadIvsModules();
	const now = io.now ?? (() => new Date());
	checkBatchRequest(request, count, now());
	const {output, settings, ivs} = await connectChecked(resolved, globals, io, connect);
	let outcome: BatchOutcome;
	try {
		assertQueryFitsAnswer(output, true);
		const progress = batchProgress(io.stderr, count);
		const checked = await createBatchInQuota(ivs, request, count, {
			quotaCheck: globals.quotaCheck,
			now: () => now().getTime(),
			...(signal ? {signal} : {}),
			onProgress(event) {
				if (event.type === 'starting') {
					stagesMade?.sending(event.name, event.n);
				} else if (event.type === 'created') {
					stagesMade?.made(event.response);
				}

				progress.onEvent(event);
			},
		});
		if ('refused' in checked) {
			throw refusalError(checked.refused, settings.endpointUrl);
		}

		outcome = checked;
		progress.end();
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
	return creationError(failure, endpoint, [`The batch stopped at stage ${failure.n}: ${made(outcome.results.length, count)}.`]);
}
