// --cli-connect-timeout bounds how long the WebRTC connection may take to come up. A WHIP endpoint
// of the test's own answers the offer with a peer that is never there (its one ICE candidate a
// closed port), so the connection never comes up: publish gives up after the time asked for, says
// so in one line and exits 255; the deadline is the option's, not a fixed one.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import test from 'ava';
import {runCli} from '../helpers/run-cli.js';

function unsignedToken(claims: Record<string, unknown>): string {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${part({alg: 'ES384', typ: 'JWT'})}.${part(claims)}.${Buffer.from('not checked here').toString('base64url')}`;
}

/** An answer the publisher accepts whose peer never answers ICE: same media, one host candidate on port 9. */
function deadAnswer(offer: string): string {
	return offer
		.split('\r\n')
		.filter(line => !line.startsWith('a=candidate') && !line.startsWith('a=end-of-candidates'))
		.map(line => line.replace('a=setup:actpass', 'a=setup:passive').replace(/^a=ice-ufrag:.*/, 'a=ice-ufrag:dead').replace(/^a=ice-pwd:.*/, 'a=ice-pwd:deaddeaddeaddeaddeaddead'))
		.flatMap(line => (line.startsWith('a=mid:') ? [line, 'a=candidate:1 1 udp 2130706431 127.0.0.1 9 typ host'] : [line]))
		.join('\r\n');
}

test('the WebRTC connection gets --cli-connect-timeout seconds to come up, then one line and 255', async t => {
	let offers = 0;
	const server = createServer((request, response) => {
		let body = '';
		request.setEncoding('utf8').on('data', (chunk: string) => {
			body += chunk;
		}).on('end', () => {
			if (request.method === 'POST') {
				offers++;
				response.writeHead(201, {'content-type': 'application/sdp', location: '/whip/session-1'}).end(deadAnswer(body));
			} else {
				response.writeHead(200).end();
			}
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(() => server.close());
	const {port} = server.address() as AddressInfo;
	const token = unsignedToken({resource: 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEf123456', whip_url: `http://127.0.0.1:${port}/whip`, jti: 'p1', exp: Math.floor(Date.now() / 1000) + 600});
	const result = await runCli(['publish', '--token', token, '--cli-connect-timeout', '2']);
	t.is(offers, 1);
	t.is(result.code, 255, result.stderr);
	t.regex(result.stderr, /^Publish failed: the WebRTC connection did not come up within 2 s$/m);
});
