// The life of `run`: create the stage (or a batch), run the child with it, delete it, and exit
// with the child's code. Every path after the create ends in the same clean-up: the response
// file removed, each stage deleted (or named on stderr, with --keep or when the delete fails).
import type {CliIo, SignalSource} from '../cli/io.js';
import {writeAll} from '../cli/io.js';
import {type CliError, exitCodes} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import type {CreateStageResponse} from '../stage/request.js';
import {childExitCode, notStartedLine, signalExitCode, startChild, type ChildEnd} from './child-command.js';
import {deleteStages, keptLine, type StagePlace} from './delete-stages.js';
import type {RunPublisher} from './run-publisher.js';
import {SignalPlan} from './signal-plan.js';
import {firstResponse, responseData, stageVariables, writeResponseFile, type ResponseFile} from '../cli/stage-environment.js';

/** What the create step made: every stage it made, even when it then failed (a batch cut short). */
export type Created = {
	responses: CreateStageResponse[];
	/** --count: the file holds {"results": [...]}. */
	batch: boolean;
	/** Set when the create failed: no child runs, and this is the error run ends with. */
	failure?: CliError;
};

export type StageRun = {
	api: Pick<IvsApi, 'deleteStage'>;
	/** Makes the stages; `signal` is aborted by the first signal (a batch then stops early). */
	create: (signal: AbortSignal) => Promise<Created>;
	command: string;
	args: readonly string[];
	keep: boolean;
	/** How long the command's group has after a signal before SIGKILL. */
	graceMs: number;
	/** Where the stages are, for the delete command printed for one left behind. */
	place: StagePlace;
	/** Beside the stage's own: --sandbox's emulator URL, which nothing outside this process knows. */
	variables?: Record<string, string>;
	io: Pick<CliIo, 'env' | 'stderr'>;
	signals?: SignalSource;
	/** --publish: starts the test pattern on the stages made, before the command; stopped before they are deleted. */
	publish?: (created: Created) => Promise<RunPublisher>;
};

/** The exit code; a create failure is thrown (after the clean-up) for the error edge to print. */
export async function runAroundStages(run: StageRun): Promise<number> {
	const signals = new SignalPlan(run.signals ?? process);
	// A terminal that hangs up (SIGHUP) fails every later write to stderr; unheard, that error
	// would end the process before the stages are deleted.
	const ignoreWriteError = () => undefined;
	run.io.stderr.on('error', ignoreWriteError);
	try {
		const created = await run.create(signals.createAbort.signal);
		let outcome: {code: number} | {error: unknown};
		try {
			outcome = {code: await childStep(run, created, signals)};
		} catch (error) {
			// The response file could not be written, say: the stages are deleted all the same.
			outcome = {error};
		}

		const cleanedUp = await cleanUp(run, created.responses, signals.cleanupAbort.signal);
		if ('error' in outcome) {
			throw outcome.error;
		}

		// A signal (one during the deletes too) decides; else something left behind turns a success into a failure.
		if (signals.first && outcome.code === exitCodes.ok) {
			return signalExitCode(signals.first);
		}

		return !cleanedUp && outcome.code === exitCodes.ok ? exitCodes.service : outcome.code;
	} finally {
		signals.stop();
		run.io.stderr.off('error', ignoreWriteError);
	}
}

/** The child's part, as an exit code; a create failure is thrown. */
async function childStep(run: StageRun, created: Created, signals: SignalPlan): Promise<number> {
	if (created.failure) {
		signals.childDone();
		throw created.failure;
	}

	if (signals.first) {
		// Interrupted while the stage was being made: the child never starts.
		signals.childDone();
		return signalExitCode(signals.first);
	}

	let publisher: RunPublisher | undefined;
	try {
		publisher = await run.publish?.(created);
	} catch (error) {
		signals.childDone();
		throw error;
	}

	let end: ChildEnd;
	try {
		if (signals.first) {
			// Interrupted while the publisher joined: the child never starts.
			signals.childDone();
			return signalExitCode(signals.first);
		}

		void publisher?.ended.then(async reason => {
			if (reason !== 'stopped') {
				await say(run, `run: the test-pattern publisher stopped: ${reason}`);
			}
		});
		end = await runChild(run, created, signals, publisher?.variables);
	} finally {
		await publisher?.stop();
	}

	if (end.kind === 'not-started') {
		await say(run, notStartedLine(run.command, end));
	}

	// Our own signal decides: the child may have caught it and exited 0.
	return signals.first ? signalExitCode(signals.first) : childExitCode(end);
}

async function runChild(run: StageRun, created: Created, signals: SignalPlan, publishing: Record<string, string> = {}): Promise<ChildEnd> {
	const data = responseData(created.responses, created.batch);
	let file: ResponseFile | undefined;
	try {
		file = await writeResponseFile(data);
		const env = {...run.io.env, ...run.variables, ...publishing, ...stageVariables(firstResponse(data, created.batch), file.path)};
		const child = startChild(run.command, run.args, env, {graceMs: run.graceMs});
		signals.childStarted(child);
		return await child.ended;
	} finally {
		signals.childDone();
		await file?.remove();
	}
}

/** True when nothing was left behind unseen: every stage deleted, or kept on purpose and named. */
async function cleanUp(run: StageRun, responses: readonly CreateStageResponse[], abort: AbortSignal): Promise<boolean> {
	const arns = responses.flatMap(response => (response.stage?.arn ? [response.stage.arn] : []));
	if (run.keep) {
		for (const arn of arns) {
			await say(run, keptLine(arn, run.place));
		}

		return true;
	}

	const {left} = await deleteStages(run.api, arns, abort, run.place);
	for (const {line} of left) {
		await say(run, line);
	}

	return left.length === 0;
}

/** One line on stderr; a closed terminal (SIGHUP) must not stop the clean-up. */
async function say(run: StageRun, line: string): Promise<void> {
	await writeAll(run.io.stderr, `${line}\n`).catch(() => undefined);
}
