// The formatters on what the real SDK client returns (not a hand-made imitation): a node:http
// server answers CreateStage with the canned wire body, IVSRealTimeClient parses it (Date objects,
// $metadata, its own member order), and formatOutput must print v2's golden for it.
import {once} from 'node:events';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import test from 'ava';
import {CreateStageCommand, IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import {formatOutput} from '../../source/output/format-output.js';
import {manifest, readGolden, readWireResponse} from './golden-cases.js';

let body = '';
const requests: string[] = [];
const server = http.createServer((request, response) => {
	let received = '';
	request.setEncoding('utf8');
	request.on('data', (chunk: string) => {
		received += chunk;
	});
	request.on('end', () => {
		requests.push(`${request.method} ${request.url} ${received}`);
		response.writeHead(200, {'content-type': 'application/json', 'x-amzn-requestid': '00000000-0000-4000-8000-000000000000'});
		response.end(body);
	});
});

let client: IVSRealTimeClient;

test.before(async () => {
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	client = new IVSRealTimeClient({
		region: 'us-west-2',
		endpoint: `http://127.0.0.1:${port}`,
		credentials: {accessKeyId: 'x', secretAccessKey: 'y'},
	});
});

test.after.always(() => {
	client?.destroy();
	server.close();
});

const responses = ['typical', 'recording', 'fractional', 'unicode-tokens', 'control-characters', 'yaml-quoting'];

// Serial: the one server answers with whichever body the running test set.
for (const name of responses) {
	test.serial(`the SDK's answer for ${name} prints as v2 printed it`, async t => {
		body = JSON.stringify(readWireResponse(name));
		const response = await client.send(new CreateStageCommand({name: 'golden'}));
		t.truthy(response.$metadata);
		t.is(requests.at(-1), 'POST /CreateStage {"name":"golden"}');
		const cases = manifest.cases.filter(goldenCase => goldenCase.response === name && goldenCase.exitCode === 0 && goldenCase.width === 80);
		t.true(cases.length >= 6);
		for (const goldenCase of cases) {
			const output = formatOutput(response, {
				format: goldenCase.format,
				query: goldenCase.query,
				color: goldenCase.color,
				terminalWidth: goldenCase.width,
				operationName: 'CreateStage',
			});
			t.is(output, readGolden(goldenCase), goldenCase.golden);
		}
	});
}
