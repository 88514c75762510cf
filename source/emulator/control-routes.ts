// The emulator's own routes under /_emulator/, unsigned and for loopback clients only. They stand
// in for what the real service learns from media connections (participants joining, publishing,
// leaving) and let tests steer faults and look at the state.
//
//   POST /_emulator/join    {"token": T} or {"stageArn": A, "userId": U}, optional "publish": true;
//                           T is the emulator's own token or a self-signed one (participant-token-check.ts)
//   POST /_emulator/leave   same body
//   POST /_emulator/end-session  {"stageArn": A}, optional "endTime" (ISO 8601 or epoch ms, not in
//                           the future): the stage's active session ends, as the service ends one
//                           after its last participant goes; everyone still there leaves. A past
//                           endTime ages the stage for tests of `prune --idle-for`. The next join
//                           starts a new session, as on the service.
//   POST /_emulator/publish-error   same body and "errorCode" (the model's EventErrorCode): the
//                           participant's publish failed so, as the service reports a stream it refuses
//   GET|POST|DELETE /_emulator/faults   read, set ({"spec": "error500=0.5,seed=7"}) or clear faults;
//                                       with count=N the answer says how many are left
//   GET  /_emulator/state       the whole state (without the private key)
//   GET  /_emulator/public-key  the key participant tokens are signed with (PEM and JWK)
//   GET  /_emulator/health      {"ok": true}
// Each join, publish, refused publish and leave is recorded as the participant's events
// (ListParticipantEvents).
import {FaultInjector, formatFaultSpec, parseFaultSpec} from './faults.js';
import {newParticipantId, newSessionId} from './ids.js';
import {publicKeyPem} from './jwt.js';
import type {OperationContext} from './operations/context.js';
import {participantView} from './operations/sessions.js';
import {defaultCapabilities} from './operations/tokens.js';
import {checkParticipantToken} from './participant-token-check.js';
import {isEventErrorCode} from './event-error-codes.js';
import {isPublishing, recordParticipantEvent} from './participant-events.js';
import type {ParticipantEventErrorCode, ParticipantRecord, SessionRecord, StageRecord} from './store.js';
import {jsonTextNestsTooDeeply, nestingMessage} from '../basics/nesting.js';

/** "12 publishers … per stage". */
export const publisherLimit = 12;

export type ControlAnswer = {statusCode: number; body: unknown};

export type FaultControl = {
	current: FaultInjector | undefined;
	/** Requests waiting in an injected latency now: GET /_emulator/faults shows it, so a test can wait for one. */
	delayed: number;
};

type Who = {stage: StageRecord; session: SessionRecord; participantId?: string; userId?: string | undefined; attributes: Record<string, string>; capabilities: string[]};

class ControlError extends Error {
	constructor(
		readonly statusCode: number,
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

export function handleControl(
	method: string,
	route: string,
	body: Buffer,
	context: OperationContext,
	faults: FaultControl,
): ControlAnswer {
	try {
		switch (`${method} ${route}`) {
			case 'POST /_emulator/join': {
				return {statusCode: 200, body: join(parseBody(body), context)};
			}

			case 'POST /_emulator/leave': {
				return {statusCode: 200, body: leave(parseBody(body), context)};
			}

			case 'POST /_emulator/end-session': {
				return {statusCode: 200, body: endSession(parseBody(body), context)};
			}

			case 'POST /_emulator/publish-error': {
				return {statusCode: 200, body: publishError(parseBody(body), context)};
			}

			case 'GET /_emulator/faults': {
				return {statusCode: 200, body: {...faultsAnswer(faults.current), delayed: faults.delayed}};
			}

			case 'POST /_emulator/faults': {
				const request = parseBody(body);
				if (typeof request.spec !== 'string') {
					throw new ControlError(400, 'BadRequest', 'Give {"spec": "error500=0.1,seed=42"} (or "none")');
				}

				faults.current = installFaults(request.spec);
				return {statusCode: 200, body: faultsAnswer(faults.current)};
			}

			case 'DELETE /_emulator/faults': {
				faults.current = undefined;
				return {statusCode: 200, body: {faults: 'none'}};
			}

			case 'GET /_emulator/state': {
				const {signingKey, ...state} = context.store.snapshot();
				return {
					statusCode: 200,
					body: {region: context.region, accountId: context.accountId, limits: context.limits, keyId: signingKey?.keyId, ...state},
				};
			}

			case 'GET /_emulator/public-key': {
				return {
					statusCode: 200,
					body: {
						keyId: context.signingKey.keyId,
						algorithm: 'ES384',
						publicKeyPem: publicKeyPem(context.signingKey),
						jwk: context.signingKey.publicKey.export({format: 'jwk'}),
					},
				};
			}

			case 'GET /_emulator/health': {
				return {statusCode: 200, body: {ok: true}};
			}

			default: {
				throw new ControlError(404, 'NotFound', `No control route ${method} ${route}`);
			}
		}
	} catch (error) {
		if (error instanceof ControlError) {
			return {statusCode: error.statusCode, body: {error: error.code, message: error.message}};
		}

		if (error instanceof FaultSpecError) {
			return {statusCode: 400, body: {error: 'BadFaultSpec', message: error.message}};
		}

		throw error;
	}
}

class FaultSpecError extends Error {}

/** The spec in force, and with a count how many requests it still applies to (a test can wait for 0). */
function faultsAnswer(current: FaultInjector | undefined): {faults: string; left?: number} {
	const left = current?.left;
	return {faults: current ? formatFaultSpec(current.spec) : 'none', ...(left === undefined ? {} : {left})};
}

function installFaults(spec: string): FaultInjector | undefined {
	try {
		const parsed = parseFaultSpec(spec);
		return formatFaultSpec(parsed) === 'none' ? undefined : new FaultInjector(parsed);
	} catch (error) {
		throw new FaultSpecError((error as Error).message);
	}
}

function parseBody(body: Buffer): Record<string, unknown> {
	const text = body.toString('utf8') || '{}';
	if (jsonTextNestsTooDeeply(text)) {
		throw new ControlError(400, 'BadRequest', `The body is ${nestingMessage}`);
	}

	try {
		const parsed: unknown = JSON.parse(text);
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
			return parsed as Record<string, unknown>;
		}
	} catch {
		// Not JSON: said below, as for JSON that is not an object.
	}

	throw new ControlError(400, 'BadRequest', 'The body must be a JSON object');
}

/**
 * Who is joining or leaving: from a token (the emulator's or a self-signed one), or from a stage
 * ARN and user ID. Joining a stage whose session has ended starts its next one.
 */
function identify(request: Record<string, unknown>, context: OperationContext, joining: boolean): Who {
	if (typeof request.token === 'string') {
		const checked = checkParticipantToken(request.token, context, {checkExpiry: joining});
		if (!checked.ok) {
			throw new ControlError(checked.statusCode, checked.code, checked.message);
		}

		const {holder} = checked;
		const {stage, session} = activeSession(context, holder.stageArn, joining);
		return {
			stage,
			session,
			participantId: holder.participantId,
			userId: holder.userId,
			attributes: holder.attributes,
			capabilities: holder.capabilities,
		};
	}

	if (typeof request.stageArn === 'string' && typeof request.userId === 'string') {
		const {stage, session} = activeSession(context, request.stageArn, joining);
		return {stage, session, userId: request.userId, attributes: {}, capabilities: defaultCapabilities};
	}

	throw new ControlError(400, 'BadRequest', 'Give {"token": T} or {"stageArn": A, "userId": U}, and optionally "publish": true');
}

function activeSession(context: OperationContext, stageArn: string, start = false): {stage: StageRecord; session: SessionRecord} {
	const stage = context.store.stages.get(stageArn);
	if (!stage) {
		throw new ControlError(404, 'StageNotFound', `No stage ${stageArn}`);
	}

	const session = stage.activeSessionId ? context.store.sessions.get(stage.activeSessionId) : undefined;
	if (session && session.endTime === undefined) {
		return {stage, session};
	}

	if (!start) {
		throw new ControlError(409, 'NoActiveSession', `Stage ${stageArn} has no active session`);
	}

	const {store} = context;
	const started: SessionRecord = {sessionId: newSessionId(), stageArn, startTime: Math.floor(context.now() / 1000) * 1000, seq: store.nextSeq()};
	store.sessions.set(started.sessionId, started);
	stage.activeSessionId = started.sessionId;
	return {stage, session: started};
}

function unusedParticipantId(context: OperationContext): string {
	const inUse = new Set([...context.store.participants.values()].map(participant => participant.participantId));
	let participantId: string;
	do {
		participantId = newParticipantId();
	} while (inUse.has(participantId) || context.store.tokens.has(participantId));

	return participantId;
}

function participantsOf(context: OperationContext, session: SessionRecord): ParticipantRecord[] {
	return [...context.store.participants.values()].filter(participant => participant.sessionId === session.sessionId);
}

function join(request: Record<string, unknown>, context: OperationContext) {
	const who = identify(request, context, true);
	const publish = request.publish === true;
	const {store} = context;
	const inSession = participantsOf(context, who.session);
	// A user joining without a token is the same participant each time they come back.
	const existing = who.participantId
		? inSession.find(participant => participant.participantId === who.participantId)
		: inSession.findLast(participant => participant.userId === who.userId && !store.tokens.has(participant.participantId));
	const knownId = who.participantId ?? existing?.participantId;
	const refusePublish = (statusCode: number, code: string, message: string, errorCode: ParticipantEventErrorCode): never => {
		// The service reports a refused publish as the participant's PUBLISH_ERROR.
		if (knownId !== undefined) {
			recordParticipantEvent(store, {stageArn: who.stage.arn, sessionId: who.session.sessionId, participantId: knownId}, 'PUBLISH_ERROR', context.now(), errorCode);
			store.changed();
		}

		throw new ControlError(statusCode, code, message);
	};

	if (publish && !who.capabilities.includes('PUBLISH')) {
		refusePublish(403, 'PublishNotAllowed', 'This participant\'s token does not allow publishing (no PUBLISH capability)', 'INSUFFICIENT_CAPABILITIES');
	}

	if (publish && context.limits && !(existing?.published && existing.state === 'CONNECTED')) {
		const publishing = inSession.filter(participant => participant.state === 'CONNECTED' && participant.published).length;
		if (publishing >= publisherLimit) {
			refusePublish(409, 'TooManyPublishers', `Stage ${who.stage.arn} already has ${publisherLimit} publishers`, 'QUOTA_EXCEEDED');
		}
	}

	const now = Math.floor(context.now() / 1000) * 1000;
	let participant = existing;
	const wasConnected = participant?.state === 'CONNECTED';
	if (participant) {
		participant.state = 'CONNECTED';
		participant.published ||= publish;
	} else {
		participant = {
			participantId: who.participantId ?? unusedParticipantId(context),
			stageArn: who.stage.arn,
			sessionId: who.session.sessionId,
			...(who.userId === undefined ? {} : {userId: who.userId}),
			attributes: who.attributes,
			capabilities: who.capabilities,
			state: 'CONNECTED',
			published: publish,
			firstJoinTime: now,
			seq: store.nextSeq(),
		};
		store.participants.set(store.participantKey(participant.sessionId, participant.participantId), participant);
	}

	if (!wasConnected) {
		recordParticipantEvent(store, participant, 'JOINED', now);
	}

	if (publish && !isPublishing(store, participant)) {
		recordParticipantEvent(store, participant, 'PUBLISH_STARTED', now);
	}

	store.changed();
	return {stageArn: who.stage.arn, sessionId: who.session.sessionId, participant: participantView(context, participant)};
}

/** When a session ends: now, or a past time the request gives (ISO 8601 or epoch milliseconds). */
function endTimeOf(given: unknown, now: number): number {
	if (given === undefined) {
		return now;
	}

	const time = typeof given === 'number' ? given : typeof given === 'string' && given.length <= 64 ? Date.parse(given) : Number.NaN;
	if (!Number.isFinite(time) || time > now) {
		throw new ControlError(400, 'BadRequest', '"endTime" must be a time not in the future: ISO 8601 text or epoch milliseconds');
	}

	return time;
}

function endSession(request: Record<string, unknown>, context: OperationContext) {
	if (typeof request.stageArn !== 'string') {
		throw new ControlError(400, 'BadRequest', 'Give {"stageArn": A}, and optionally "endTime": when the session ended');
	}

	const {stage, session} = activeSession(context, request.stageArn);
	const endTime = Math.floor(endTimeOf(request.endTime, context.now()) / 1000) * 1000;
	for (const participant of participantsOf(context, session).filter(({state}) => state === 'CONNECTED')) {
		participant.state = 'DISCONNECTED';
		if (isPublishing(context.store, participant)) {
			recordParticipantEvent(context.store, participant, 'PUBLISH_STOPPED', endTime);
		}

		recordParticipantEvent(context.store, participant, 'LEFT', endTime);
	}

	// An end given in the past takes the start with it: a session never ends before it began.
	session.startTime = Math.min(session.startTime, endTime);
	session.endTime = endTime;
	delete stage.activeSessionId;
	context.store.changed();
	return {stageArn: stage.arn, sessionId: session.sessionId, startTime: new Date(session.startTime).toISOString(), endTime: new Date(endTime).toISOString()};
}

function leave(request: Record<string, unknown>, context: OperationContext) {
	const who = identify(request, context, false);
	const leaving = participantsOf(context, who.session).filter(participant => participant.state === 'CONNECTED'
		&& (who.participantId ? participant.participantId === who.participantId : participant.userId === who.userId));
	if (leaving.length === 0) {
		throw new ControlError(404, 'NotConnected', 'That participant is not connected to the stage');
	}

	const now = context.now();
	for (const participant of leaving) {
		participant.state = 'DISCONNECTED';
		if (isPublishing(context.store, participant)) {
			recordParticipantEvent(context.store, participant, 'PUBLISH_STOPPED', now);
		}

		recordParticipantEvent(context.store, participant, 'LEFT', now);
	}

	context.store.changed();
	return {
		stageArn: who.stage.arn,
		sessionId: who.session.sessionId,
		participants: leaving.map(participant => participantView(context, participant)),
	};
}

/**
 * A PUBLISH_ERROR with the given code for a participant of the active session: the token's, or
 * the last one of that user ID to join. Stands in for what the service sees in a stream (B-frames,
 * a resolution over 720p) where the emulator receives none.
 */
function publishError(request: Record<string, unknown>, context: OperationContext) {
	if (!isEventErrorCode(request.errorCode)) {
		throw new ControlError(400, 'BadRequest', 'Give "errorCode": one of the model\'s EventErrorCode values (B_FRAME_PRESENT, RESOLUTION_EXCEEDED, ...)');
	}

	const who = identify(request, context, false);
	const participantId = who.participantId ?? participantsOf(context, who.session).findLast(participant => participant.userId === who.userId)?.participantId;
	if (participantId === undefined) {
		throw new ControlError(404, 'NotJoined', 'No participant of that user ID has joined the stage\'s session');
	}

	const subject = {stageArn: who.stage.arn, sessionId: who.session.sessionId, participantId};
	recordParticipantEvent(context.store, subject, 'PUBLISH_ERROR', context.now(), request.errorCode);
	context.store.changed();
	return {...subject, errorCode: request.errorCode};
}
