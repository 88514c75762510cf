// One poll of the stage: which session is active, and who is in it. Plain async code over the
// services port (ivs/ivs-api.ts), so it runs the same against AWS, the emulator, a test server or
// a test's own answers.
import {setTimeout as delay} from 'node:timers/promises';
import type {ParticipantSummary} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../ivs/ivs-api.js';

/**
 * Space between requests within one poll. ListParticipants and GetStage each allow 5 requests per
 * second per account; 250 ms keeps a many-page poll at 4/s even before counting the poll interval.
 */
export const requestSpacingMs = 250;

/** A stage allows a few dozen participants; ten pages of 100 is far beyond that, and bounds a poll. */
export const maxPages = 10;

export type ParticipantsSnapshot = {
	/** The session the participants belong to; undefined while nobody has joined yet. */
	sessionId: string | undefined;
	participants: ParticipantSummary[];
};

export type FetchOptions = {
	signal?: AbortSignal;
	/** The session seen on an earlier poll, used once the stage's session has ended. */
	knownSessionId?: string | undefined;
	/** Ask GetStage which session is active (default true); see needsStageCheck. */
	checkStage?: boolean;
	wait?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
};

/** Even when nothing suggests the session changed, look every this many polls (30 s at 3 s). */
export const stageCheckEvery = 10;

/**
 * Whether a poll needs GetStage, or can list the known session's participants directly. A session
 * ends only after its last participant leaves, so while anyone in it is connected it is still the
 * active one; a session nobody has joined (the emulator opens one with the stage) cannot have ended
 * either. Skipping GetStage then halves the requests, and the CPU an idle table spends.
 */
export function needsStageCheck(knownSessionId: string | undefined, last: readonly ParticipantSummary[] | undefined, pollNumber: number): boolean {
	if (!knownSessionId || !last || pollNumber % stageCheckEvery === 0) {
		return true;
	}

	return last.length > 0 && last.every(participant => participant.state !== 'CONNECTED');
}

/**
 * A stage session starts when the first participant joins, so the CreateStage response usually has
 * no activeSessionId: GetStage picks it up, and picks up a new session if the first one ended and
 * someone joined again. When the session ends and no new one has started, the last
 * known session still answers ListParticipants, so the rows show "disconnected" instead of
 * falling back to "waiting".
 */
export type PollApi = Pick<IvsApi, 'getStage' | 'listParticipants'>;

export async function fetchParticipants(api: PollApi, stageArn: string, options: FetchOptions = {}): Promise<ParticipantsSnapshot> {
	const {signal, knownSessionId} = options;
	const wait = options.wait ?? ((ms: number, abortSignal?: AbortSignal) => delay(ms, undefined, {signal: abortSignal}));
	let sessionId = knownSessionId;
	let requests = 0;
	if (options.checkStage ?? true) {
		const stage = await api.getStage(stageArn, signal ? {signal} : {});
		requests++;
		sessionId = stage?.activeSessionId || knownSessionId;
	}

	if (!sessionId) {
		return {sessionId: undefined, participants: []};
	}

	const participants: ParticipantSummary[] = [];
	let nextToken: string | undefined;
	for (let page = 0; page < maxPages; page++) {
		if (requests > 0) {
			// pages are sequential by nature, and spaced on purpose
			await wait(requestSpacingMs, signal);
		}

		requests++;
		const response = await api.listParticipants({stageArn, sessionId, maxResults: 100, ...(nextToken ? {nextToken} : {})}, signal ? {signal} : {});
		participants.push(...response.participants);
		nextToken = response.nextToken || undefined;
		if (!nextToken) {
			break;
		}
	}

	return {sessionId, participants};
}
