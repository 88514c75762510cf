// SigV4 as AWS's front door checks it: each way a request can fail authentication gets the
// service's status (403), error code and wording, through the SDK and on the wire.
import test from 'ava';
import {GetStageCommand, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {ManualClock, rawRequest, sdkClient, signedRequest, startTestEmulator} from './helpers.js';

type SdkError = Error & {$metadata: {httpStatusCode?: number}};

test('an unsigned request is 403 MissingAuthenticationTokenException', async t => {
	const emulator = await startTestEmulator(t);
	const response = await rawRequest(emulator.url, {path: '/ListStages', headers: {'content-type': 'application/json'}, body: '{}'});
	t.is(response.status, 403);
	t.is(response.headers['x-amzn-errortype'], 'MissingAuthenticationTokenException');
	t.deepEqual(response.json(), {message: 'Missing Authentication Token'});
	t.regex(String(response.headers['x-amzn-requestid']), /^[0-9a-f-]{36}$/);
});

test('an unknown access key is 403 UnrecognizedClientException', async t => {
	const emulator = await startTestEmulator(t);
	const error = await t.throwsAsync<SdkError>(sdkClient(emulator, {accessKeyId: 'AKIDUNKNOWN'}).send(new ListStagesCommand({})));
	t.is(error?.name, 'UnrecognizedClientException');
	t.is(error?.message, 'The security token included in the request is invalid.');
	t.is(error?.$metadata.httpStatusCode, 403);
});

test('a wrong secret is 403 InvalidSignatureException with the canonical request the server expected', async t => {
	const emulator = await startTestEmulator(t);
	const error = await t.throwsAsync<SdkError>(sdkClient(emulator, {secretAccessKey: 'wrong'}).send(new ListStagesCommand({})));
	t.is(error?.name, 'InvalidSignatureException');
	t.is(error?.$metadata.httpStatusCode, 403);
	t.true(error?.message.startsWith('The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.'));
	t.regex(error?.message ?? '', /The Canonical String for this request should have been\n'POST\n\/ListStages\n\n/);
	t.regex(error?.message ?? '', /The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n\d{8}T\d{6}Z\n\d{8}\/us-west-2\/ivs\/aws4_request\n[0-9a-f]{64}'/);
});

test('a body changed after signing fails the signature; the untouched request passes', async t => {
	const emulator = await startTestEmulator(t);
	const good = await signedRequest(emulator, {path: '/ListStages', body: '{"maxResults":5}'});
	t.is(good.status, 200);
	t.deepEqual(good.json(), {stages: []});

	const tampered = await signedRequest(emulator, {
		path: '/ListStages',
		body: '{"maxResults":5}',
		tamper(request) {
			request.body = '{"maxResults":6}';
		},
	});
	t.is(tampered.status, 403);
	t.is(tampered.headers['x-amzn-errortype'], 'InvalidSignatureException');
});

test('a request signed for another region or service is refused with the service\'s reason', async t => {
	const emulator = await startTestEmulator(t);
	const region = await signedRequest(emulator, {path: '/ListStages', body: '{}', region: 'eu-west-1'});
	t.is(region.status, 403);
	t.is(region.json().message, 'Credential should be scoped to a valid region, not \'eu-west-1\'. ');
	const service = await signedRequest(emulator, {path: '/ListStages', body: '{}', service: 'ivschat'});
	t.is(service.status, 403);
	t.is(service.json().message, 'Credential should be scoped to correct service: \'ivs\'. ');
});

test('a request time more than 5 minutes behind is "Signature expired" (403)', async t => {
	const clock = new ManualClock();
	clock.advance(10 * 60_000);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const error = await t.throwsAsync<SdkError>(sdkClient(emulator).send(new ListStagesCommand({})));
	t.is(error?.name, 'InvalidSignatureException');
	t.is(error?.$metadata.httpStatusCode, 403);
	t.regex(error?.message ?? '', /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
});

test('a request time more than 5 minutes ahead is "Signature not yet current" (403)', async t => {
	const clock = new ManualClock();
	clock.advance(-10 * 60_000);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const response = await signedRequest(emulator, {path: '/ListStages', body: '{}'});
	t.is(response.status, 403);
	t.is(response.headers['x-amzn-errortype'], 'InvalidSignatureException');
	t.regex(response.json().message, /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/);
});

test('the Date header follows the emulator\'s clock, so the SDK corrects its skew and retries', async t => {
	const clock = new ManualClock();
	clock.advance(30 * 60_000);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const response = await sdkClient(emulator, {maxAttempts: 3}).send(new ListStagesCommand({}));
	t.is(response.$metadata.httpStatusCode, 200);
	t.is(response.$metadata.attempts, 2);
});

test('a malformed Authorization header is 403 IncompleteSignatureException', async t => {
	const emulator = await startTestEmulator(t);
	const response = await rawRequest(emulator.url, {
		path: '/ListStages',
		headers: {authorization: 'AWS4-HMAC-SHA256 Credential=test', 'content-type': 'application/json'},
		body: '{}',
	});
	t.is(response.status, 403);
	t.is(response.headers['x-amzn-errortype'], 'IncompleteSignatureException');
	t.regex(response.json().message, /Authorization header requires 'Credential' parameter/);
});

test('authentication comes before everything else: an unsigned request for a missing stage is still 403', async t => {
	const emulator = await startTestEmulator(t);
	const response = await rawRequest(emulator.url, {path: '/GetStage', headers: {'content-type': 'application/json'}, body: '{"arn":"nope"}'});
	t.is(response.status, 403);
	const signedMissing = await t.throwsAsync<SdkError>(sdkClient(emulator).send(new GetStageCommand({arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh'})));
	t.is(signedMissing?.$metadata.httpStatusCode, 404);
});
