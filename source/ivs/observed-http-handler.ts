// Wraps the SDK's Node.js handler so that each attempt on the wire can be seen: the wizard's
// spinner shows retries through onAttempt, and --debug logs each exchange with secrets redacted.
// Wrapping the handler (not a middleware) sees every retry and the raw bytes as sent. It is also
// the last guard on what goes out and comes in, whichever mode built the client: nothing is sent
// to a scheme other than http or https (the Node handler would send `htps:` as plain HTTP), and
// no answer is read past a size no IVS Real-Time answer comes near.
import {Readable, Transform} from 'node:stream';
import type {HttpHandler, HttpRequest, HttpResponse} from '@smithy/protocol-http';
import type {HttpHandlerOptions, NodeHttpHandlerOptions} from '@smithy/types';
import type {NodeHttpHandler} from '@smithy/node-http-handler';
import {UsageError} from '../basics/errors.js';
import {noteFailedAttempt} from './failed-attempt.js';
import {redactBody, redactHeaders, redactUrl} from './redact.js';

/**
 * The most bytes of one answer read. The largest IVS Real-Time answers (a page of 100 stages or
 * participants, a stage with 12 tokens) are tens of kilobytes; an endpoint that keeps sending is
 * cut off here rather than filling memory.
 */
export const responseByteLimit = 8 * 1024 * 1024;

/** An answer cut off at responseByteLimit. */
export class ResponseTooLargeError extends Error {
	constructor(readonly url: string) {
		super(`The answer from ${redactUrl(url)} was larger than ${responseByteLimit} bytes; stopped reading it`);
		this.name = 'ResponseTooLargeError';
	}
}

export type AttemptInfo = {attempt: number; method: string; path: string};

export type HandlerObservers = {
	onAttempt?: (info: AttemptInfo) => void;
	debugLog?: (line: string) => void;
};

/** The SDK's Node.js handler, or the one that routes through proxies (proxy-routed-handler.ts). */
type Inner = Pick<NodeHttpHandler, 'handle' | 'updateHttpClientConfig' | 'httpHandlerConfigs' | 'destroy'>;

export class ObservedHttpHandler implements HttpHandler<NodeHttpHandlerOptions> {
	private attempts = 0;

	constructor(
		private readonly inner: Inner,
		private readonly observers: HandlerObservers,
	) {}

	async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{response: HttpResponse}> {
		const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`;
		if (request.protocol !== 'http:' && request.protocol !== 'https:') {
			throw new UsageError(`Bad value for the endpoint "${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}": the scheme must be http or https; nothing was sent`);
		}

		this.attempts += 1;
		this.observers.onAttempt?.({attempt: this.attempts, method: request.method, path: request.path});
		const {debugLog} = this.observers;
		if (!debugLog) {
			return limitBody(await this.sent(request, options, url), url);
		}

		debugLog(`Sending request (attempt ${this.attempts}): ${request.method} ${redactUrl(url)}`);
		debugLog(`Request headers: ${JSON.stringify(redactHeaders(request.headers))}`);
		if (typeof request.body === 'string' && request.body !== '') {
			debugLog(`Request body: ${redactBody(request.body)}`);
		}

		const started = performance.now();
		let result: {response: HttpResponse};
		try {
			result = await this.sent(request, options, url);
		} catch (error) {
			debugLog(`Request failed after ${Math.round(performance.now() - started)} ms: ${(error as Error).message}`);
			throw error;
		}

		const {response} = limitBody(result, url);
		const body = await readAll(response.body);
		response.body = Readable.from([body]);
		debugLog(`Response status: ${response.statusCode} after ${Math.round(performance.now() - started)} ms`);
		debugLog(`Response headers: ${JSON.stringify(redactHeaders(response.headers))}`);
		if (body.length > 0) {
			debugLog(`Response body: ${redactBody(body.toString('utf8'))}`);
		}

		return result;
	}

	/** The inner handler's answer; a failure keeps the URL it went to, for the line that names it. */
	private async sent(request: HttpRequest, options: HttpHandlerOptions | undefined, url: string): Promise<{response: HttpResponse}> {
		try {
			return await this.inner.handle(request, options);
		} catch (error) {
			noteFailedAttempt(error, {url});
			throw error;
		}
	}

	updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
		this.inner.updateHttpClientConfig(key, value);
	}

	httpHandlerConfigs(): NodeHttpHandlerOptions {
		return this.inner.httpHandlerConfigs();
	}

	destroy(): void {
		this.inner.destroy?.();
	}
}

function limitBody(result: {response: HttpResponse}, url: string): {response: HttpResponse} {
	const {body} = result.response as {body: unknown};
	if (!(body instanceof Readable)) {
		return result;
	}

	let size = 0;
	const limited = new Transform({
		transform(chunk: Buffer, _encoding, done) {
			size += chunk.length;
			if (size > responseByteLimit) {
				body.destroy();
				done(new ResponseTooLargeError(url));
				return;
			}

			done(undefined, chunk);
		},
	});
	body.on('error', (error: Error) => limited.destroy(error));
	result.response.body = body.pipe(limited);
	return result;
}

async function readAll(body: unknown): Promise<Buffer> {
	if (body === undefined || body === null) {
		return Buffer.alloc(0);
	}

	if (typeof body === 'string' || body instanceof Uint8Array) {
		return Buffer.from(body);
	}

	const chunks: Buffer[] = [];
	for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
		chunks.push(Buffer.from(chunk));
	}

	return Buffer.concat(chunks);
}
