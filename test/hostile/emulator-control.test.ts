// The emulator's control routes refuse what a web page can send: a Host that is not the emulator's
// own address (DNS rebinding) and an Origin from elsewhere (a cross-site text/plain POST). Real
// clients of the AWS routes (the SDK, AWS CLI v1 and v2) keep working.
import {execFile, execFileSync} from 'node:child_process';
import {promisify} from 'node:util';
import test from 'ava';
import {CreateStageCommand, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {isOwnHost} from '../../source/emulator/request-handler.js';
import {awsCli, cleanupCliHome, detectAwsCliV2, rawRequest, sdkClient, startTestEmulator} from '../emulator/helpers.js';

test.after.always(cleanupCliHome);

const execFileAsync = promisify(execFile);

const routes: Array<[string, string, string?]> = [
	['GET', '/_emulator/state'],
	['GET', '/_emulator/faults'],
	['POST', '/_emulator/faults', '{"spec": "error500=1"}'],
	['DELETE', '/_emulator/faults'],
	['GET', '/_emulator/public-key'],
	['GET', '/_emulator/health'],
	['POST', '/_emulator/join', '{"stageArn": "x", "userId": "u"}'],
	['POST', '/_emulator/leave', '{"stageArn": "x", "userId": "u"}'],
	['GET', '/_emulator/nothing-here'],
];

test('every control route refuses a foreign Host (DNS rebinding) with 403 and changes nothing', async t => {
	const emulator = await startTestEmulator(t);
	const {port} = emulator;
	for (const host of [`evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `localhost:${port + 1}`, `127.0.0.1:${port + 1}`, `127.0.0.2:${port}`, `localhost.:${port}`]) {
		for (const [method, path, body] of routes) {
			const answer = await rawRequest(emulator.url, {method, path, headers: {host, 'content-type': 'text/plain'}, ...(body ? {body} : {})});
			t.is(answer.status, 403, `${method} ${path} with Host ${host}`);
			t.regex(answer.text, /own address and port/);
		}
	}

	t.is(emulator.faults(), 'none');
});

test('every control route refuses a foreign Origin or a cross-site fetch, even with the right Host', async t => {
	const emulator = await startTestEmulator(t);
	const host = `127.0.0.1:${emulator.port}`;
	for (const headers of [{origin: 'http://evil.example'} as Record<string, string>, {origin: 'null'}, {origin: `http://localhost:${emulator.port + 1}`}, {origin: `https://${host}`}, {'sec-fetch-site': 'cross-site'}, {'sec-fetch-site': 'same-site'}]) {
		for (const [method, path, body] of routes) {
			const answer = await rawRequest(emulator.url, {method, path, headers: {host, 'content-type': 'text/plain', ...headers}, ...(body ? {body} : {})});
			t.is(answer.status, 403, `${method} ${path} with ${JSON.stringify(headers)}`);
			t.regex(answer.text, /refuse requests from a web page/);
		}
	}

	t.is(emulator.faults(), 'none', 'the cross-site POST changed no faults');
});

test('its own address, localhost, and a same-origin page are served', async t => {
	const emulator = await startTestEmulator(t);
	const {port} = emulator;
	for (const headers of [{host: `127.0.0.1:${port}`} as Record<string, string>, {host: `localhost:${port}`}, {host: `LOCALHOST:${port}`}, {host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`}, {host: `localhost:${port}`, 'sec-fetch-site': 'same-origin'}]) {
		const answer = await rawRequest(emulator.url, {method: 'POST', path: '/_emulator/faults', headers: {...headers, 'content-type': 'application/json'}, body: '{"spec": "none"}'});
		t.is(answer.status, 200, JSON.stringify(headers));
	}

	const health = await fetch(`${emulator.url}/_emulator/health`);
	t.is(health.status, 200, 'Node\'s fetch, as the tests use it');
});

test('Host matching: the listener\'s address and port, localhost, port 80 implied; a wildcard listener takes loopback', t => {
	t.true(isOwnHost('127.0.0.1:4566', {host: '127.0.0.1', port: 4566}));
	t.true(isOwnHost('localhost:4566', {host: '127.0.0.1', port: 4566}));
	t.true(isOwnHost('[::1]:4566', {host: '::1', port: 4566}));
	t.true(isOwnHost('127.0.0.1', {host: '127.0.0.1', port: 80}));
	t.true(isOwnHost('127.0.0.1:4566', {host: '0.0.0.0', port: 4566}));
	t.false(isOwnHost('127.0.0.1:4566', {host: '::1', port: 4566}));
	t.false(isOwnHost('127.0.0.1', {host: '127.0.0.1', port: 4566}));
	t.false(isOwnHost(undefined, {host: '127.0.0.1', port: 4566}));
	t.false(isOwnHost('127.0.0.1:4566', {host: '127.0.0.1', port: undefined}));
	t.false(isOwnHost('attacker.example:4566', {host: '0.0.0.0', port: 4566}));
});

test('AWS routes: a web page\'s signed-looking call from another origin is refused (403 AccessDeniedException)', async t => {
	const emulator = await startTestEmulator(t);
	const answer = await rawRequest(emulator.url, {method: 'POST', path: '/CreateStage', headers: {'content-type': 'text/plain', origin: 'http://evil.example'}, body: '{"name": "x"}'});
	t.is(answer.status, 403);
	t.is(answer.headers['x-amzn-errortype'], 'AccessDeniedException');
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	t.deepEqual((await client.send(new ListStagesCommand({}))).stages, []);
});

test('AWS routes: the SDK works by address and by localhost', async t => {
	const emulator = await startTestEmulator(t);
	for (const url of [emulator.url, emulator.url.replace('127.0.0.1', 'localhost')]) {
		const client = sdkClient({...emulator, url});
		const {stage} = await client.send(new CreateStageCommand({name: 'sdk'}));
		t.is(stage?.name, 'sdk');
		client.destroy();
	}
});

const v2 = detectAwsCliV2();
(v2.available ? test : test.skip)('AWS routes: AWS CLI v2 works by address and by localhost', async t => {
	const emulator = await startTestEmulator(t);
	for (const url of [emulator.url, emulator.url.replace('127.0.0.1', 'localhost')]) {
		const result = await awsCli({...emulator, url}, ['create-stage', '--name', 'v2', '--query', 'stage.name', '--output', 'text']);
		t.is(result.exitCode, 0, result.stderr);
		t.is(result.stdout, 'v2\n');
	}
});

if (!v2.available) {
	console.log(`Skipping the AWS CLI v2 check of the AWS routes: ${v2.reason}`);
}

function findAwsCliV1(): string | undefined {
	try {
		const version = execFileSync('aws', ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000});
		return version.startsWith('aws-cli/1.') ? version.trim() : undefined;
	} catch {
		return undefined;
	}
}

const v1 = findAwsCliV1();
(v1 ? test : test.skip)('AWS routes: AWS CLI v1 works by address and by localhost', async t => {
	const emulator = await startTestEmulator(t);
	for (const url of [emulator.url, emulator.url.replace('127.0.0.1', 'localhost')]) {
		// Asynchronous: the emulator answers from this very process.
		const {stdout: output} = await execFileAsync('aws', ['ivs-realtime', 'create-stage', '--name', 'v1', '--endpoint-url', url, '--query', 'stage.name', '--output', 'text'], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: emulator.region, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'},
			timeout: 30_000,
		});
		t.is(output, 'v1\n');
	}
});

if (!v1) {
	console.log('Skipping the AWS CLI v1 check of the AWS routes: no `aws` v1 on PATH');
}
