// ListParticipantEvents: what the control routes recorded of one participant in one session
// (control-routes.ts records them as participants join, publish and leave).
import type {ParticipantEventRecord} from '../store.js';
import {paginate, type OperationHandler} from './context.js';

/** The model's Event: a publish or join event has no remote participant, a non-error event no error code. */
function eventView(event: ParticipantEventRecord) {
	return {
		name: event.name,
		participantId: event.participantId,
		eventTime: event.eventTime,
		errorCode: event.errorCode,
		replica: false,
		seq: event.seq,
	};
}

// Like the other List operations, the model lists no ResourceNotFoundException: an unknown stage,
// session or participant has no events.
const listParticipantEvents: OperationHandler = (input, context) => {
	const events = context.store.participantEvents
		.filter(event => event.stageArn === input.stageArn && event.sessionId === input.sessionId && event.participantId === input.participantId)
		.map(event => eventView(event));
	const {page, nextToken} = paginate(events, 'participant-events', input.maxResults, input.nextToken);
	return {events: page, nextToken};
};

export const participantEventOperations: Record<string, OperationHandler> = {
	ListParticipantEvents: listParticipantEvents,
};
