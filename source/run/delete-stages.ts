// Deleting what run created, once the child has ended (or never started). Each stage that is
// still there afterwards is named on stderr with the command that deletes it, so nothing is left
// behind unseen. Deletes are paced at the service's rate for DeleteStage (5 a second, like every
// stage operation; constraints.md) by the batch's pacer, so a batch's clean-up needs no throttling
// retries.
import {Pacer} from '../core/pacer.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {errorLine} from '../core/describe-error.js';
import {safeText} from '../output/safe-text.js';
import {shellQuote} from '../args/render-command.js';

export type DeleteOutcome = {deleted: string[]; left: Array<{arn: string; line: string}>};

/** Where run sent its requests: the printed delete command goes to the same place, so it works as typed. */
export type StagePlace = {region?: string | undefined; endpointUrl?: string | undefined; profile?: string | undefined};

function howToDelete(arn: string, place: StagePlace): string {
	const words = ['aws', 'ivs-realtime', 'delete-stage', '--arn', arn];
	// A region from the profile is the SDK's to know; the ARN names the stage's own.
	const region = place.region ?? /^arn:[^:]+:ivs:([^:]+):/.exec(arn)?.[1];
	for (const [flag, value] of [['--region', region], ['--endpoint-url', place.endpointUrl], ['--profile', place.profile]] as const) {
		if (value) {
			words.push(flag, value);
		}
	}

	return `delete it with: ${safeText(words.map(word => shellQuote(word)).join(' '))}`;
}

/**
 * Deletes each stage in turn. `signal` (a second Ctrl+C) stops the deletes: the stages not yet
 * deleted are reported, never dropped. The DeleteStage already out is let finish: cut off, it
 * could not tell a deleted stage from one left behind.
 */
export async function deleteStages(api: Pick<IvsApi, 'deleteStage'>, arns: readonly string[], signal: AbortSignal, place: StagePlace): Promise<DeleteOutcome> {
	const outcome: DeleteOutcome = {deleted: [], left: []};
	const pacer = new Pacer();
	for (const arn of arns) {
		if (!signal.aborted) {
			// One request after the other, at the rate.
			await pacer.turn();
		}

		if (signal.aborted) {
			outcome.left.push({arn, line: `Interrupted: the stage ${safeText(arn)} was not deleted; ${howToDelete(arn, place)}`});
			continue;
		}

		try {
			await api.deleteStage(arn);
			outcome.deleted.push(arn);
		} catch (error) {
			if ((error as {name?: unknown} | undefined)?.name === 'ResourceNotFoundException') {
				// Gone already (the command deleted it itself): nothing is left behind.
				outcome.deleted.push(arn);
				continue;
			}

			outcome.left.push({arn, line: `Could not delete the stage ${safeText(arn)} (${errorLine(error, 'DeleteStage')}); ${howToDelete(arn, place)}`});
		}
	}

	return outcome;
}

/** The --keep line: where the stage is, and how to delete it later. */
export function keptLine(arn: string, place: StagePlace): string {
	return `Kept the stage ${safeText(arn)} (--keep); ${howToDelete(arn, place)}`;
}
