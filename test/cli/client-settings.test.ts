// How the client is reached: profiles from shared files, credential_process, TLS options,
// timeouts and Ctrl+C, each through the built bin and real HTTP(S).
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {hold, startRecordingServer, type RecordedRequest} from '../helpers/recording-server.js';

function stageAnswer(request: RecordedRequest) {
	const input = JSON.parse(request.body || '{}') as {name?: string};
	return {body: {stage: {arn: 'arn:aws:ivs:eu-central-1:123456789012:stage/abcdABCDefgh', name: input.name, tags: {}}, participantTokens: []}};
}

function temporaryDirectory(): string {
	return mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-test-'));
}

test('--profile takes region, output and keys from the shared config and credentials files', async t => {
	const directory = temporaryDirectory();
	writeFileSync(path.join(directory, 'config'), '[profile dev]\nregion = eu-central-1\noutput = text\n');
	writeFileSync(path.join(directory, 'credentials'), '[dev]\naws_access_key_id = DEVKEYID\naws_secret_access_key = devsecret\n');
	const server = await startRecordingServer(stageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--profile', 'dev', '--endpoint-url', server.url, '--name', 'from-profile', '--query', 'stage.name'], {
		env: cleanEnv({AWS_CONFIG_FILE: path.join(directory, 'config'), AWS_SHARED_CREDENTIALS_FILE: path.join(directory, 'credentials')}),
	});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'from-profile\n', 'the profile\'s output = text applies');
	t.regex(String(server.requests[0]!.headers.authorization), /Credential=DEVKEYID\/\d{8}\/eu-central-1\/ivs\//);
});

test('AWS_PROFILE with credential_process goes through the SDK\'s provider chain', async t => {
	const directory = temporaryDirectory();
	const script = path.join(directory, 'credentials.js');
	writeFileSync(script, 'console.log(JSON.stringify({Version: 1, AccessKeyId: "PROCESSKEY", SecretAccessKey: "processsecret"}))\n');
	writeFileSync(path.join(directory, 'config'), `[profile tool]\nregion = ap-south-1\ncredential_process = ${process.execPath} ${script}\n`);
	const server = await startRecordingServer(stageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--endpoint-url', server.url, '--name', 'p'], {
		env: cleanEnv({AWS_CONFIG_FILE: path.join(directory, 'config'), AWS_PROFILE: 'tool'}),
	});
	t.is(result.code, 0, result.stderr);
	t.regex(String(server.requests[0]!.headers.authorization), /Credential=PROCESSKEY\/\d{8}\/ap-south-1\/ivs\//);
});

test('an unknown profile is a configuration error (253)', async t => {
	const directory = temporaryDirectory();
	writeFileSync(path.join(directory, 'config'), '[profile dev]\nregion = eu-central-1\n');
	const result = await runCli(['--profile', 'nope', '--endpoint-url', 'http://127.0.0.1:9', '--name', 'p'], {
		env: cleanEnv({AWS_CONFIG_FILE: path.join(directory, 'config'), AWS_REGION: 'us-west-2'}),
	});
	t.is(result.code, 253);
	t.regex(result.stderr, /nope/);
});

const opensslMissing = spawnSync('openssl', ['version']).status !== 0;
const tlsTest = opensslMissing ? test.skip : test;
if (opensslMissing) {
	console.log('Skipping the TLS tests: openssl is not installed, so no test certificate can be made.');
}

function selfSignedCertificate(): {key: string; cert: string; certPath: string} {
	const directory = temporaryDirectory();
	const keyPath = path.join(directory, 'key.pem');
	const certPath = path.join(directory, 'cert.pem');
	const made = spawnSync('openssl', [
		'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
		'-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath,
	]);
	if (made.status !== 0) {
		throw new Error(`openssl failed: ${made.stderr.toString()}`);
	}

	return {key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath};
}

tlsTest('TLS: refused when unverified, accepted with --ca-bundle, AWS_CA_BUNDLE or --no-verify-ssl', async t => {
	const certificate = selfSignedCertificate();
	const server = await startRecordingServer(stageAnswer, {tls: certificate});
	t.teardown(server.close);
	const base = ['--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'tls', '--query', 'stage.name', '--output', 'text'];
	const env = cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'});
	const refused = await runCli(base, {env});
	t.is(refused.code, 255);
	t.regex(refused.stderr, /SSL validation failed/);
	t.is(server.requests.length, 0);
	const withBundle = await runCli([...base, '--ca-bundle', certificate.certPath], {env});
	t.is(withBundle.code, 0, withBundle.stderr);
	t.is(withBundle.stdout, 'tls\n');
	const withEnvironment = await runCli(base, {env: {...env, AWS_CA_BUNDLE: certificate.certPath}});
	t.is(withEnvironment.code, 0, withEnvironment.stderr);
	const unverified = await runCli([...base, '--no-verify-ssl'], {env});
	t.is(unverified.code, 0, unverified.stderr);
});

test('--cli-read-timeout gives up on a silent endpoint with the AWS CLI line (255)', async t => {
	const server = await startRecordingServer(() => hold);
	t.teardown(server.close);
	const result = await runCli(['--cli-read-timeout', '1', '--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'slow'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}),
	});
	t.is(result.code, 255);
	t.regex(result.stderr, /Read timeout on endpoint URL: "http:\/\/127\.0\.0\.1:\d+\/CreateStage"/);
});

test('Ctrl+C while the request is in flight exits 130 without a stack trace', async t => {
	let received: () => void;
	const requestArrived = new Promise<void>(resolve => {
		received = resolve;
	});
	const server = await startRecordingServer(() => hold, {onRequest: () => received()});
	t.teardown(server.close);
	const child = spawn(process.execPath, [cliPath, '--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'x'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}),
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	await requestArrived;
	child.kill('SIGINT');
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	t.is(code, 130);
	t.notRegex(stderr, /\n\s+at /);
});
