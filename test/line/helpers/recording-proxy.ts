// A pass-through proxy in front of the emulator that keeps each request body as it arrived: the
// exact bytes the SDK sent, which the emulator's state (stages, tokens) no longer shows. Headers
// go through untouched, Host included, so the SigV4 signature still matches at the emulator.
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type ProxiedRequest = {method: string; path: string; body: string};

export type RecordingProxy = {url: string; requests: ProxiedRequest[]; close: () => Promise<void>};

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
	const target = new URL(upstream);
	const requests: ProxiedRequest[] = [];
	const server = http.createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			const body = Buffer.concat(chunks);
			requests.push({method: incoming.method ?? '', path: incoming.url ?? '', body: body.toString('utf8')});
			const forward = http.request(
				{hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers},
				answer => {
					outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(outgoing);
				},
			);
			forward.on('error', error => {
				outgoing.writeHead(502);
				outgoing.end(error.message);
			});
			forward.end(body);
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
