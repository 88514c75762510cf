// Proxies as the AWS CLI honours them, through the built bin, a real proxy the test starts (on
// loopback) and the real emulator or a local TLS server: HTTP_PROXY carries http endpoints as
// absolute-URI requests, HTTPS_PROXY tunnels https ones with CONNECT, NO_PROXY bypasses both.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {createServer as createNetServer, type AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createServer as createTlsServer} from 'node:tls';
import test, {type ExecutionContext} from 'ava';
import {startTestEmulator} from '../emulator/helpers.js';
import {startRecordingProxy, type RecordingProxy} from '../helpers/recording-proxy.js';
import {startRecordingServer, type RecordedRequest} from '../helpers/recording-server.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

async function proxy(t: ExecutionContext, options: Parameters<typeof startRecordingProxy>[0] = {}): Promise<RecordingProxy> {
	const started = await startRecordingProxy(options);
	t.teardown(started.close);
	return started;
}

async function emulatorCall(t: ExecutionContext) {
	const emulator = await startTestEmulator(t);
	const env = (extra: Record<string, string>) => cleanEnv({
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_REGION: emulator.region,
		...extra,
	});
	const args = ['--endpoint-url', emulator.url, '--name', 'proxied', '--query', 'stage.name', '--output', 'text'];
	return {emulator, env, args};
}

test('HTTP_PROXY carries a request to an http endpoint as an absolute URI, loopback included, as the AWS CLI does', async t => {
	const {emulator, env, args} = await emulatorCall(t);
	const through = await proxy(t);
	const result = await runCli(args, {env: env({HTTP_PROXY: through.url.replace('http://', 'http://ops:hunter2@')})});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'proxied\n');
	t.deepEqual(through.connections.map(({kind, target}) => ({kind, target})), [{kind: 'forward', target: `POST ${emulator.url}/CreateStage`}]);
	t.is(through.connections[0]!.proxyAuthorization, `Basic ${Buffer.from('ops:hunter2').toString('base64')}`);
});

test('NO_PROXY bypasses the proxy by host, host:port, domain suffix or *; lower-case no_proxy wins over NO_PROXY', async t => {
	const {emulator, env, args} = await emulatorCall(t);
	const through = await proxy(t);
	const {port} = new URL(emulator.url);
	for (const noProxy of ['127.0.0.1', `127.0.0.1:${port}`, 'example.com, .0.0.1', '*']) {
		const result = await runCli(args, {env: env({http_proxy: through.url, NO_PROXY: noProxy})});
		t.is(result.code, 0, `${noProxy}: ${result.stderr}`);
		t.is(through.connections.length, 0, `NO_PROXY=${noProxy} bypasses the proxy`);
	}

	const overridden = await runCli(args, {env: env({HTTP_PROXY: through.url, NO_PROXY: '127.0.0.1', no_proxy: 'example.com'})});
	t.is(overridden.code, 0, overridden.stderr);
	t.is(through.connections.length, 1, 'no_proxy, set, replaces NO_PROXY');
});

test('--sandbox never goes through a proxy: its keys reach only the emulator in the process', async t => {
	const through = await proxy(t);
	const result = await runCli(['--sandbox', '--name', 'local', '--query', 'stage.name', '--output', 'text'], {env: cleanEnv({HTTP_PROXY: through.url, HTTPS_PROXY: through.url})});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'local\n');
	t.is(through.connections.length, 0);
});

const opensslMissing = spawnSync('openssl', ['version']).status !== 0;
const tlsTest = opensslMissing ? test.skip : test;

function certificate(): {key: string; cert: string} {
	const directory = mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-proxy-'));
	const made = spawnSync('openssl', [
		'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
		'-subj', '/CN=127.0.0.1', '-keyout', path.join(directory, 'key.pem'), '-out', path.join(directory, 'cert.pem'),
	]);
	if (made.status !== 0) {
		throw new Error(`openssl failed: ${made.stderr.toString()}`);
	}

	return {key: readFileSync(path.join(directory, 'key.pem'), 'utf8'), cert: readFileSync(path.join(directory, 'cert.pem'), 'utf8')};
}

const regionArgs = ['--region', 'us-west-2', '--no-verify-ssl', '--name', 'tunnelled', '--query', 'stage.name', '--output', 'text'];
const keys = {AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret'};

tlsTest('HTTPS_PROXY tunnels the region\'s own endpoint with CONNECT', async t => {
	const server = await startRecordingServer((request: RecordedRequest) => ({body: {stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh', name: (JSON.parse(request.body) as {name: string}).name}, participantTokens: []}}), {tls: certificate()});
	t.teardown(server.close);
	const {port} = new URL(server.url);
	const through = await proxy(t, {tunnelTo: {host: '127.0.0.1', port: Number(port)}});
	const result = await runCli(regionArgs, {env: cleanEnv({...keys, HTTPS_PROXY: through.url, HTTP_PROXY: 'http://127.0.0.1:9'})});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'tunnelled\n');
	t.deepEqual(through.connections.map(({kind, target}) => ({kind, target})), [{kind: 'connect', target: 'ivsrealtime.us-west-2.amazonaws.com:443'}]);
	t.is(server.requests[0]!.headers.host, 'ivsrealtime.us-west-2.amazonaws.com');
});

tlsTest('a connection lost behind the proxy names the region endpoint\'s URL, as the AWS CLI does', async t => {
	const server = createTlsServer(certificate(), socket => {
		// The request arrives; the connection closes without an answer.
		socket.once('data', () => socket.destroy());
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(() => server.close());
	const through = await proxy(t, {tunnelTo: {host: '127.0.0.1', port: (server.address() as AddressInfo).port}});
	const result = await runCli(regionArgs, {env: cleanEnv({...keys, HTTPS_PROXY: through.url, AWS_MAX_ATTEMPTS: '1'})});
	t.is(result.code, 255);
	t.is(result.stderr, '\nConnection was closed before we received a valid response from endpoint URL: "https://ivsrealtime.us-west-2.amazonaws.com/CreateStage".\n');
});

async function closedPort(): Promise<number> {
	const server = createNetServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

test('a proxy that cannot be reached: botocore\'s line, its password masked (255)', async t => {
	const port = await closedPort();
	const result = await runCli(regionArgs, {env: cleanEnv({...keys, https_proxy: `http://ops:hunter2@127.0.0.1:${port}`, AWS_MAX_ATTEMPTS: '1'})});
	t.is(result.code, 255);
	t.is(result.stderr, `\nFailed to connect to proxy URL: "http://***:***@127.0.0.1:${port}"\n`);
});

test('a proxy URL that is not http or https is one line naming the variable, and nothing is sent (252)', async t => {
	for (const [name, value] of [['HTTPS_PROXY', 'socks5://ops:hunter2@127.0.0.1:1080'], ['https_proxy', 'http://'], ['HTTPS_PROXY', 'http://proxy\n:8080']] as const) {
		const result = await runCli(regionArgs, {env: cleanEnv({...keys, [name]: value, NO_PROXY: ''})});
		t.is(result.code, 252, `${value}: ${result.stderr}`);
		t.regex(result.stderr, new RegExp(`^Bad value for ${name} ".*": .*; nothing was sent\\n$`));
		t.false(result.stderr.includes('hunter2'));
	}
});
