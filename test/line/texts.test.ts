// The two static texts line mode prints: the review and the created stage. Pure functions of
// plain data, so their wording, masking and neutralising are checked without a terminal.
import test from 'ava';
import {resultLines, tokenTableLines} from '../../source/line/result-text.js';
import {reviewLines} from '../../source/line/review-lines.js';
import type {CreateStageResponse} from '../../source/stage/request.js';
import {tokenMask} from '../../source/tokens/mask-token.js';
import {selectProblems} from '../../source/wizard/problems.js';
import {describeWhere} from '../../source/wizard/summary.js';

const now = Date.parse('2026-11-28T10:00:00Z');
const escape = '\u001B]52;c;ZXZpbA==\u0007';

const response: CreateStageResponse = {
	stage: {
		arn: 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEf123456',
		name: `show${escape}`,
		activeSessionId: 'st-1',
		tags: {team: `video${escape}`},
		endpoints: {whip: 'https://whip.example', events: 'wss://events.example', rtmps: 'rtmps://rtmps.example/app/', rtmp: 'rtmp://rtmp.example/app/'},
	},
	participantTokens: [
		{participantId: 'p1', userId: `host${escape}`, capabilities: ['PUBLISH', 'SUBSCRIBE'], token: 'eyJ.secret.one', expirationTime: new Date(now + 90 * 60_000)},
		{participantId: 'p2', userId: 'guest', capabilities: ['SUBSCRIBE'], token: 'eyJ.secret.two', expirationTime: new Date(now - 1000)},
	],
};

test('the created stage: header, one row per token, tokens masked, nothing from the service raw', t => {
	const text = resultLines(response, {region: 'us-west-2', reveal: false, now, sandbox: true}).join('\n');
	t.false(text.includes('\u001B'));
	t.false(text.includes('\u0007'));
	t.false(text.includes('eyJ'));
	t.regex(text, /^✔ Stage created in the sandbox/);
	t.regex(text, /Name {6}show\\x1b\]52;c;ZXZpbA==\\x07/);
	t.regex(text, /Tags {6}team=video\\x1b/);
	t.regex(text, /WHIP {6}https:\/\/whip\.example/);
	t.true(text.includes(`1  host\\x1b]52;c;ZXZpbA==\\…  p1              pub+sub  01:30:00    ${tokenMask}`), 'a long user ID is cut to 24 columns');
	t.true(text.includes(`2  guest                     p2              sub      expired     ${tokenMask}`));
});

test('revealed: no token column; each token whole on its own line, for copying', t => {
	const lines = tokenTableLines(response.participantTokens!, {reveal: true, now});
	t.is(lines[0], 'Participant tokens (2):');
	t.false(lines[1]!.includes('Token'));
	t.true(lines.includes('  eyJ.secret.one'));
	t.true(lines.includes('  2. guest'));
});

test('a terminal narrower than the table: the column of masks goes, the title says how to see the tokens; wide enough, it stays', t => {
	// 80 columns with the masks, 66 without.
	const narrow = tokenTableLines(response.participantTokens!, {reveal: false, now, width: 66});
	t.is(narrow[0], 'Participant tokens (2) (Show the tokens prints them):');
	t.false(narrow.join('\n').includes(tokenMask));
	t.true(narrow.every(line => line.length <= 66), narrow.join('\n'));
	const wide = tokenTableLines(response.participantTokens!, {reveal: false, now, width: 80});
	t.is(wide[0], 'Participant tokens (2), masked:');
	t.true(wide[3]!.endsWith(tokenMask));
});

test('no tokens: says how to make some later', t => {
	t.deepEqual(tokenTableLines([], {reveal: false, now}), ['No participant tokens: create them later with aws ivs-realtime create-participant-token.']);
});

test('review: where, each section, problems marked, the aws command and the --cli-input-json body', t => {
	const request = {name: 'bad name', tags: {team: `a${escape}`}, participantTokenConfigurations: [{userId: 'host', duration: 0}]};
	const lines = reviewLines(request, {profile: 'work', region: 'eu-west-1'}, selectProblems(request), false);
	const text = lines.join('\n');
	t.false(text.includes('\u001B'));
	t.is(lines[0], 'Where               profile work · eu-west-1');
	t.is(lines[1], '✗ Name              bad name');
	t.regex(text, /Tags \(1\) {12}team = a\\x1b/);
	t.true(lines.includes('✗ Participants (1)  ✗ 1. host · publish, subscribe · 0 s'));
	t.regex(text, /✗ 2 problems to fix before creating:\n {2}✗ name: "bad name" must match the pattern/);
	t.regex(text, /The same with the AWS CLI:\naws ivs-realtime create-stage \\\n {4}--name 'bad name'/);
	t.regex(text, /--region eu-west-1/);
	t.regex(text, /--cli-input-json:\n\{\n {4}"name": "bad name",/);
});

test('where: the sandbox says so; otherwise profile, region and endpoint', t => {
	t.is(describeWhere({}, true), 'the sandbox (local emulator): not a real AWS stage');
	t.is(describeWhere({region: 'us-west-2'}, true, 'http://127.0.0.1:5'), 'the sandbox (local emulator http://127.0.0.1:5 · us-west-2): not a real AWS stage');
	t.is(describeWhere({region: 'us-east-1', endpointUrl: 'http://127.0.0.1:1'}, false), 'profile default · us-east-1 · endpoint http://127.0.0.1:1');
});
