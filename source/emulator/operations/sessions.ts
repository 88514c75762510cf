// ListStageSessions, GetStageSession, ListParticipants, GetParticipant: read-only views of what
// the control routes (/_emulator/join, /_emulator/leave) put into a stage's session.
import {notFoundError, validationError} from '../api-error.js';
import type {ParticipantRecord, SessionRecord} from '../store.js';
import {paginate, type OperationContext, type OperationHandler} from './context.js';

const participantFilters = ['filterByUserId', 'filterByPublished', 'filterByState', 'filterByRecordingState'] as const;

/** What the service reports of a participant; recording follows the stage's configuration. */
export function participantView(context: OperationContext, participant: ParticipantRecord) {
	const stage = context.store.stages.get(participant.stageArn);
	const recording = String(stage?.autoParticipantRecordingConfiguration.storageConfigurationArn ?? '') !== '';
	const recordingState = !recording || !participant.published
		? 'DISABLED'
		: participant.state === 'CONNECTED' ? 'ACTIVE' : 'STOPPED';
	return {
		participantId: participant.participantId,
		userId: participant.userId,
		state: participant.state,
		firstJoinTime: participant.firstJoinTime,
		attributes: participant.attributes,
		published: participant.published,
		recordingState,
		replicationType: 'NONE',
		...(participant.protocol === undefined ? {} : {protocol: participant.protocol}),
	};
}

function sessionOf(context: OperationContext, stageArn: unknown, sessionId: unknown): SessionRecord | undefined {
	const session = typeof sessionId === 'string' ? context.store.sessions.get(sessionId) : undefined;
	return session && session.stageArn === stageArn ? session : undefined;
}

// The model lists no ResourceNotFoundException for the List operations: an unknown stage or
// session simply has nothing in it.
const listStageSessions: OperationHandler = (input, context) => {
	const sessions = [...context.store.sessions.values()].filter(session => session.stageArn === input.stageArn);
	const {page, nextToken} = paginate(sessions, 'sessions', input.maxResults, input.nextToken);
	return {stageSessions: page, nextToken};
};

const getStageSession: OperationHandler = (input, context) => {
	const session = sessionOf(context, input.stageArn, input.sessionId);
	if (!session) {
		throw notFoundError(String(input.sessionId));
	}

	return {stageSession: session};
};

const listParticipants: OperationHandler = (input, context) => {
	const filters = participantFilters.filter(name => input[name] !== undefined);
	if (filters.length > 1) {
		throw validationError(
			`Only one of filterByUserId, filterByPublished, filterByState, or filterByRecordingState can be provided per request (got ${filters.join(', ')})`,
		);
	}

	const views = [...context.store.participants.values()]
		.filter(participant => participant.stageArn === input.stageArn && participant.sessionId === input.sessionId)
		.map(participant => ({...participantView(context, participant), seq: participant.seq}))
		.filter(view => (input.filterByUserId === undefined || view.userId === input.filterByUserId)
			&& (input.filterByPublished === undefined || view.published === input.filterByPublished)
			&& (input.filterByState === undefined || view.state === input.filterByState)
			&& (input.filterByRecordingState === undefined || view.recordingState === input.filterByRecordingState));
	const {page, nextToken} = paginate(views, 'participants', input.maxResults, input.nextToken);
	return {participants: page, nextToken};
};

const getParticipant: OperationHandler = (input, context) => {
	const session = sessionOf(context, input.stageArn, input.sessionId);
	const participant = session && typeof input.participantId === 'string'
		? context.store.participants.get(context.store.participantKey(session.sessionId, input.participantId))
		: undefined;
	if (!participant) {
		throw notFoundError(String(input.participantId));
	}

	return {participant: participantView(context, participant)};
};

export const sessionOperations: Record<string, OperationHandler> = {
	ListStageSessions: listStageSessions,
	GetStageSession: getStageSession,
	ListParticipants: listParticipants,
	GetParticipant: getParticipant,
};
