// A node:http server a test starts: it records each request as received and answers with what
// the test gives it, so a test can check both ends of a real SDK call.
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type RecordedRequest = {method: string; url: string; headers: http.IncomingHttpHeaders; body: string};
export type CannedResponse = {status?: number; headers?: Record<string, string>; body: unknown};

export type RecordingServer = {
	url: string;
	requests: RecordedRequest[];
	close: () => Promise<void>;
};

export async function startRecordingServer(
	answer: (request: RecordedRequest) => CannedResponse,
): Promise<RecordingServer> {
	const requests: RecordedRequest[] = [];
	const server = http.createServer((incoming, outgoing) => {
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
			const response = answer(request);
			const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
			outgoing.writeHead(response.status ?? 200, {'content-type': 'application/json', ...response.headers});
			outgoing.end(body);
		});
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
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
