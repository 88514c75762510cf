// The REST-JSON wire format itself: routes and input binding from the model, error headers and
// bodies, and what happens to requests no client of the service would send.
import test from 'ava';
import {buildRoutes, matchRoute, readInput} from '../../source/emulator/model-routes.js';
import {isoSeconds, serializeShape} from '../../source/emulator/serialize-output.js';
import {validateServiceInput} from '../../source/emulator/validate-input.js';
import {rawRequest, signedRequest, startTestEmulator} from './helpers.js';

const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';

test('routes come from the model: method, literal path, and URI labels decoded', t => {
	const routes = buildRoutes(['CreateStage', 'TagResource', 'UntagResource', 'ListTagsForResource']);
	t.is(matchRoute(routes, 'POST', '/CreateStage')?.route.name, 'CreateStage');
	t.is(matchRoute(routes, 'GET', '/CreateStage'), undefined);
	const tag = matchRoute(routes, 'POST', `/tags/${encodeURIComponent(stageArn)}`);
	t.is(tag?.route.name, 'TagResource');
	t.deepEqual(tag?.labels, {resourceArn: stageArn});
	t.is(matchRoute(routes, 'DELETE', `/tags/${encodeURIComponent(stageArn)}`)?.route.name, 'UntagResource');
	t.is(matchRoute(routes, 'GET', `/tags/${encodeURIComponent(stageArn)}`)?.route.name, 'ListTagsForResource');
	t.is(matchRoute(routes, 'GET', '/tags'), undefined);
});

test('input members are bound from where the model puts them: URI, repeated query keys, JSON body', t => {
	const untag = readInput('UntagResource', {
		labels: {resourceArn: stageArn},
		query: new URLSearchParams('tagKeys=a&tagKeys=b'),
		headers: {},
		body: Buffer.alloc(0),
	});
	t.deepEqual(untag, {resourceArn: stageArn, tagKeys: ['a', 'b']});
	const tag = readInput('TagResource', {labels: {resourceArn: stageArn}, query: new URLSearchParams(), headers: {}, body: Buffer.from('{"tags":{"k":"v"}}')});
	t.deepEqual(tag, {tags: {k: 'v'}, resourceArn: stageArn});
	t.throws(() => readInput('CreateStage', {labels: {}, query: new URLSearchParams(), headers: {}, body: Buffer.from('{oops')}), {message: /Could not parse/});
});

test('output follows the model: its members only, in its order, timestamps as ISO 8601 seconds', t => {
	const output = serializeShape('StageSession', {endTime: Date.UTC(2026, 10, 28, 12), extra: 'dropped', startTime: Date.UTC(2026, 10, 28, 11), sessionId: 'st-aaaaaaaaaaaaa'});
	t.deepEqual(output, {sessionId: 'st-aaaaaaaaaaaaa', startTime: '2026-11-28T11:00:00Z', endTime: '2026-11-28T12:00:00Z'});
	t.deepEqual(Object.keys(output as object), ['sessionId', 'startTime', 'endTime']);
	t.is(isoSeconds(Date.UTC(2026, 0, 2, 3, 4, 5, 678)), '2026-01-02T03:04:05Z');
});

test('the emulator checks ResourceArn as the service means it, not as the model\'s typo would', t => {
	t.deepEqual(validateServiceInput('ListTagsForResource', {resourceArn: stageArn}), []);
	t.deepEqual(validateServiceInput('ListTagsForResource', {resourceArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh'}), []);
	const bad = validateServiceInput('ListTagsForResource', {resourceArn: 'arn:aws:s3:::bucket'});
	t.is(bad.length, 1);
	t.is(bad[0]?.rule.kind, 'pattern');
	t.deepEqual(validateServiceInput('CreateStage', {name: 'ok', somethingNew: 1}), [], 'unknown members are ignored, as AWS services do');
});

test('a modeled error carries x-amzn-ErrorType and its text in exceptionMessage (and message, for botocore)', async t => {
	const emulator = await startTestEmulator(t);
	const response = await signedRequest(emulator, {path: '/GetStage', body: JSON.stringify({arn: stageArn})});
	t.is(response.status, 404);
	t.is(response.headers['x-amzn-errortype'], 'ResourceNotFoundException');
	t.is(response.headers['content-type'], 'application/json');
	t.deepEqual(response.json(), {exceptionMessage: `Resource: ${stageArn} not found`, message: `Resource: ${stageArn} not found`});
	t.regex(String(response.headers['x-amzn-requestid']), /^[0-9a-f]{8}-[0-9a-f]{4}-/);
	t.truthy(response.headers.date);
});

test('UntagResource takes its keys from repeated query parameters on the wire', async t => {
	const emulator = await startTestEmulator(t);
	const created = await signedRequest(emulator, {path: '/CreateStage', body: '{"tags":{"a":"1","b":"2","c":"3"}}'});
	const arn = created.json().stage.arn as string;
	const untagged = await signedRequest(emulator, {method: 'DELETE', path: `/tags/${encodeURIComponent(arn)}`, query: {tagKeys: ['a', 'c']}});
	t.is(untagged.status, 200);
	const listed = await signedRequest(emulator, {method: 'GET', path: `/tags/${encodeURIComponent(arn)}`});
	t.deepEqual(listed.json(), {tags: {b: '2'}});
});

test('requests no client would send: unknown route, unserved operation, bad JSON, huge body', async t => {
	const emulator = await startTestEmulator(t);
	const unknown = await signedRequest(emulator, {path: '/DoSomething', body: '{}'});
	t.is(unknown.status, 404);
	t.is(unknown.headers['x-amzn-errortype'], 'UnknownOperationException');

	const unserved = await signedRequest(emulator, {path: '/ListCompositions', body: '{}'});
	t.is(unserved.status, 501);
	t.regex(unserved.json().message, /does not implement ListCompositions/);

	const badJson = await signedRequest(emulator, {path: '/CreateStage', body: '{"name":'});
	t.is(badJson.status, 400);
	t.is(badJson.headers['x-amzn-errortype'], 'ValidationException');

	const huge = await rawRequest(emulator.url, {path: '/CreateStage', headers: {'content-type': 'application/json'}, body: 'x'.repeat(1024 * 1024 + 1)});
	t.is(huge.status, 413);
});
