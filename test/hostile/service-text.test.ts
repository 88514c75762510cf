// What a hostile or broken endpoint sends back: its error text reaches a terminal neutralised
// (piped, AWS CLI v2's bytes are kept, as the output formats keep them); a dropped connection is
// named as one; an answer that never ends is cut off.
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import test from 'ava';
import {hold} from '../helpers/recording-server.js';
import {credentials, endpoint, rawControl, run, stderrLines} from './helpers.js';
import {runOnTerminal} from './raw-pty.js';

const hostileMessage = 'bad \u001B]0;pwned\u0007 \u001B[2J\u009B31m thing';

function hostileError() {
	return {status: 400, headers: {'x-amzn-ErrorType': 'ValidationException'}, body: {message: hostileMessage}};
}

test('piped, a service error is AWS CLI v2\'s line byte for byte (254)', async t => {
	const server = await endpoint(t, hostileError);
	const result = await run(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x']);
	t.is(result.code, 254);
	t.is(result.stderr, `\nAn error occurred (ValidationException) when calling the CreateStage operation: ${hostileMessage}\n`);
	t.is(stderrLines(result).length, 1);
	t.is(server.requests.length, 1);
});

test('on a terminal, the service\'s escape sequences are shown as text, never obeyed (254)', async t => {
	const server = await endpoint(t, hostileError);
	const result = await runOnTerminal(['--no-cli-auto-prompt', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x'], credentials);
	t.is(result.exitCode, 254);
	t.false(result.output.includes('\u001B]0;'), 'no title change');
	t.false(result.output.includes('\u001B[2J'), 'no clear screen');
	// The terminal's own line ends are \r\n; nothing else raw.
	t.notRegex(result.output, /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
	t.regex(result.output, /An error occurred \(ValidationException\) when calling the CreateStage operation: bad \\x1b\]0;pwned\\x07 \\x1b\[2J\\x9b31m thing/);
	t.is(result.output.split(/\r?\n/).filter(line => line.trim() !== '').length, 1);
	t.is(server.requests.length, 1);
});

test('an error code with a line break from the service stays one line on a terminal', async t => {
	const server = await endpoint(t, () => ({status: 400, headers: {'x-amzn-ErrorType': 'Validation\tException'}, body: {message: 'first\nsecond'}}));
	const result = await runOnTerminal(['--no-cli-auto-prompt', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x'], credentials);
	t.is(result.exitCode, 254);
	t.regex(result.output, /first\\nsecond/);
	t.is(result.output.split(/\r?\n/).filter(line => line.trim() !== '').length, 1);
});

test('--debug lines carry the service\'s text escaped', async t => {
	const server = await endpoint(t, hostileError);
	const result = await run(['--debug', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x']);
	t.is(result.code, 254);
	const debugLines = result.stderr.split('\n').filter(line => line.includes(' DEBUG '));
	// JSON escapes C0 controls itself; a C1 control (here CSI, U+009B) is raw JSON, and escaped here.
	t.true(debugLines.some(line => line.includes('Response body:') && line.includes('\\x9b31m')), result.stderr);
	t.notRegex(debugLines.join('\n'), rawControl);
});

test('a dropped connection is named as AWS CLI v2 names it, not a read timeout (255)', async t => {
	const server = await endpoint(t, () => hold);
	const sockets = new Set<import('node:net').Socket>();
	const dropper = http.createServer(request => {
		// Read the request, then close without an answer: "socket hang up" for the client.
		request.resume();
		request.on('end', () => request.socket.destroy());
	});
	dropper.on('connection', socket => sockets.add(socket));
	await new Promise<void>(resolve => {
		dropper.listen(0, '127.0.0.1', resolve);
	});
	t.teardown(() => {
		for (const socket of sockets) {
			socket.destroy();
		}

		dropper.close();
	});
	let received = 0;
	dropper.on('request', () => {
		received++;
	});
	const url = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}`;
	const result = await run(['--region', 'us-west-2', '--endpoint-url', url, '--name', 'x']);
	t.is(result.code, 255);
	t.deepEqual(stderrLines(result), [`Connection was closed before we received a valid response from endpoint URL: "${url}/CreateStage".`]);
	t.true(received >= 1, 'the request reached the endpoint (and was retried, as the SDK and AWS CLI do)');
	t.is(server.requests.length, 0);
});

test('an answer that never ends is cut off at 8 MiB: one line, 255, memory bounded', async t => {
	const endless = http.createServer((request, response) => {
		request.resume();
		response.writeHead(200, {'content-type': 'application/json'});
		const chunk = Buffer.alloc(64 * 1024, 0x20);
		const write = () => {
			while (response.write(chunk)) {
				if (response.destroyed) {
					return;
				}
			}

			response.once('drain', write);
		};

		response.write('{"stage": ');
		write();
	});
	await new Promise<void>(resolve => {
		endless.listen(0, '127.0.0.1', resolve);
	});
	let received = 0;
	endless.on('request', () => {
		received++;
	});
	t.teardown(() => {
		endless.closeAllConnections();
		endless.close();
	});
	const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
	const result = await run(['--region', 'us-west-2', '--endpoint-url', url, '--name', 'x']);
	t.is(result.code, 255, result.stderr);
	t.deepEqual(stderrLines(result), [`The answer from ${url}/CreateStage was larger than 8388608 bytes; stopped reading it`]);
	t.is(received, 1, 'not retried: the stage may exist');
});
