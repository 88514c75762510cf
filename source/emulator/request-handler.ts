// One HTTP request, start to finish, in the order the service's layers apply: route, signature,
// (injected faults), rate, input binding, validation, the operation, and the answer. Every answer
// carries x-amzn-RequestId and a Date from the emulator's clock (SDKs correct their clock skew
// from it); every error carries x-amzn-ErrorType, from which clients take the error code.
import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as delay} from 'node:timers/promises';
import {formatServiceValidationMessage} from '../stage/service-wording.js';
import {ApiError, internalError, throttlingError, unavailableError} from './api-error.js';
import {handleControl, type FaultControl} from './control-routes.js';
import {matchRoute, readInput, type Route} from './model-routes.js';
import {operations, type OperationContext} from './operations/index.js';
import type {RateLimiter} from './rate-limiter.js';
import {serializeOutput} from './serialize-output.js';
import type {SignedRequest} from './sigv4-check.js';
import {validateServiceInput} from './validate-input.js';
import {isWhipPath, type WhipRoutes} from './whip/whip-routes.js';

/** Far above any IVS Real-Time request; stops a runaway client from filling memory. */
export const maxBodyBytes = 1024 * 1024;

export type RequestHandlerParts = {
	context: OperationContext;
	routes: Route[];
	checkSignature: (request: SignedRequest) => Promise<ApiError | undefined>;
	/** Absent with --no-limits. */
	rateLimiter: RateLimiter | undefined;
	faults: FaultControl;
	log: (line: string) => void;
	/** The address and port the server listens on, once it does: what a request's Host must name. */
	listening: {host: string; port: number | undefined};
	/** Aborted when the emulator stops: an injected delay ends at once rather than hold the process up. */
	stopping: AbortSignal;
	/** The WHIP endpoint (whip/whip-routes.ts). */
	whip: WhipRoutes;
};

export function createRequestHandler(parts: RequestHandlerParts): (request: IncomingMessage, response: ServerResponse) => void {
	return (request, response) => {
		handle(parts, request, response).catch((error: unknown) => {
			if (clientWentAway(request, error)) {
				// The client hung up mid-request (a timeout, Ctrl+C, a dropped link): nothing to answer,
				// and nothing wrong with the emulator, so nothing to report.
				return;
			}

			parts.log(`emulator: ${method(request)} ${request.url ?? ''} failed: ${(error as Error).stack ?? String(error)}`);
			if (!response.headersSent) {
				sendError(parts, response, new ApiError('InternalServerException', 500, `The emulator failed: ${(error as Error).message}`));
			}
		});
	};
}

/** Node's IncomingMessage fails with `aborted` (ECONNRESET) when the client closes before its body ends. */
function clientWentAway(request: IncomingMessage, error: unknown): boolean {
	const {code, message} = (error ?? {}) as {code?: unknown; message?: unknown};
	return (code === 'ECONNRESET' || message === 'aborted') && !request.complete;
}

function method(request: IncomingMessage): string {
	return (request.method ?? 'GET').toUpperCase();
}

async function handle(parts: RequestHandlerParts, request: IncomingMessage, response: ServerResponse): Promise<void> {
	const target = request.url ?? '/';
	const questionMark = target.indexOf('?');
	const rawPath = questionMark === -1 ? target : target.slice(0, questionMark);
	const query = new URLSearchParams(questionMark === -1 ? '' : target.slice(questionMark + 1));
	const body = await readBody(request);
	if (body === undefined) {
		sendJson(parts, response, 413, {message: `The request body is larger than ${maxBodyBytes} bytes`}, 'RequestEntityTooLargeException');
		return;
	}

	// WHIP is the one part a web page may reach from another origin (CORS, as RFC 9725 asks): its
	// requests carry a participant token, not the emulator's keys.
	if (isWhipPath(rawPath)) {
		await parts.whip.handle(request, response, rawPath, body);
		return;
	}

	// No AWS client sends an Origin; a browser does. A page on another origin gets nothing here,
	// whether it posts text/plain to a control route or a signed call to the API.
	const foreign = foreignBrowserRequest(request);
	const control = rawPath === '/_emulator' || rawPath.startsWith('/_emulator/');
	if (foreign && !control) {
		sendError(parts, response, new ApiError('AccessDeniedException', 403, `Requests from a web page (${foreign}) are refused`));
		return;
	}

	if (control) {
		handleControlRequest(parts, request, response, rawPath, body, foreign);
		return;
	}

	const match = matchRoute(parts.routes, method(request), rawPath);
	if (!match) {
		sendError(parts, response, new ApiError('UnknownOperationException', 404, `No operation of IVS Real-Time matches ${method(request)} ${rawPath}`));
		return;
	}

	const authProblem = await parts.checkSignature({method: method(request), rawPath, query, headers: request.headers, body});
	if (authProblem) {
		sendError(parts, response, authProblem);
		return;
	}

	const operation = match.route.name;
	const injector = parts.faults.current;
	if (injector?.affects(operation)) {
		const decision = injector.decide();
		if (decision.latencyMs > 0) {
			parts.faults.delayed++;
			try {
				await delay(decision.latencyMs, undefined, {signal: parts.stopping});
			} catch {
				// The emulator is stopping: the request ends with its connection, as it would on a real
				// server going down, instead of keeping the process up for the rest of the delay.
				request.socket.destroy();
				return;
			} finally {
				parts.faults.delayed--;
			}
		}

		switch (decision.action) {
			case 'drop': {
				// No answer at all: the client sees its connection reset.
				request.socket.destroy();
				return;
			}

			case 'error500': {
				sendError(parts, response, internalError());
				return;
			}

			case 'error503': {
				sendError(parts, response, unavailableError());
				return;
			}

			case 'throttle': {
				sendError(parts, response, throttlingError());
				return;
			}

			case 'none': {
				break;
			}
		}
	}

	if (parts.rateLimiter && !parts.rateLimiter.take(operation)) {
		sendError(parts, response, throttlingError());
		return;
	}

	const handler = operations[operation];
	if (!handler) {
		sendError(parts, response, new ApiError('NotImplementedException', 501, `The IVS Real-Time emulator does not implement ${operation}`));
		return;
	}

	try {
		const input = readInput(operation, {labels: match.labels, query, headers: request.headers, body});
		const problems = validateServiceInput(operation, input);
		if (problems.length > 0) {
			throw new ApiError('ValidationException', 400, formatServiceValidationMessage(problems));
		}

		const output = handler(input, parts.context);
		sendJson(parts, response, match.route.operation.http.responseCode ?? 200, serializeOutput(operation, output));
	} catch (error) {
		if (error instanceof ApiError) {
			sendError(parts, response, error);
			return;
		}

		throw error;
	}
}

function handleControlRequest(parts: RequestHandlerParts, request: IncomingMessage, response: ServerResponse, rawPath: string, body: Buffer, foreign: string | undefined): void {
	if (!isLoopbackAddress(request.socket.remoteAddress)) {
		sendJson(parts, response, 403, {error: 'Forbidden', message: 'The /_emulator/ routes answer loopback clients only'});
		return;
	}

	// DNS rebinding: a page whose name now resolves to 127.0.0.1 reaches us as "same origin" with
	// its own name in Host. The control routes answer only requests addressed to us by our address.
	if (!isOwnHost(request.headers.host, parts.listening)) {
		sendJson(parts, response, 403, {error: 'Forbidden', message: 'The /_emulator/ routes answer requests addressed to the emulator\'s own address and port (or localhost) only'});
		return;
	}

	if (foreign) {
		sendJson(parts, response, 403, {error: 'Forbidden', message: `The /_emulator/ routes refuse requests from a web page (${foreign})`});
		return;
	}

	const route = rawPath.replace(/\/+$/, '');
	if (method(request) === 'GET' && route === '/_emulator/whip') {
		sendJson(parts, response, 200, {sessions: parts.whip.sessions.views()});
		return;
	}

	const answer = handleControl(method(request), route, body, parts.context, parts.faults);
	sendJson(parts, response, answer.statusCode, answer.body);
}

/**
 * Whether a Host header names this server: its address and port, or localhost and its port (a
 * wildcard listener: any loopback address). Port 80 may go unnamed, as HTTP allows.
 */
export function isOwnHost(host: string | undefined, listening: {host: string; port: number | undefined}): boolean {
	if (host === undefined || listening.port === undefined) {
		return false;
	}

	const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
	if (!match) {
		return false;
	}

	const [, name = '', port = '80'] = match;
	if (Number(port) !== listening.port) {
		return false;
	}

	const own = listening.host.toLowerCase();
	const names = new Set(['localhost', own.includes(':') ? `[${own}]` : own]);
	if (own === '0.0.0.0' || own === '::' || own === '') {
		for (const loopback of ['127.0.0.1', '[::1]']) {
			names.add(loopback);
		}
	}

	return names.has(name);
}

/**
 * What gives a request away as a browser's from another origin: an Origin that is not
 * `http://<its Host>`, or Sec-Fetch-Site naming another site. Undefined for a same-origin or
 * non-browser request (curl, the SDK, the AWS CLI send neither header).
 */
export function foreignBrowserRequest(request: IncomingMessage): string | undefined {
	const {origin, host} = request.headers;
	if (origin !== undefined && origin.toLowerCase() !== `http://${(host ?? '').toLowerCase()}`) {
		return `Origin ${origin}`;
	}

	const site = request.headers['sec-fetch-site'];
	if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
		return `Sec-Fetch-Site ${site}`;
	}

	return undefined;
}

export function isLoopbackAddress(address: string | undefined): boolean {
	if (!address) {
		return false;
	}

	const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
	return v4.startsWith('127.') || address === '::1';
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	// Read to the end even past the limit, so the connection stays usable for the 413 answer.
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size <= maxBodyBytes) {
			chunks.push(chunk as Buffer);
		}
	}

	return size > maxBodyBytes ? undefined : Buffer.concat(chunks);
}

function sendError(parts: RequestHandlerParts, response: ServerResponse, error: ApiError): void {
	sendJson(parts, response, error.statusCode, error.body(), error.code);
}

function sendJson(parts: RequestHandlerParts, response: ServerResponse, statusCode: number, body: unknown, errorType?: string): void {
	const text = JSON.stringify(body);
	const headers: Record<string, string | number> = {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
		'Date': new Date(parts.context.now()).toUTCString(),
		'x-amzn-RequestId': randomUUID(),
	};
	if (errorType) {
		headers['x-amzn-ErrorType'] = errorType;
	}

	response.writeHead(statusCode, headers);
	response.end(text);
}
