// The equivalent `aws ivs-realtime create-stage …` command and the --cli-input-json body: each,
// split by a real POSIX shell and parsed back, gives the request it was made from.
import {execFileSync} from 'node:child_process';
import test from 'ava';
import {parseCreateStageArgv} from '../../source/args/parse-argv.js';
import {renderCliInputJson, renderCommand, shellQuote} from '../../source/args/render-command.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {shorthandCases} from './shorthand-cases.js';

/** The words /bin/sh makes of a command line. */
function shellWords(command: string): string[] {
	const output = execFileSync('sh', ['-c', 'eval "set -- $1"; printf \'%s\\0\' "$@"', 'sh', command], {encoding: 'utf8'});
	return output.split('\0').slice(0, -1);
}

function argvOf(command: string): string[] {
	const words = shellWords(command);
	if (words.slice(0, 3).join(' ') !== 'aws ivs-realtime create-stage') {
		throw new Error(`Not an aws ivs-realtime create-stage command: ${command}`);
	}

	return words.slice(3);
}

const rich: CreateStageRequest = {
	name: 'review-stage_1',
	participantTokenConfigurations: [
		{userId: 'o\'brien & co', duration: 90, capabilities: ['PUBLISH', 'SUBSCRIBE'], attributes: {role: 'host', note: 'a "quoted" $HOME `date` \\ value, with commas'}},
		{userId: 'viewer-2', capabilities: ['SUBSCRIBE']},
	],
	tags: {team: 'video', 'cost:center': 'ü-42', 'a=b': 'c,d', empty: ''},
	autoParticipantRecordingConfiguration: {
		storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh',
		mediaTypes: ['AUDIO_ONLY'],
		thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 30, storage: ['LATEST']},
		recordingReconnectWindowSeconds: 10,
		hlsConfiguration: {targetSegmentDurationSeconds: 4},
		recordParticipantReplicas: false,
	},
};

const roundTrips = test.macro({
	exec(t, request: CreateStageRequest) {
		const command = renderCommand(request);
		t.deepEqual(parseCreateStageArgv(argvOf(command)).request, request, command);
		const multiline = renderCommand(request, {multiline: true});
		t.deepEqual(parseCreateStageArgv(argvOf(multiline)).request, request, multiline);
		for (const options of [{shorthand: true}, {shorthand: true, multiline: true}]) {
			const shorthand = renderCommand(request, options);
			t.deepEqual(parseCreateStageArgv(argvOf(shorthand)).request, request, shorthand);
		}

		const body = renderCliInputJson(request);
		t.deepEqual(parseCreateStageArgv(['--cli-input-json', body]).request, request);
	},
	title: title => `round trip: ${title ?? ''}`,
});

test('a rich request', roundTrips, rich);
test('an empty request', roundTrips, {});
test('empty name, lists and maps', roundTrips, {name: '', participantTokenConfigurations: [], tags: {}});
test('a token with only defaults', roundTrips, {participantTokenConfigurations: [{}]});
test('newlines, tabs and non-ASCII', roundTrips, {name: 'line\nbreak\ttab', tags: {'ключ': '値 😀', q: '\'\'\''}});
test('a name that starts with -', roundTrips, {name: '-dash'});
test('a name that looks like a file', roundTrips, {name: 'file://etc/passwd'});
test('a name that looks like shorthand or JSON', roundTrips, {name: '{"a":1}', tags: {x: '[1]'}});
test('twelve tokens', roundTrips, {participantTokenConfigurations: Array.from({length: 12}, (_, index) => ({userId: `user-${index}`, duration: index + 1}))});

for (const {label, request} of shorthandCases) {
	test(label, roundTrips, request);
}

test('single-item lists, an empty attribute map and every recording member', roundTrips, {
	participantTokenConfigurations: [{userId: 'solo', capabilities: ['SUBSCRIBE'], attributes: {}}],
	autoParticipantRecordingConfiguration: {storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh', mediaTypes: ['AUDIO_VIDEO'], thumbnailConfiguration: {storage: ['SEQUENTIAL']}},
});
test('keys and values shorthand cannot say plainly', roundTrips, {
	participantTokenConfigurations: [{userId: 'a,b'}, {userId: 'c=d'}, {userId: '{x}'}, {userId: '-lead'}, {userId: ''}, {capabilities: []}, {}],
	tags: {'file://x': 'y', 'k k': 'v', ü: 'v', 'a]': 'b'},
});

test('with a width, a value too wide for its option\'s line goes on a line of its own, and the command still parses back', t => {
	const request: CreateStageRequest = {name: 'class-42', participantTokenConfigurations: [{userId: 'alice', duration: 90}], tags: {team: 'video'}};
	const narrow = renderCommand(request, {shorthand: true, multiline: true, width: 60});
	t.is(narrow, [
		'aws ivs-realtime create-stage \\',
		'    --name class-42 \\',
		'    --participant-token-configurations \\',
		'        userId=alice,duration=90 \\',
		'    --tags team=video',
	].join('\n'));
	t.deepEqual(parseCreateStageArgv(argvOf(narrow)).request, request, narrow);
	t.true(narrow.split('\n').every(line => line.length <= 60), narrow);
	// Wide enough, the option keeps its value on its line.
	t.true(renderCommand(request, {shorthand: true, multiline: true, width: 80}).includes('    --participant-token-configurations userId=alice,duration=90 \\\n'));
	t.deepEqual(parseCreateStageArgv(argvOf(renderCommand(rich, {shorthand: true, multiline: true, width: 40}))).request, rich);
});

test('the review writes shorthand where it says the same, one list item per line', t => {
	t.is(
		renderCommand({participantTokenConfigurations: [{userId: 'a', capabilities: ['PUBLISH', 'SUBSCRIBE']}, {userId: 'b'}]}, {shorthand: true}),
		'aws ivs-realtime create-stage --participant-token-configurations userId=a,capabilities=PUBLISH,SUBSCRIBE userId=b',
	);
	t.is(
		renderCommand({name: 'show', participantTokenConfigurations: [{userId: 'host', duration: 60, attributes: {role: 'host'}}, {userId: 'guest'}], tags: {team: 'video'}}, {shorthand: true, multiline: true}),
		[
			'aws ivs-realtime create-stage \\',
			'    --name show \\',
			'    --participant-token-configurations \\',
			'        \'userId=host,duration=60,attributes={role=host}\' \\',
			'        userId=guest \\',
			'    --tags team=video',
		].join('\n'),
	);
	// JSON for an option shorthand cannot say plainly; shorthand for the others.
	t.is(
		renderCommand({participantTokenConfigurations: [{userId: 'o\'brien'}], tags: {a: 'b'}}, {shorthand: true}),
		'aws ivs-realtime create-stage --participant-token-configurations \'[{"userId":"o\'\\\'\'brien"}]\' --tags a=b',
	);
});

test('a typical review command wraps cleanly at 60 columns: a longer line is one word', t => {
	const command = renderCommand(
		{
			name: 'weekly-show-2026-11-28',
			participantTokenConfigurations: [
				{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 120},
				{userId: 'guest-1', capabilities: ['PUBLISH', 'SUBSCRIBE']},
				{userId: 'viewer', capabilities: ['SUBSCRIBE']},
			],
			tags: {team: 'video', env: 'demo'},
		},
		{shorthand: true, multiline: true, globals: {region: 'us-west-2', profile: 'video'}},
	);
	const lines = command.split('\n');
	t.is(lines.length, 9);
	for (const line of lines) {
		const words = line.replace(/ \\$/, '').trim().split(' ');
		t.true(line.length <= 60 || words.length === 1, line);
	}
});

test('the command reads like the AWS CLI page\'s example', t => {
	t.is(
		renderCommand({name: 'stage1', participantTokenConfigurations: [{userId: 'alice'}]}),
		'aws ivs-realtime create-stage --name stage1 --participant-token-configurations \'[{"userId":"alice"}]\'',
	);
});

test('members come out in the model\'s order, nested ones too', t => {
	const command = renderCommand({
		tags: {b: '1', a: '2'},
		participantTokenConfigurations: [{capabilities: ['PUBLISH'], userId: 'u', duration: 5}],
		name: 'n',
	});
	t.is(command, 'aws ivs-realtime create-stage --name n --participant-token-configurations \'[{"duration":5,"userId":"u","capabilities":["PUBLISH"]}]\' --tags \'{"b":"1","a":"2"}\'');
});

test('a name starting with file:// goes through --cli-input-json, which reads no files', t => {
	const command = renderCommand({name: 'file://x', tags: {a: 'b'}});
	t.is(command, 'aws ivs-realtime create-stage --tags \'{"a":"b"}\' --cli-input-json \'{"name":"file://x"}\'');
});

test('a name starting with - is written --name=…', t => {
	t.is(renderCommand({name: '-x'}), 'aws ivs-realtime create-stage --name=-x');
});

test('settings other than the defaults follow the parameters', t => {
	const command = renderCommand({name: 'n'}, {
		globals: {
			region: 'eu-west-1', profile: 'dev', output: 'yaml', query: 'stage.arn', verifySsl: false, color: 'auto',
			readTimeoutSeconds: 60, connectTimeoutSeconds: 5, autoPrompt: false, pager: false, debug: true, sandbox: true,
		},
	});
	t.is(command, 'aws ivs-realtime create-stage --name n --debug --no-verify-ssl --output yaml --query stage.arn --profile dev --region eu-west-1 --cli-connect-timeout 5 --no-cli-pager --no-cli-auto-prompt');
	const {globals} = parseCreateStageArgv(argvOf(command));
	t.like(globals, {region: 'eu-west-1', profile: 'dev', output: 'yaml', query: 'stage.arn', verifySsl: false, connectTimeoutSeconds: 5, autoPrompt: false, pager: false, debug: true});
});

test('multi-line form puts one option on each line', t => {
	t.is(
		renderCommand({name: 'stage1', participantTokenConfigurations: [{userId: 'alice'}]}, {multiline: true}),
		'aws ivs-realtime create-stage \\\n    --name stage1 \\\n    --participant-token-configurations \'[{"userId":"alice"}]\'',
	);
});

test('another program name', t => {
	t.is(renderCommand({name: 'n'}, {program: 'ivs-stage-wizard'}), 'ivs-stage-wizard --name n');
});

test('the --cli-input-json body is 4-space JSON in the model\'s order', t => {
	t.is(
		renderCliInputJson({tags: {z: '1'}, name: 'n', participantTokenConfigurations: [{capabilities: ['SUBSCRIBE'], userId: 'u'}]}),
		'{\n    "name": "n",\n    "participantTokenConfigurations": [\n        {\n            "userId": "u",\n            "capabilities": [\n                "SUBSCRIBE"\n            ]\n        }\n    ],\n    "tags": {\n        "z": "1"\n    }\n}\n',
	);
});

test('shellQuote leaves safe words bare and quotes the rest', t => {
	t.is(shellQuote('stage-1_a.b/c:d,e=f@g%h+i'), 'stage-1_a.b/c:d,e=f@g%h+i');
	t.is(shellQuote(''), '\'\'');
	t.is(shellQuote('it\'s'), '\'it\'\\\'\'s\'');
	t.is(shellQuote('~user'), '\'~user\'');
	for (const word of ['', 'a b', '$HOME', '`x`', '"', '\'', '\\', '!', '*', '~', 'ü', '\n', 'a;b', '#c']) {
		t.deepEqual(shellWords(`printf ${shellQuote(word)}`), ['printf', word], JSON.stringify(word));
	}
});

test('with a width and a measure, wide characters count as the columns they take', t => {
	const request: CreateStageRequest = {tags: {team: '映像チーム映像チーム'}};
	const measure = (text: string) => [...text].reduce((columns, character) => columns + (/[\u3000-\u9FFF]/.test(character) ? 2 : 1), 0);
	const line = `--tags '{"team":"映像チーム映像チーム"}'`;
	// With its indent and ` \`: 36 by length, 46 in columns.
	t.is(renderCommand(request, {shorthand: true, multiline: true, width: 40}), `aws ivs-realtime create-stage \\\n    ${line}`);
	t.is(renderCommand(request, {shorthand: true, multiline: true, width: 40, measure}), `aws ivs-realtime create-stage \\\n    --tags \\\n        ${line.slice('--tags '.length)}`);
});
