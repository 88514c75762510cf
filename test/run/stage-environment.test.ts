// The child's variables and response file, from answers the model allows: activeSessionId and
// endpoints are optional members of Stage, so an answer without them gives empty variables rather
// than missing ones (an outer run's value must not leak through).
import {readFile, stat} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {firstResponse, responseData, stageVariables, writeResponseFile} from '../../source/cli/stage-environment.js';

const arn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCD1234';

test('an answer without a session, endpoints or tokens: empty variables and an empty token list', t => {
	const data = responseData([{stage: {arn}}], false);
	t.deepEqual(stageVariables(data, '/tmp/x.json'), {
		IVS_STAGE_ARN: arn,
		IVS_STAGE_SESSION_ID: '',
		IVS_WHIP_ENDPOINT: '',
		IVS_EVENTS_ENDPOINT: '',
		IVS_PARTICIPANT_TOKENS: '[]',
		IVS_STAGE_RESPONSE_FILE: '/tmp/x.json',
	});
});

test('the tokens as the AWS CLI prints them (expirationTime as v2 writes it); a batch is {"results": [...]} in order', t => {
	const expirationTime = new Date('2026-11-28T20:00:00Z');
	const first = {stage: {arn, activeSessionId: 'st-1', endpoints: {whip: 'https://w', events: 'wss://e'}}, participantTokens: [{participantId: 'p1', token: 'secret', userId: 'u', expirationTime}]};
	const second = {stage: {arn: `${arn}2`}};
	const batch = responseData([first, second], true) as {results: unknown[]};
	t.is(batch.results.length, 2);
	const variables = stageVariables(firstResponse(batch as never, true), 'f');
	t.is(variables.IVS_STAGE_SESSION_ID, 'st-1');
	t.is(variables.IVS_WHIP_ENDPOINT, 'https://w');
	t.is(variables.IVS_EVENTS_ENDPOINT, 'wss://e');
	t.deepEqual(JSON.parse(variables.IVS_PARTICIPANT_TOKENS!), [{participantId: 'p1', token: 'secret', userId: 'u', expirationTime: '2026-11-28T20:00:00+00:00'}]);
});

test('the response file: 0600 in a 0700 directory of its own, --output json\'s bytes, removed with its directory', async t => {
	const file = await writeResponseFile(responseData([{stage: {arn, name: 'n'}}], false));
	t.teardown(file.remove);
	t.is((await stat(file.path)).mode & 0o777, 0o600);
	t.is((await stat(path.dirname(file.path))).mode & 0o777, 0o700);
	t.is(await readFile(file.path, 'utf8'), `{\n    "stage": {\n        "arn": "${arn}",\n        "name": "n"\n    }\n}\n`);
	await file.remove();
	t.false(existsSync(path.dirname(file.path)));
});
