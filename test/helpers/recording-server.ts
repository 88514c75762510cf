// A node:http server a test starts: it records each request as received and answers with what
// the test gives it, so a test can check both ends of a real SDK call.
import http from 'node:http';
import https from 'node:https';
import type {AddressInfo} from 'node:net';

export type RecordedRequest = {method: string; url: string; headers: http.IncomingHttpHeaders; body: string};
export type CannedResponse = {status?: number; headers?: Record<string, string>; body: unknown};

export type RecordingServer = {
	url: string;
	requests: RecordedRequest[];
	close: () => Promise<void>;
};

/** An answer of `hold` never responds: for timeouts and interrupts. */
export const hold = Symbol('hold');

export async function startRecordingServer(
	answer: (request: RecordedRequest) => CannedResponse | typeof hold,
	options: {tls?: {key: string; cert: string}; onRequest?: (request: RecordedRequest) => void} = {},
): Promise<RecordingServer> {
	const requests: RecordedRequest[] = [];
	const listener = (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			const request: RecordedRequest = {
				method: incoming.method ?? '',
				url: incoming.url ?? '',
				headers: incoming.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(request);
			options.onRequest?.(request);
			const response = answer(request);
			if (response === hold) {
				return;
			}

			const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
			outgoing.writeHead(response.status ?? 200, {'content-type': 'application/json', ...response.headers});
			outgoing.end(body);
		});
	};
	const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		requests,
		async close() {
			server.closeAllConnections();
			await new Promise<void>(resolve => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}
