// One line of `stages` for each stage: what ListStages says of it, and how many participants are
// connected now (ListParticipants of its active session; a stage without one has nobody). The
// same rows feed the JSON, the table, the Ink screen and line mode.
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../ivs/ivs-api.js';
import {pacedWait, requestSpacingMs, type Pacing} from '../core/list-all-stages.js';

export type StageOverview = {
	arn: string;
	name: string;
	/** The session in progress, or undefined when none is. */
	activeSessionId: string | undefined;
	/** Participants in the CONNECTED state in the active session; 0 without one. */
	participantsConnected: number;
	tags: Record<string, string>;
};

/** A stage holds a few dozen participants; ten pages of 100 is far beyond that, and bounds a count. */
const maxParticipantPages = 10;

/** The row for a summary, its count still unknown (0): the screen shows the list before the counts. */
export function overviewOf(summary: StageSummary): StageOverview {
	return {
		arn: summary.arn ?? '',
		name: summary.name ?? '',
		activeSessionId: summary.activeSessionId || undefined,
		participantsConnected: 0,
		tags: {...summary.tags},
	};
}

/** How many participants of the stage's active session are connected now. */
export async function countConnected(api: Pick<IvsApi, 'listParticipants'>, stage: Pick<StageOverview, 'arn' | 'activeSessionId'>, pacing: Pacing = {}): Promise<number> {
	if (!stage.activeSessionId) {
		return 0;
	}

	const wait = pacedWait(pacing);
	let connected = 0;
	let nextToken: string | undefined;
	for (let page = 0; page < maxParticipantPages; page++) {
		if (page > 0) {
			await wait(requestSpacingMs);
		}

		const response = await api.listParticipants(
			{stageArn: stage.arn, sessionId: stage.activeSessionId, maxResults: 100, ...(nextToken ? {nextToken} : {})},
			pacing.signal ? {signal: pacing.signal} : {},
		);
		connected += response.participants.filter(participant => participant.state === 'CONNECTED').length;
		nextToken = response.nextToken || undefined;
		if (!nextToken) {
			break;
		}
	}

	return connected;
}

/**
 * Every stage with its count, the calls spaced one after the other (inside the service's rate).
 * `onCount` hears each count as it comes, for a screen that fills them in.
 */
export async function withConnectedCounts(
	api: Pick<IvsApi, 'listParticipants'>,
	stages: readonly StageOverview[],
	pacing: Pacing & {onCount?: (arn: string, count: number) => void} = {},
): Promise<StageOverview[]> {
	const wait = pacedWait(pacing);
	const counted: StageOverview[] = [];
	let calls = 0;
	for (const stage of stages) {
		if (stage.activeSessionId) {
			if (calls++ > 0) {
				await wait(requestSpacingMs);
			}

			const participantsConnected = await countConnected(api, stage, pacing);
			pacing.onCount?.(stage.arn, participantsConnected);
			counted.push({...stage, participantsConnected});
		} else {
			counted.push(stage);
		}
	}

	return counted;
}
