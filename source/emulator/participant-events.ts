// The events ListParticipantEvents reports, recorded as the control routes see participants join,
// publish and leave. Whether a participant is publishing now is read from its own events (the
// last publish event is PUBLISH_STARTED), so a rejoin without publishing is not taken for one.
import type {ParticipantEventErrorCode, ParticipantEventName, Store} from './store.js';

export type EventSubject = {stageArn: string; sessionId: string; participantId: string};

export function recordParticipantEvent(store: Store, subject: EventSubject, name: ParticipantEventName, now: number, errorCode?: ParticipantEventErrorCode): void {
	store.recordEvent({
		stageArn: subject.stageArn,
		sessionId: subject.sessionId,
		participantId: subject.participantId,
		name,
		// Whole seconds, as the service's times are.
		eventTime: Math.floor(now / 1000) * 1000,
		...(errorCode === undefined ? {} : {errorCode}),
	});
}

export function isPublishing(store: Store, subject: EventSubject): boolean {
	const last = store.participantEvents.findLast(event => event.sessionId === subject.sessionId
		&& event.participantId === subject.participantId
		&& (event.name === 'PUBLISH_STARTED' || event.name === 'PUBLISH_STOPPED'));
	return last?.name === 'PUBLISH_STARTED';
}
