// The create step of run, through the paths that never make a duplicate when an answer is lost:
// one stage with createOneStage (core/create-one-stage.ts), --count N with createBatch
// (batch/), which makes each stage through it, paced inside the CreateStage rate. A failure
// becomes the AWS CLI's own error line (exit 254 for the service's refusals), or the flow's fuller
// words when the stage may exist, since run cannot delete a stage it cannot name.
import {assertRoomFor, stageRoom} from '../core/quota-check.js';
import {createBatch} from '../core/create-batch.js';
import {progressFigures, progressLine} from '../core/progress.js';
import {CliError, exitCodes} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {safeText} from '../output/safe-text.js';
import type {CreateStageRequest} from '../stage/request.js';
import {describeError, type DescribedError} from '../core/describe-error.js';
import {createOneStage, type Adoption} from '../core/create-one-stage.js';
import {adoptionNotice} from '../wizard/flows/create-stage.js';
import type {Created} from './run-around-stages.js';

export type CreateContext = {
	/** For the AWS CLI's connection error line, which names the endpoint. */
	endpoint: string | undefined;
	stderr: NodeJS.WritableStream;
	/** Aborted by a signal: a batch stops after the stage in flight (and what it made is deleted). */
	signal: AbortSignal;
};

export type BatchPlan = {
	count: number;
	/** False with --no-quota-check. */
	quotaCheck: boolean;
	now: () => Date;
};

export async function createStages(api: IvsApi, request: CreateStageRequest, batch: BatchPlan | undefined, context: CreateContext): Promise<Created> {
	if (!batch) {
		const result = await createOneStage(api, request);
		if (!result.ok) {
			return {responses: [], batch: false, failure: failureOf(result, context.endpoint)};
		}

		await tellAdoptions(result.adopted ? [result.adopted] : [], context);
		return {responses: [result.response], batch: false};
	}

	let stagesBefore: ReadonlySet<string> | undefined;
	if (batch.quotaCheck) {
		// Before anything is created: a batch the quota cannot hold is refused (252), as create-stage does.
		const room = await stageRoom(api).catch((error: unknown) => {
			throw toCliError(error, 'ListStages', context.endpoint);
		});
		assertRoomFor(batch.count, room, await api.region().catch(() => undefined));
		stagesBefore = room.stages;
	}

	const progress = terminalProgress(context.stderr, batch.count);
	const started = performance.now();
	const outcome = await createBatch(api, request, batch.count, {
		now: () => batch.now().getTime(),
		signal: context.signal,
		...(stagesBefore ? {stagesBefore} : {}),
		onProgress(event) {
			if (event.type === 'created') {
				progress?.(event.n, performance.now() - started);
			}
		},
	});
	progress?.(undefined, 0);
	await tellAdoptions(outcome.adopted ?? [], context);
	const created: Created = {responses: outcome.results, batch: true};
	if (outcome.failure) {
		const failure = failureOf(outcome.failure, context.endpoint);
		const where = `The batch stopped at stage ${outcome.failure.n} of ${batch.count}; the command was not run.`;
		created.failure = new CliError([...failure.lines, where], failure.exitCode);
		created.failure.blankLineBefore = failure.blankLineBefore;
	}

	return created;
}

/** The AWS CLI's line when the failure is CreateStage's own error; the flow's fuller words in its form otherwise. */
function failureOf(result: DescribedError & {error?: unknown}, endpoint: string | undefined): CliError {
	if (result.error !== undefined && describeError(result.error, 'CreateStage').message === result.message) {
		return toCliError(result.error, 'CreateStage', endpoint);
	}

	return new CliError(`An error occurred (${result.code}) when calling the CreateStage operation: ${result.message}`, exitCodes.service).spaced();
}

/** A stage whose lost answer was resolved by finding it: said on stderr (no token in the line). */
async function tellAdoptions(adoptions: readonly Adoption[], context: CreateContext): Promise<void> {
	for (const adoption of adoptions) {
		context.stderr.write(`${safeText(adoptionNotice(adoption))}\n`);
	}
}

/**
 * A batch's progress on stderr when it is a terminal (a batch of 30 takes 6 s at the service's
 * rate), cleared before the command starts, whose output the terminal is then for. Else nothing.
 */
function terminalProgress(stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}, total: number): ((created: number | undefined, elapsedMs: number) => void) | undefined {
	if (!stderr.isTTY) {
		return undefined;
	}

	const width = Math.max(20, (stderr.columns || 80) - 1);
	return (created, elapsedMs) => {
		stderr.write(created === undefined ? '\r\u001B[2K' : `\r\u001B[2K${progressLine(progressFigures(created, total, elapsedMs), width)}`);
	};
}
