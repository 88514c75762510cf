// Deleting what run created, once the child has ended (or never started). Each stage that is
// still there afterwards is named on stderr with the command that deletes it, so nothing is left
// behind unseen. Deletes are paced at the service's rate for DeleteStage (5 a second, like every
// stage operation; constraints.md) by the batch's pacer, so a batch's clean-up needs no throttling
// retries.
import {Pacer} from '../batch/pacer.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {errorLine} from '../wizard/describe-error.js';
import {safeText} from '../output/safe-text.js';

export type DeleteOutcome = {deleted: string[]; left: Array<{arn: string; line: string}>};

function howToDelete(arn: string): string {
	return `delete it with: aws ivs-realtime delete-stage --arn ${safeText(arn)}`;
}

/**
 * Deletes each stage in turn. `signal` (a second Ctrl+C) stops waiting: the stages not yet
 * deleted are reported, never dropped.
 */
export async function deleteStages(api: Pick<IvsApi, 'deleteStage'>, arns: readonly string[], signal: AbortSignal): Promise<DeleteOutcome> {
	const outcome: DeleteOutcome = {deleted: [], left: []};
	const pacer = new Pacer();
	for (const arn of arns) {
		if (!signal.aborted) {
			// One request after the other, at the rate.
			await pacer.turn();
		}

		if (signal.aborted) {
			outcome.left.push({arn, line: `Interrupted: the stage ${safeText(arn)} was not deleted; ${howToDelete(arn)}`});
			continue;
		}

		try {
			await api.deleteStage(arn, {signal});
			outcome.deleted.push(arn);
		} catch (error) {
			if ((error as {name?: unknown} | undefined)?.name === 'ResourceNotFoundException') {
				// Gone already (the command deleted it itself): nothing is left behind.
				outcome.deleted.push(arn);
				continue;
			}

			const why = signal.aborted ? 'interrupted' : errorLine(error, 'DeleteStage');
			outcome.left.push({arn, line: `Could not delete the stage ${safeText(arn)} (${why}); ${howToDelete(arn)}`});
		}
	}

	return outcome;
}

/** The --keep line: where the stage is, and how to delete it later. */
export function keptLine(arn: string): string {
	return `Kept the stage ${safeText(arn)} (--keep); ${howToDelete(arn)}`;
}
