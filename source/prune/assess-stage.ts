// Whether one stage chosen by the selectors may go, or why it stays. A stage with a participant
// connected always stays, whatever was asked; --from-runs keeps a run's stage while its run is on;
// --idle-for keeps a stage with a session now or one that ended too recently. The service gives no
// creation time, so a stage that never had a session has no idle time to measure: it stays under
// --idle-for, unless run's tag says when it was made.
import {runTagKey} from '../run/run-tag.js';
import {formatDuration} from './duration.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {parseRunTag, runStillOn, type RunHost} from './run-liveness.js';
import type {PruneSelectors} from './selectors.js';

/** What ListStages and GetStage both tell of a stage, which is all the checks need. */
export type StageView = {arn: string; name: string; tags: Readonly<Record<string, string>>; activeSessionId?: string};

/** undefined: the stage may be deleted; else why it stays. */
export type Verdict = string | undefined;

export type AssessRules = {selectors: PruneSelectors; here: RunHost; now: () => number};

/** ListStageSessions pages read at most: 50 a page, past any stage's real history. */
const sessionPageLimit = 200;

export async function assessStage(api: Pick<IvsApi, 'listParticipants' | 'listStageSessions'>, stage: StageView, {selectors, here, now}: AssessRules): Promise<Verdict> {
	const runTagValue = stage.tags[runTagKey];
	const runTag = runTagValue === undefined ? undefined : parseRunTag(runTagValue);
	if (selectors.fromRuns) {
		if (!runTag) {
			return `its ${runTagKey} tag is not one run writes`;
		}

		const running = runStillOn(runTag, here, now(), selectors.idleFor);
		if (running) {
			return running;
		}
	}

	if (stage.activeSessionId) {
		const {participants} = await api.listParticipants({stageArn: stage.arn, sessionId: stage.activeSessionId, filterByState: 'CONNECTED', maxResults: 1});
		if (participants.length > 0) {
			return `a participant is connected (session ${stage.activeSessionId})`;
		}

		if (selectors.idleFor) {
			return `its session ${stage.activeSessionId} is active`;
		}
	}

	return selectors.idleFor ? idleVerdict(api, stage, selectors.idleFor, runTag?.started, now()) : undefined;
}

async function idleVerdict(api: Pick<IvsApi, 'listStageSessions'>, stage: StageView, idleFor: {ms: number; text: string}, runStarted: Date | undefined, now: number): Promise<Verdict> {
	let lastEnd: number | undefined;
	let nextToken: string | undefined;
	for (let page = 0; ; page++) {
		if (page === sessionPageLimit) {
			return `it has more than ${sessionPageLimit * 50} sessions, too many to read for --idle-for`;
		}

		// Each page needs the one before's token.
		const answer = await api.listStageSessions({stageArn: stage.arn, maxResults: 50, ...(nextToken ? {nextToken} : {})});
		for (const session of answer.stageSessions) {
			if (!session.endTime) {
				return `its session ${session.sessionId ?? ''} is active`;
			}

			const end = new Date(session.endTime).getTime();
			if (Number.isNaN(end)) {
				return `the end time of its session ${session.sessionId ?? ''} cannot be read`;
			}

			lastEnd = Math.max(lastEnd ?? end, end);
		}

		nextToken = answer.nextToken;
		if (!nextToken) {
			break;
		}
	}

	if (lastEnd === undefined && runStarted === undefined) {
		return 'it has had no session, and the service does not say how old it is, so --idle-for cannot tell how long it has been idle; choose it by --tag or --name without --idle-for';
	}

	const idleSince = lastEnd ?? runStarted!.getTime();
	const idle = now - idleSince;
	if (idle < idleFor.ms) {
		const what = lastEnd === undefined ? 'it has had no session since its run started' : 'its last session ended';
		return `${what} ${formatDuration(idle)} ago, within --idle-for ${idleFor.text}`;
	}

	return undefined;
}
