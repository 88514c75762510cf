// The timeline for a person at a terminal: one line an event (time, who, what, and for an error
// what to change), under a line for each session as it begins. The columns are fixed, not fitted
// to the events, so `--follow` can print a line the moment its event arrives and still line up.
// Every value from the service is shown with its control characters neutralised.
import type {StageSessionSummary} from '@aws-sdk/client-ivs-realtime';
import {safeText} from '../output/safe-text.js';
import {cutToColumns, padToColumns} from '../wizard/text-columns.js';
import {explainErrorCode} from './error-explanations.js';
import type {TimelineEvent} from './stage-timeline.js';

const gap = '  ';
const timeWidth = 20;
/** So that the heading (DETAIL ends at column 79) fits an 80-column terminal; a longer user ID is cut with …. */
const participantWidth = 28;
/** REPLICATION_STOPPED, the longest event name. */
const nameWidth = 19;

/** 2026-12-07T07:52:03Z: UTC, as the service keeps it, to the second (its resolution). */
export function eventTimeText(time: Date): string {
	return Number.isNaN(time.getTime()) ? '—' : time.toISOString().replace(/\.000Z$/, 'Z');
}

/** `alice (pA1b2C3d4E5f)`: the user ID a person recognises, the participant ID that is unique. */
export function participantText(event: Pick<TimelineEvent, 'userId' | 'participantId'>): string {
	const id = safeText(event.participantId);
	return event.userId ? `${safeText(event.userId)} (${id})` : id;
}

/** For an error, its code and what to change; for a subscription, whom; else nothing. */
export function eventDetail(event: Pick<TimelineEvent, 'errorCode' | 'remoteParticipantId' | 'destinationSessionId'>): string {
	if (event.errorCode) {
		return `${safeText(event.errorCode)}: ${explainErrorCode(event.errorCode)}`;
	}

	if (event.remoteParticipantId) {
		return `publisher ${safeText(event.remoteParticipantId)}`;
	}

	return event.destinationSessionId ? `to session ${safeText(event.destinationSessionId)}` : '';
}

export function timelineHeading(): string {
	return `${padToColumns('TIME', timeWidth)}${gap}${padToColumns('PARTICIPANT', participantWidth)}${gap}${padToColumns('EVENT', nameWidth)}${gap}DETAIL`;
}

export function timelineLine(event: TimelineEvent): string {
	const who = padToColumns(cutToColumns(participantText(event), participantWidth), participantWidth);
	const line = `${padToColumns(eventTimeText(event.time), timeWidth)}${gap}${who}${gap}${padToColumns(safeText(event.name), nameWidth)}${gap}${eventDetail(event)}`;
	return line.trimEnd();
}

export function sessionLine(session: Pick<StageSessionSummary, 'sessionId' | 'startTime' | 'endTime'> | {sessionId: string}): string {
	const {startTime, endTime} = session as StageSessionSummary;
	const started = startTime ? `, started ${eventTimeText(startTime)}` : '';
	const ended = endTime ? `, ended ${eventTimeText(endTime)}` : '';
	return `Session ${safeText(session.sessionId)}${started}${ended}`;
}

/**
 * Lines for events in time order, with a session line wherever the session changes from the one
 * printed last (`lastSessionId`); returns the lines and the session printed last.
 */
export function timelineLines(events: readonly TimelineEvent[], sessions: readonly StageSessionSummary[], lastSessionId: string | undefined): {lines: string[]; lastSessionId: string | undefined} {
	const lines: string[] = [];
	let current = lastSessionId;
	for (const event of events) {
		if (event.sessionId !== current) {
			current = event.sessionId;
			lines.push(sessionLine(sessions.find(session => session.sessionId === current) ?? {sessionId: current}));
		}

		lines.push(timelineLine(event));
	}

	return {lines, lastSessionId: current};
}
