// The non-interactive path end to end: the built bin, the SDK's real client, real HTTP to a
// node:http server started here. Asserts what reached the server and what the user saw.
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {startRecordingServer, type RecordedRequest} from '../helpers/recording-server.js';

const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';
const secretToken = 'eyJhbGciOiJFUzM4NCJ9.eyJzZWNyZXQiOiJ0b2tlbiJ9.c2lnbmF0dXJlLXNlY3JldA';

function createStageAnswer(request: RecordedRequest) {
	const input = JSON.parse(request.body || '{}') as {
		name?: string;
		tags?: Record<string, string>;
		participantTokenConfigurations?: Array<{userId?: string; capabilities?: string[]; duration?: number}>;
	};
	return {
		body: {
			participantTokens: (input.participantTokenConfigurations ?? []).map((configuration, index) => ({
				capabilities: configuration.capabilities ?? ['PUBLISH', 'SUBSCRIBE'],
				duration: configuration.duration ?? 720,
				expirationTime: '2026-11-28T11:00:00Z',
				participantId: `participant${index}`,
				token: secretToken,
				userId: configuration.userId,
			})),
			stage: {activeSessionId: 'st-a1b2c3d4e5f6g', arn: stageArn, name: input.name, tags: input.tags ?? {}},
		},
	};
}

const credentials = {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'};

test('creates a stage through the real SDK client and prints the response as AWS CLI v2 json', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(
		[
			'--endpoint-url',
			server.url,
			'--region',
			'us-west-2',
			'--name',
			'demo-1',
			'--participant-token-configurations',
			'userId=alice,capabilities=PUBLISH,SUBSCRIBE,duration=60',
			'userId=bob,attributes={role=viewer}',
			'--tags',
			'team=video,env=test',
		],
		{env: cleanEnv(credentials)},
	);
	t.is(result.stderr, '');
	t.is(result.code, 0);
	t.is(server.requests.length, 1);
	const [request] = server.requests;
	t.is(request!.method, 'POST');
	t.is(request!.url, '/CreateStage');
	t.regex(String(request!.headers.authorization), /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-west-2\/ivs\/aws4_request/);
	t.deepEqual(JSON.parse(request!.body), {
		name: 'demo-1',
		participantTokenConfigurations: [
			{userId: 'alice', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 60},
			{userId: 'bob', attributes: {role: 'viewer'}},
		],
		tags: {team: 'video', env: 'test'},
	});
	const printed = JSON.parse(result.stdout) as {stage: {arn: string}; participantTokens: Array<{expirationTime: string; userId: string}>};
	t.is(printed.stage.arn, stageArn);
	t.deepEqual(
		printed.participantTokens.map(token => token.userId),
		['alice', 'bob'],
	);
	t.is(printed.participantTokens[0]!.expirationTime, '2026-11-28T11:00:00+00:00');
	t.true(result.stdout.startsWith('{\n    "stage": {\n        "arn": '), 'json uses 4 spaces and the model order');
});

test('a value the service would refuse is refused locally: one line, exit 252, nothing sent', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(
		[
			'--endpoint-url',
			server.url,
			'--region',
			'us-west-2',
			'--participant-token-configurations',
			'userId=a',
			'userId=b',
			'userId=c,duration=30000',
		],
		{env: cleanEnv(credentials)},
	);
	t.is(result.code, 252);
	t.is(server.requests.length, 0);
	t.is(result.stderr.trim().split('\n').length, 1);
	t.regex(result.stderr, /participantTokenConfigurations\[2\]\.duration/);
	t.regex(result.stderr, /30000/);
	t.regex(result.stderr, /20160/);
	t.notRegex(result.stderr, /\n\s+at /, 'no stack trace');
});

test('a service error prints the AWS CLI line and exits 254', async t => {
	const server = await startRecordingServer(() => ({
		status: 402,
		headers: {'x-amzn-ErrorType': 'ServiceQuotaExceededException'},
		body: {message: 'Stage quota exceeded'},
	}));
	t.teardown(server.close);
	const result = await runCli(['--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'x'], {
		env: cleanEnv(credentials),
	});
	t.is(result.code, 254);
	t.is(
		result.stderr.trim(),
		'An error occurred (ServiceQuotaExceededException) when calling the CreateStage operation: Stage quota exceeded',
	);
	t.is(result.stdout, '');
});

test('without a region it says what to do and exits 253', async t => {
	const result = await runCli(['--endpoint-url', 'http://127.0.0.1:9', '--name', 'x'], {env: cleanEnv(credentials)});
	t.is(result.code, 253);
	t.regex(result.stderr, /region/i);
	t.is(result.stderr.trim().split('\n').length, 1);
});

test('without credentials it says what to do and exits 253', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'x']);
	t.is(result.code, 253);
	t.regex(result.stderr, /credentials/i);
	t.is(server.requests.length, 0);
});

test('--debug logs the exchange with the token and the signature redacted', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(
		['--debug', '--endpoint-url', server.url, '--region', 'us-west-2', '--participant-token-configurations', 'userId=a'],
		{env: cleanEnv({...credentials, AWS_SESSION_TOKEN: 'session-secret-value'})},
	);
	t.is(result.code, 0);
	t.regex(result.stderr, /POST http:\/\/127\.0\.0\.1:\d+\/CreateStage/);
	t.regex(result.stderr, /Response status: 200/);
	const signature = /Signature=([0-9a-f]{64})/.exec(String(server.requests[0]!.headers.authorization))![1]!;
	t.false(result.stderr.includes(signature), 'signature redacted');
	t.false(result.stderr.includes(secretToken), 'participant token redacted');
	t.false(result.stderr.includes('session-secret-value'), 'session token redacted');
	t.true(result.stdout.includes(secretToken), 'the token is still printed as output');
});

test('--no-sign-request sends no Authorization header and needs no credentials', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--no-sign-request', '--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'open']);
	t.is(result.code, 0, result.stderr);
	t.is(server.requests[0]!.headers.authorization, undefined);
});

test('AWS_ENDPOINT_URL_IVS_REALTIME and AWS_DEFAULT_REGION are honoured', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--name', 'env-stage', '--output', 'text', '--query', 'stage.name'], {
		env: cleanEnv({...credentials, AWS_ENDPOINT_URL_IVS_REALTIME: server.url, AWS_DEFAULT_REGION: 'eu-west-1'}),
	});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'env-stage\n');
	t.regex(String(server.requests[0]!.headers.authorization), /\/eu-west-1\/ivs\//);
});

test('--cli-auto-prompt without a terminal is a usage error', async t => {
	const result = await runCli(['--cli-auto-prompt', '--name', 'x'], {env: cleanEnv(credentials)});
	t.is(result.code, 252);
	t.regex(result.stderr, /terminal/);
});

test('an endpoint that does not answer gives the AWS CLI line and exit 255', async t => {
	const server = await startRecordingServer(createStageAnswer);
	const {url} = server;
	await server.close();
	const result = await runCli(['--endpoint-url', url, '--region', 'us-west-2', '--name', 'x'], {
		env: cleanEnv(credentials),
	});
	t.is(result.code, 255);
	t.regex(result.stderr, /Could not connect to the endpoint URL/);
});

test('a bad --query is refused before anything is sent (252)', async t => {
	const server = await startRecordingServer(createStageAnswer);
	t.teardown(server.close);
	const result = await runCli(['--endpoint-url', server.url, '--region', 'us-west-2', '--name', 'x', '--query', 'stage.['], {
		env: cleanEnv(credentials),
	});
	t.is(result.code, 252);
	t.regex(result.stderr, /^Bad value for --query stage\.\[/);
	t.is(server.requests.length, 0);
});

test('--generate-cli-skeleton prints the input skeleton without sending anything', async t => {
	const result = await runCli(['--generate-cli-skeleton']);
	t.is(result.code, 0, result.stderr);
	const skeleton = JSON.parse(result.stdout) as Record<string, unknown>;
	t.deepEqual(Object.keys(skeleton), ['name', 'participantTokenConfigurations', 'tags', 'autoParticipantRecordingConfiguration']);
});
