// The emulator's WHIP endpoint (RFC 9725), as IVS serves it: a stage's `endpoints.whip` (and its
// tokens' `whip_url`) is `<emulator>/whip`; a POST there answers 307 to `<emulator>/whip/ingest`,
// as IVS redirects to a regional host, and the client must send its Authorization again (fetch
// drops it on a cross-origin redirect; a WHIP client that loses it is refused here as by IVS).
//
//   POST    /whip                  307 → /whip/ingest (a token must be there already)
//   POST    /whip/ingest           the SDP offer, Authorization: Bearer <participant token>
//                                  → 201, the answer, Location: /whip/ingest/<id>
//   DELETE  /whip/ingest/<id>      with the same token: the publisher leaves
//   OPTIONS any of them            CORS preflight, so a web page on another origin can publish
//
// Refusals: 401 no token, or one that does not verify or has expired; 403 a token without
// PUBLISH (recorded as PUBLISH_ERROR INSUFFICIENT_CAPABILITIES); 404 a stage that is gone; 400 an
// offer without H.264 or Opus (PUBLISH_ERROR INVALID_VIDEO_CODEC / INVALID_AUDIO_CODEC).
import type {IncomingMessage, ServerResponse} from 'node:http';
import {decodeJwt} from '../jwt.js';
import type {OperationContext} from '../operations/context.js';
import {checkParticipantToken, type TokenHolder} from '../participant-token-check.js';
import {offerProblem} from './whip-offer.js';
import {WhipSessions} from './whip-sessions.js';
import {recordPublishError, sessionFor, subjectOf} from './whip-presence.js';

export const whipPath = '/whip';
export const ingestPath = '/whip/ingest';

const corsHeaders = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers': 'Location, Link, ETag',
};

type Answer = {statusCode: number; headers?: Record<string, string>; body: string; contentType?: string};

class Refusal extends Error {
	constructor(
		readonly statusCode: number,
		message: string,
	) {
		super(message);
	}
}

export function isWhipPath(rawPath: string): boolean {
	return rawPath === whipPath || rawPath === ingestPath || rawPath.startsWith(`${ingestPath}/`);
}

export class WhipRoutes {
	readonly sessions: WhipSessions;

	constructor(
		private readonly context: OperationContext,
		/** The emulator's own URL once it listens, for the redirect. */
		private readonly ownUrl: () => string,
	) {
		this.sessions = new WhipSessions(context);
	}

	async handle(request: IncomingMessage, response: ServerResponse, rawPath: string, body: Buffer): Promise<void> {
		let answer: Answer;
		try {
			answer = await this.answer((request.method ?? 'GET').toUpperCase(), rawPath, request, body);
		} catch (error) {
			if (!(error instanceof Refusal)) {
				throw error;
			}

			answer = {statusCode: error.statusCode, body: `${error.message}\n`};
		}

		const text = Buffer.from(answer.body);
		response.writeHead(answer.statusCode, {
			...corsHeaders,
			'Content-Type': answer.contentType ?? 'text/plain; charset=utf-8',
			'Content-Length': text.length,
			...answer.headers,
		});
		response.end(text);
	}

	private async answer(method: string, rawPath: string, request: IncomingMessage, body: Buffer): Promise<Answer> {
		if (method === 'OPTIONS') {
			return {
				statusCode: 204,
				body: '',
				headers: {
					'Access-Control-Allow-Methods': 'POST, DELETE, OPTIONS',
					'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match',
					'Access-Control-Max-Age': '600',
					'Accept-Post': 'application/sdp',
				},
			};
		}

		const token = bearerToken(request);
		if (rawPath === whipPath && method === 'POST') {
			if (token === undefined) {
				throw new Refusal(401, 'WHIP needs Authorization: Bearer <participant token>');
			}

			return {statusCode: 307, body: '', headers: {Location: `${this.ownUrl()}${ingestPath}`}};
		}

		if (rawPath === ingestPath && method === 'POST') {
			return this.offer(request, token, body);
		}

		if (rawPath.startsWith(`${ingestPath}/`) && method === 'DELETE') {
			const session = this.sessions.get(rawPath.slice(ingestPath.length + 1));
			if (!session) {
				throw new Refusal(404, `No WHIP session ${rawPath}`);
			}

			if (token === undefined) {
				throw new Refusal(401, 'Ending a WHIP session needs the Authorization: Bearer token that started it');
			}

			if (token !== session.token) {
				throw new Refusal(403, 'This token did not start that WHIP session');
			}

			await this.sessions.delete(session.id);
			return {statusCode: 200, body: ''};
		}

		throw new Refusal(405, `${method} ${rawPath}: the WHIP endpoint takes POST (an offer), DELETE (a session) and OPTIONS`);
	}

	private async offer(request: IncomingMessage, token: string | undefined, body: Buffer): Promise<Answer> {
		if (token === undefined) {
			throw new Refusal(401, 'WHIP needs Authorization: Bearer <participant token>, sent again after the 307 redirect');
		}

		const holder = this.holderOf(token);
		const session = sessionFor(this.context, holder.stageArn);
		if (!session) {
			throw new Refusal(404, `The token's stage ${holder.stageArn} no longer exists (or has no active session)`);
		}

		if (!holder.capabilities.includes('PUBLISH')) {
			recordPublishError(this.context, subjectOf(holder, session.sessionId), 'INSUFFICIENT_CAPABILITIES');
			throw new Refusal(403, 'The token does not allow publishing (no PUBLISH capability)');
		}

		const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
		if (contentType !== 'application/sdp') {
			throw new Refusal(415, 'A WHIP offer is sent as Content-Type: application/sdp');
		}

		const offer = body.toString('utf8');
		const problem = offerProblem(offer);
		if (problem) {
			if (problem.errorCode) {
				recordPublishError(this.context, subjectOf(holder, session.sessionId), problem.errorCode);
			}

			throw new Refusal(problem.statusCode, problem.message);
		}

		const {id, answer} = await this.sessions.open(offer, token, holder, session.sessionId);
		return {statusCode: 201, body: answer, contentType: 'application/sdp', headers: {Location: `${ingestPath}/${id}`}};
	}

	/** Who the token names, or the refusal: 401 for a token that does not hold, 404 for one whose stage is gone. */
	private holderOf(token: string): TokenHolder {
		const checked = checkParticipantToken(token, this.context, {checkExpiry: true});
		if (checked.ok) {
			return checked.holder;
		}

		const decoded = decodeJwt(token);
		const resource = decoded.ok ? decoded.jwt.claims.resource : undefined;
		if (checked.code === 'UnknownToken' && typeof resource === 'string' && !this.context.store.stages.has(resource)) {
			throw new Refusal(404, `The token's stage ${resource} no longer exists`);
		}

		throw new Refusal(checked.statusCode, checked.message);
	}
}

function bearerToken(request: IncomingMessage): string | undefined {
	const match = /^Bearer +(\S+)\s*$/i.exec(request.headers.authorization ?? '');
	return match?.[1];
}
