// A proxy in front of the emulator that loses answers on purpose, as a broken network does: for
// each CreateStage a plan says whether to pass it, to forward it and then destroy the client's
// connection without answering (the stage exists, its answer never arrives), to forward it twice
// first (two stages), or to destroy the connection before forwarding (nothing reaches the service).
// Every other request passes, unless a ListStages is held (so a test can see the screen that
// waits for it) or refused. Headers pass untouched, Host included, so SigV4 still matches.
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type CreatePlan = 'pass' | 'lose-answer' | 'lose-answer-twice' | 'drop-before';

export type ProxyEvent = {operation: string; plan: CreatePlan | 'held' | 'refused' | 'pass'; forwarded: number};

export type AnswerLosingProxy = {
	url: string;
	/** One plan per CreateStage, in order; once used up, CreateStage passes. */
	plans: CreatePlan[];
	/** ListStages calls (counted from 1) answered 403 AccessDeniedException without forwarding. */
	refuseListStages: Set<number>;
	/** ListStages call `call` (counted from 1) waits for `until` before it is forwarded. */
	holdListStages?: {call: number; until: Promise<void>};
	events: ProxyEvent[];
	close: () => Promise<void>;
};

type Answer = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

function forward(target: URL, incoming: http.IncomingMessage, body: Buffer): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const request = http.request({hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers}, answer => {
			const chunks: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => chunks.push(chunk));
			// The whole answer read: the emulator has made the stage by then.
			answer.on('end', () => {
				resolve({status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks)});
			});
		});
		request.on('error', reject);
		request.end(body);
	});
}

export async function startAnswerLosingProxy(upstream: string): Promise<AnswerLosingProxy> {
	const target = new URL(upstream);
	let listCalls = 0;
	const proxy: AnswerLosingProxy = {
		url: '',
		plans: [],
		refuseListStages: new Set(),
		events: [],
		close: async () => undefined,
	};
	const server = http.createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			void (async () => {
				const body = Buffer.concat(chunks);
				const operation = (incoming.url ?? '').replace(/^\//, '').split(/[/?]/)[0] ?? '';
				if (operation === 'CreateStage') {
					const plan = proxy.plans.shift() ?? 'pass';
					const event: ProxyEvent = {operation, plan, forwarded: 0};
					proxy.events.push(event);
					if (plan === 'drop-before') {
						incoming.socket.destroy();
						return;
					}

					const times = plan === 'lose-answer-twice' ? 2 : 1;
					let answer: Answer | undefined;
					for (let time = 0; time < times; time++) {
						// one after the other, as two tries would arrive
						answer = await forward(target, incoming, body);
						event.forwarded++;
					}

					if (plan === 'pass') {
						outgoing.writeHead(answer!.status, answer!.headers);
						outgoing.end(answer!.body);
					} else {
						// The answer is dropped on the floor with the connection.
						incoming.socket.destroy();
					}

					return;
				}

				if (operation === 'ListStages') {
					listCalls++;
					if (proxy.refuseListStages.has(listCalls)) {
						proxy.events.push({operation, plan: 'refused', forwarded: 0});
						outgoing.writeHead(403, {'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException'});
						outgoing.end(JSON.stringify({message: 'User is not authorized to perform: ivs:ListStages'}));
						return;
					}

					const hold = proxy.holdListStages;
					if (hold?.call === listCalls) {
						proxy.events.push({operation, plan: 'held', forwarded: 1});
						await hold.until;
					} else {
						proxy.events.push({operation, plan: 'pass', forwarded: 1});
					}
				} else {
					proxy.events.push({operation, plan: 'pass', forwarded: 1});
				}

				try {
					const answer = await forward(target, incoming, body);
					outgoing.writeHead(answer.status, answer.headers);
					outgoing.end(answer.body);
				} catch (error) {
					outgoing.writeHead(502);
					outgoing.end((error as Error).message);
				}
			})();
		});
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	proxy.url = `http://127.0.0.1:${port}`;
	proxy.close = async () => {
		server.closeAllConnections();
		await new Promise<void>(resolve => {
			server.close(() => {
				resolve();
			});
		});
	};

	return proxy;
}

/** The requests of one operation the proxy saw. */
export function seen(proxy: AnswerLosingProxy, operation: string): ProxyEvent[] {
	return proxy.events.filter(event => event.operation === operation);
}
