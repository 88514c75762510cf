// What a WHIP session does to its participant, as the service reports it: nothing until media
// arrives; then CONNECTED and published over WHIP, with JOINED and PUBLISH_STARTED; at the end
// DISCONNECTED, with PUBLISH_STOPPED and LEFT; a breach of the rules is a PUBLISH_ERROR first.
// Each change is synchronous, as every change to the store is (../store.ts).
import type {OperationContext} from '../operations/context.js';
import type {TokenHolder} from '../participant-token-check.js';
import {isPublishing, recordParticipantEvent, type EventSubject} from '../participant-events.js';
import type {ParticipantEventErrorCode, ParticipantRecord} from '../store.js';

/** The stage and session a publish goes into: the stage's active session, as /_emulator/join takes it. */
export function sessionFor(context: OperationContext, stageArn: string): {sessionId: string} | undefined {
	const stage = context.store.stages.get(stageArn);
	const session = stage?.activeSessionId ? context.store.sessions.get(stage.activeSessionId) : undefined;
	return session && session.endTime === undefined ? {sessionId: session.sessionId} : undefined;
}

export function subjectOf(holder: TokenHolder, sessionId: string): EventSubject {
	return {stageArn: holder.stageArn, sessionId, participantId: holder.participantId};
}

/** Media has arrived: the participant is in the stage and publishing. Undefined when the stage went meanwhile. */
export function markPublishing(context: OperationContext, holder: TokenHolder, sessionId: string): ParticipantRecord | undefined {
	const {store} = context;
	if (!store.stages.has(holder.stageArn) || !store.sessions.has(sessionId)) {
		return undefined;
	}

	const now = Math.floor(context.now() / 1000) * 1000;
	const key = store.participantKey(sessionId, holder.participantId);
	let participant = store.participants.get(key);
	const wasConnected = participant?.state === 'CONNECTED';
	if (participant) {
		participant.state = 'CONNECTED';
		participant.published = true;
		participant.protocol = 'WHIP';
	} else {
		participant = {
			participantId: holder.participantId,
			stageArn: holder.stageArn,
			sessionId,
			...(holder.userId === undefined ? {} : {userId: holder.userId}),
			attributes: holder.attributes,
			capabilities: holder.capabilities,
			state: 'CONNECTED',
			published: true,
			protocol: 'WHIP',
			firstJoinTime: now,
			seq: store.nextSeq(),
		};
		store.participants.set(key, participant);
	}

	if (!wasConnected) {
		recordParticipantEvent(store, participant, 'JOINED', now);
	}

	if (!isPublishing(store, participant)) {
		recordParticipantEvent(store, participant, 'PUBLISH_STARTED', now);
	}

	store.changed();
	return participant;
}

/** The session ended (DELETE, a dropped connection, a breach): the participant stops publishing and leaves. */
export function markLeft(context: OperationContext, subject: EventSubject): void {
	const {store} = context;
	const participant = store.participants.get(store.participantKey(subject.sessionId, subject.participantId));
	if (!participant || participant.state !== 'CONNECTED') {
		return;
	}

	const now = context.now();
	participant.state = 'DISCONNECTED';
	if (isPublishing(store, participant)) {
		recordParticipantEvent(store, participant, 'PUBLISH_STOPPED', now);
	}

	recordParticipantEvent(store, participant, 'LEFT', now);
	store.changed();
}

export function recordPublishError(context: OperationContext, subject: EventSubject, code: ParticipantEventErrorCode): void {
	if (!context.store.sessions.has(subject.sessionId)) {
		return;
	}

	recordParticipantEvent(context.store, subject, 'PUBLISH_ERROR', context.now(), code);
	context.store.changed();
}
