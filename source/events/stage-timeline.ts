// A stage's participant events, read the only documented way: each session of the stage
// (ListStageSessions), each participant of a session (ListParticipants), each participant's
// events (ListParticipantEvents), every page of each, one request at a time at the pace the
// caller's turn() sets. Plain async code over the services port, so the command, the live table's
// details panel and the tests read the same events the same way.
import type {ParticipantSummary, StageSessionSummary, Event as ParticipantEvent} from '@aws-sdk/client-ivs-realtime';
import {CliError, exitCodes} from '../basics/errors.js';
import type {IvsApi, PageQuery} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';

export type TimelineApi = Pick<IvsApi, 'listStageSessions' | 'listParticipants' | 'listParticipantEvents'>;

/** One event, with who it happened to; what the service left out is absent. */
export type TimelineEvent = {
	time: Date;
	sessionId: string;
	participantId: string;
	userId?: string;
	name: string;
	errorCode?: string;
	remoteParticipantId?: string;
	destinationStageArn?: string;
	destinationSessionId?: string;
	replica?: boolean;
};

export type StageTimeline = {
	/** The sessions read, oldest first. */
	sessions: StageSessionSummary[];
	/** Their events in time order; events of one second keep the order the service gave them. */
	events: TimelineEvent[];
};

export type TimelineOptions = {
	/** Waits for the next request's turn (a Pacer keeps them under the API's 5 a second). */
	turn: () => Promise<void>;
	signal?: AbortSignal;
	/** Read this session only. */
	sessionId?: string;
	/** Whether a listed session's participants need reading again (`--follow` skips the finished ones). */
	readSession?: (session: StageSessionSummary) => boolean;
};

/**
 * A bound on every list, far beyond a real stage (100 a page), so a service that hands back a
 * nextToken forever cannot keep the command going forever.
 */
export const maxPages = 100;

/** Every page of one List call, each request in its turn; the SDK's error as the AWS CLI words it. */
export async function allPages<Page extends {nextToken?: string}, Item>(
	operation: string,
	list: (query: PageQuery) => Promise<Page>,
	items: (page: Page) => readonly Item[],
	{turn}: Pick<TimelineOptions, 'turn'>,
): Promise<Item[]> {
	const found: Item[] = [];
	let nextToken: string | undefined;
	for (let page = 0; page < maxPages; page++) {
		// pages are sequential by nature, and paced on purpose
		await turn();
		let answer: Page;
		try {
			answer = await list({maxResults: 100, ...(nextToken ? {nextToken} : {})});
		} catch (error) {
			throw toCliError(error, operation);
		}

		found.push(...items(answer));
		nextToken = answer.nextToken || undefined;
		if (!nextToken) {
			return found;
		}
	}

	throw new CliError(`${operation} still had more after ${maxPages} pages; stopped there (is its nextToken going round in circles?)`, exitCodes.other);
}

function byStartTime(sessions: readonly StageSessionSummary[]): StageSessionSummary[] {
	// The newest last, as a timeline reads; a session without a start time (none should lack one) at the end.
	return [...sessions].sort((a, b) => (a.startTime?.getTime() ?? Number.POSITIVE_INFINITY) - (b.startTime?.getTime() ?? Number.POSITIVE_INFINITY));
}

export async function listSessions(api: TimelineApi, stageArn: string, options: TimelineOptions): Promise<StageSessionSummary[]> {
	const signal = options.signal ? {signal: options.signal} : {};
	const sessions = await allPages('ListStageSessions', async query => api.listStageSessions({...query, stageArn}, signal), page => page.stageSessions, options);
	return byStartTime(sessions.filter(session => typeof session.sessionId === 'string'));
}

/** One participant's events in one session, every page. */
export async function participantEvents(api: Pick<TimelineApi, 'listParticipantEvents'>, stageArn: string, sessionId: string, participant: Pick<ParticipantSummary, 'participantId' | 'userId'>, options: TimelineOptions): Promise<TimelineEvent[]> {
	const participantId = participant.participantId!;
	const signal = options.signal ? {signal: options.signal} : {};
	const events = await allPages('ListParticipantEvents', async query => api.listParticipantEvents({...query, stageArn, sessionId, participantId}, signal), page => page.events, options);
	return events.map(event => timelineEvent(event, sessionId, participant));
}

function timelineEvent(event: ParticipantEvent, sessionId: string, participant: Pick<ParticipantSummary, 'participantId' | 'userId'>): TimelineEvent {
	return {
		// An event without a time sorts first rather than vanish.
		time: event.eventTime instanceof Date ? event.eventTime : new Date(0),
		sessionId,
		participantId: event.participantId || participant.participantId!,
		...(participant.userId ? {userId: participant.userId} : {}),
		name: event.name ?? 'UNKNOWN',
		...(event.errorCode ? {errorCode: event.errorCode} : {}),
		...(event.remoteParticipantId ? {remoteParticipantId: event.remoteParticipantId} : {}),
		...(event.destinationStageArn ? {destinationStageArn: event.destinationStageArn} : {}),
		...(event.destinationSessionId ? {destinationSessionId: event.destinationSessionId} : {}),
		...(event.replica === undefined ? {} : {replica: event.replica}),
	};
}

/** Events in time order; a stable sort, so one second's events keep the order they were read in. */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => a.time.getTime() - b.time.getTime());
}

/**
 * The stage's events: sessions oldest first, in each the participants in the order they first
 * joined, their events merged into one timeline.
 */
export async function fetchStageTimeline(api: TimelineApi, stageArn: string, options: TimelineOptions): Promise<StageTimeline> {
	const listed = await listSessions(api, stageArn, options);
	const sessions = options.sessionId === undefined ? listed : listed.filter(session => session.sessionId === options.sessionId);
	const signal = options.signal ? {signal: options.signal} : {};
	const events: TimelineEvent[] = [];
	for (const session of sessions) {
		if (options.readSession && !options.readSession(session)) {
			continue;
		}

		const sessionId = session.sessionId!;
		const participants = await allPages('ListParticipants', async query => api.listParticipants({...query, stageArn, sessionId}, signal), page => page.participants, options);
		const joined = participants
			.filter(participant => typeof participant.participantId === 'string' && participant.participantId !== '')
			.sort((a, b) => (a.firstJoinTime?.getTime() ?? 0) - (b.firstJoinTime?.getTime() ?? 0));
		for (const participant of joined) {
			events.push(...await participantEvents(api, stageArn, sessionId, participant, options));
		}
	}

	return {sessions, events: inTimeOrder(events)};
}
