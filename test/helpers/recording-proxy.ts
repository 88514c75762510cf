// A tiny real HTTP proxy on loopback, as a corporate one would stand between the tool and the
// service: absolute-URI requests (http endpoints) are forwarded and answered, CONNECT (https
// endpoints) opens a raw tunnel. It records every connection, so a test can see the proxy was used,
// or bypassed. `tunnelTo` sends every tunnel to one local address whatever host was asked for, so a
// request for ivsrealtime.us-west-2.amazonaws.com:443 reaches a local TLS server and nothing leaves
// the machine.
import http from 'node:http';
import net from 'node:net';
import type {AddressInfo} from 'node:net';

export type ProxiedConnection = {kind: 'forward' | 'connect'; target: string; proxyAuthorization?: string};

export type RecordingProxy = {
	url: string;
	connections: ProxiedConnection[];
	close: () => Promise<void>;
};

export async function startRecordingProxy(options: {tunnelTo?: {host: string; port: number}} = {}): Promise<RecordingProxy> {
	const connections: ProxiedConnection[] = [];
	const tunnels = new Set<net.Socket>();
	const record = (kind: ProxiedConnection['kind'], target: string, incoming: http.IncomingMessage) => {
		const authorization = incoming.headers['proxy-authorization'];
		connections.push({kind, target, ...(authorization ? {proxyAuthorization: authorization} : {})});
	};

	const server = http.createServer((incoming, outgoing) => {
		const target = incoming.url ?? '';
		record('forward', `${incoming.method ?? ''} ${target}`, incoming);
		let url: URL;
		try {
			url = new URL(target);
		} catch {
			outgoing.writeHead(400);
			outgoing.end('a proxy takes absolute URIs');
			return;
		}

		const {'proxy-authorization': _authorization, 'proxy-connection': _connection, ...headers} = incoming.headers;
		const upstream = http.request({hostname: url.hostname, port: url.port, method: incoming.method, path: `${url.pathname}${url.search}`, headers}, answer => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(outgoing);
		});
		upstream.on('error', error => {
			outgoing.writeHead(502);
			outgoing.end(error.message);
		});
		incoming.pipe(upstream);
	});
	server.on('connect', (incoming: http.IncomingMessage, client: net.Socket, head: Buffer) => {
		const target = incoming.url ?? '';
		record('connect', target, incoming);
		const [host = '', port = '443'] = target.split(/:(?=\d+$)/);
		const upstream = net.connect(options.tunnelTo ?? {host, port: Number(port)});
		tunnels.add(client).add(upstream);
		upstream.on('connect', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		upstream.on('error', () => {
			client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
		});
		client.on('error', () => upstream.destroy());
		client.on('close', () => upstream.destroy());
		upstream.on('close', () => client.destroy());
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		connections,
		async close() {
			for (const socket of tunnels) {
				socket.destroy();
			}

			server.closeAllConnections();
			await new Promise<void>(resolve => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}
