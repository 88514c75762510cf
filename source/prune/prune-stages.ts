// The stages the selectors choose, then each in turn: checked (assess-stage.ts) and, unless this
// is a plan (--dry-run, or the list shown before asking), deleted. Every stage ends in exactly one
// of the result's lists, so nothing chosen goes unreported: deleted, kept (with the reason), or
// failed (with the service's error). A stop (the signal) lets the call in flight finish, so a
// DeleteStage cut off never leaves a stage whose fate is unknown; the rest are kept, "interrupted".
import {InterruptedError} from '../basics/errors.js';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import {listAllStages} from '../core/list-all-stages.js';
import {errorLine} from '../core/describe-error.js';
import {assessStage, type AssessRules, type StageView} from './assess-stage.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import type {Pacing} from '../core/paced-api.js';
import {stageMatcher, type PruneSelectors} from './selectors.js';

export type PruneApi = Pick<IvsApi, 'listStages' | 'getStage' | 'listStageSessions' | 'listParticipants' | 'deleteStage'>;

/**
 * Every call prune makes waits its turn (../core/paced-api.ts), each operation on its own pacer:
 * listing, checking and deleting 100 stages never meets a throttling answer, and never leans on
 * the SDK's retries.
 */
export const prunePacing: Pacing<PruneApi> = {listStages: 'paced', getStage: 'paced', listStageSessions: 'paced', listParticipants: 'paced', deleteStage: 'paced'};

export type PrunedStage = {arn: string; name: string};
export type SparedStage = PrunedStage & {reason: string};
export type PruneResult = {deleted: PrunedStage[]; kept: SparedStage[]; failed: SparedStage[]};

export const interruptedReason = 'interrupted';

/** Every stage of the region the cheap selectors (tags, name, run's tag) choose, in ListStages' order. */
export async function findCandidates(api: Pick<PruneApi, 'listStages'>, selectors: PruneSelectors, signal: AbortSignal): Promise<StageView[]> {
	const matches = stageMatcher(selectors);
	const stages = await listAllStages(api, {
		// The api is paced already (paced-prune-api.ts); a stop asked for ends the listing between pages.
		async turn() {
			if (signal.aborted) {
				throw new InterruptedError();
			}
		},
	});
	return stages.map(summary => viewOf(summary)).filter((stage): stage is StageView => stage !== undefined && matches(stage));
}

export type PruneMode = 'plan' | 'delete';

export type PruneRun = {
	mode: PruneMode;
	signal: AbortSignal;
	/** After each stage: how many are done of how many. */
	onProgress?: ((done: number, total: number) => void) | undefined;
};

export async function pruneStages(api: PruneApi, stages: readonly StageView[], rules: AssessRules, {mode, signal, onProgress}: PruneRun): Promise<PruneResult> {
	const result: PruneResult = {deleted: [], kept: [], failed: []};
	const {api: calls, lastOperation} = tracked(api);
	for (const [index, listed] of stages.entries()) {
		const entry = {arn: listed.arn, name: listed.name};
		try {
			if (signal.aborted) {
				result.kept.push({...entry, reason: interruptedReason});
				continue;
			}

			// Deleting: the stage as it is now, not as listed (a participant may have joined since).
			const stage = mode === 'delete' ? await currentView(calls, listed.arn) : listed;
			if (!stage) {
				// Gone already, by another hand: what was asked for holds.
				result.deleted.push(entry);
				continue;
			}

			const reason = await assessStage(calls, stage, rules);
			if (reason !== undefined) {
				result.kept.push({...entry, reason});
			} else if (mode === 'plan') {
				result.deleted.push(entry);
			} else if (signal.aborted) {
				result.kept.push({...entry, reason: interruptedReason});
			} else {
				await deleteStage(calls, stage.arn);
				result.deleted.push(entry);
			}
		} catch (error) {
			result.failed.push({...entry, reason: `${lastOperation()}: ${errorLine(error, lastOperation())}`});
		} finally {
			onProgress?.(index + 1, stages.length);
		}
	}

	return result;
}

function viewOf(stage: StageSummary | undefined): StageView | undefined {
	if (!stage?.arn) {
		return undefined;
	}

	return {arn: stage.arn, name: stage.name ?? '', tags: stage.tags ?? {}, ...(stage.activeSessionId ? {activeSessionId: stage.activeSessionId} : {})};
}

async function currentView(api: Pick<PruneApi, 'getStage'>, arn: string): Promise<StageView | undefined> {
	try {
		return viewOf(await api.getStage(arn));
	} catch (error) {
		if (isNotFound(error)) {
			return undefined;
		}

		throw error;
	}
}

async function deleteStage(api: Pick<PruneApi, 'deleteStage'>, arn: string): Promise<void> {
	try {
		await api.deleteStage(arn);
	} catch (error) {
		// Deleted in between by another hand: gone, as asked.
		if (!isNotFound(error)) {
			throw error;
		}
	}
}

function isNotFound(error: unknown): boolean {
	return (error as {name?: unknown} | undefined)?.name === 'ResourceNotFoundException';
}

/** The api, remembering which operation it called last: a failure's reason names it. */
function tracked(api: PruneApi): {api: PruneApi; lastOperation: () => string} {
	let operation = 'ListStages';
	const named = <Key extends keyof PruneApi>(key: Key, name: string): PruneApi[Key] => ((...args: Parameters<PruneApi[Key]>) => {
		operation = name;
		return (api[key] as (...given: Parameters<PruneApi[Key]>) => ReturnType<PruneApi[Key]>)(...args);
	}) as PruneApi[Key];
	return {
		api: {
			listStages: named('listStages', 'ListStages'),
			getStage: named('getStage', 'GetStage'),
			listStageSessions: named('listStageSessions', 'ListStageSessions'),
			listParticipants: named('listParticipants', 'ListParticipants'),
			deleteStage: named('deleteStage', 'DeleteStage'),
		},
		lastOperation: () => operation,
	};
}
