// One parameter's value from its words: JSON or shorthand as the AWS CLI decides, list options
// over several words, and file:// / fileb:// read from real files in a temporary folder.
import {mkdtempSync, writeFileSync, mkdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test from 'ava';
import {UsageError} from '../../source/basics/errors.js';
import {parameterOption, type OptionSpec} from '../../source/args/options.js';
import {unpackParameterValue} from '../../source/args/parameter-value.js';

const folder = mkdtempSync(join(tmpdir(), 'ivs-args-'));
test.after.always(() => {
	rmSync(folder, {recursive: true, force: true});
});

function file(name: string, contents: string | Uint8Array): string {
	const path = join(folder, name);
	writeFileSync(path, contents);
	return path;
}

function option(member: string): OptionSpec {
	return parameterOption(member)!;
}

const tokens = option('participantTokenConfigurations');
const tags = option('tags');
const name = option('name');
const recording = option('autoParticipantRecordingConfiguration');

function usageMessage(t: import('ava').ExecutionContext, run: () => unknown): string {
	const error = t.throws(run, {instanceOf: UsageError});
	t.is(error.exitCode, 252);
	t.false(error.message.includes('\n'), error.message);
	return error.message;
}

test('each word of a list option is one item', t => {
	t.deepEqual(unpackParameterValue(tokens, ['userId=a', 'userId=b']), [{userId: 'a'}, {userId: 'b'}]);
});

test('a list option with no words is an empty list', t => {
	t.deepEqual(unpackParameterValue(tokens, []), []);
});

test('a JSON list in one word is the list', t => {
	t.deepEqual(unpackParameterValue(tokens, ['[{"userId":"a","duration":5},{"userId":"b"}]']), [{userId: 'a', duration: 5}, {userId: 'b'}]);
	t.deepEqual(unpackParameterValue(tokens, [' \n [{"userId":"a"}]']), [{userId: 'a'}]);
});

test('JSON objects as several words are the items', t => {
	t.deepEqual(unpackParameterValue(tokens, ['{"userId":"a"}', ' {"userId":"b"}']), [{userId: 'a'}, {userId: 'b'}]);
	t.deepEqual(unpackParameterValue(tokens, ['{"userId":"a"}']), [{userId: 'a'}]);
});

test('once the first word is JSON every word must be', t => {
	t.is(
		usageMessage(t, () => unpackParameterValue(tokens, ['{"userId":"a"}', 'userId=b'])),
		'Error parsing parameter \'--participant-token-configurations\': Invalid JSON: userId=b (when the first value is JSON, every value must be a JSON object)',
	);
	usageMessage(t, () => unpackParameterValue(tokens, ['[{"userId":"a"}]', '[{"userId":"b"}]']));
});

test('JSON values are used as given: no conversion of types', t => {
	t.deepEqual(unpackParameterValue(tokens, ['[{"duration":"60"}]']), [{duration: '60'}]);
});

test('malformed JSON is one line naming the option', t => {
	t.regex(usageMessage(t, () => unpackParameterValue(tags, ['{x'])), /^Error parsing parameter '--tags': Invalid JSON: .+/);
});

test('a map or structure value starting with [ is refused as JSON', t => {
	t.is(usageMessage(t, () => unpackParameterValue(tags, ['[1]'])), 'Error parsing parameter \'--tags\': Invalid JSON: [1] (expected a JSON object)');
});

test('maps and structures take shorthand or JSON', t => {
	t.deepEqual(unpackParameterValue(tags, ['team=video,env=prod']), {team: 'video', env: 'prod'});
	t.deepEqual(unpackParameterValue(tags, ['{"team":"video"}']), {team: 'video'});
	t.deepEqual(unpackParameterValue(recording, ['storageConfigurationArn=,mediaTypes=AUDIO_ONLY,recordingReconnectWindowSeconds=30']), {
		storageConfigurationArn: '',
		mediaTypes: ['AUDIO_ONLY'],
		recordingReconnectWindowSeconds: 30,
	});
});

test('strings stay strings, whatever they look like', t => {
	t.is(unpackParameterValue(name, ['a=b,c']), 'a=b,c');
	t.is(unpackParameterValue(name, ['{"x":1}']), '{"x":1}');
	t.is(unpackParameterValue(name, ['']), '');
	t.is(unpackParameterValue(name, ['  spaced  ']), '  spaced  ');
});

test('shorthand errors name the option and the column', t => {
	t.is(
		usageMessage(t, () => unpackParameterValue(tokens, ['userId'])),
		'Error parsing parameter \'--participant-token-configurations\': Expected: \'=\', received: \'EOF\' for input: userId (at column 7)',
	);
	t.is(
		usageMessage(t, () => unpackParameterValue(tags, [''])),
		'Error parsing parameter \'--tags\': Expected: \'=\', received: \'EOF\' for input:  (at column 1)',
	);
});

test('duration=abc names the field and is a usage error', t => {
	t.is(
		usageMessage(t, () => unpackParameterValue(tokens, ['userId=a', 'duration=abc'])),
		'Error parsing parameter \'--participant-token-configurations\': participantTokenConfigurations[1].duration: "abc" must be an integer',
	);
});

test('file:// gives a string option the file\'s text', t => {
	const path = file('name.txt', 'stage-from-file\n');
	t.is(unpackParameterValue(name, [`file://${path}`]), 'stage-from-file\n');
});

test('file:// text is UTF-8 with universal newlines', t => {
	const path = file('crlf.txt', 'línea 1\r\nline 2\rline 3');
	t.is(unpackParameterValue(name, [`file://${path}`]), 'línea 1\nline 2\nline 3');
});

test('file:// JSON for a list option', t => {
	const path = file('tokens.json', '[\n  {"userId": "f", "capabilities": ["PUBLISH"]}\n]\n');
	t.deepEqual(unpackParameterValue(tokens, [`file://${path}`]), [{userId: 'f', capabilities: ['PUBLISH']}]);
});

test('file:// with one JSON object or one shorthand item for a list option is one item', t => {
	t.deepEqual(unpackParameterValue(tokens, [`file://${file('one.json', '{"userId": "g"}')}`]), [{userId: 'g'}]);
	t.deepEqual(unpackParameterValue(tokens, [`file://${file('one.txt', 'userId=g,duration=5')}`]), [{userId: 'g', duration: 5}]);
});

test('file:// shorthand and JSON for maps and structures', t => {
	t.deepEqual(unpackParameterValue(tags, [`file://${file('tags.txt', 'a=b,c=d')}`]), {a: 'b', c: 'd'});
	t.deepEqual(unpackParameterValue(recording, [`file://${file('rec.json', '{"storageConfigurationArn": "", "recordParticipantReplicas": false}')}`]), {storageConfigurationArn: '', recordParticipantReplicas: false});
});

test('file:// among several words is not a file (as in the AWS CLI)', t => {
	const path = file('ignored.txt', 'userId=x');
	t.regex(usageMessage(t, () => unpackParameterValue(tokens, [`file://${path}`, 'userId=y'])), /Expected: '=', received: 'EOF'/);
});

test('a missing file is one line in the AWS CLI\'s words', t => {
	const missing = join(folder, 'missing.txt');
	t.is(
		usageMessage(t, () => unpackParameterValue(name, [`file://${missing}`])),
		`Error parsing parameter '--name': Unable to load paramfile file://${missing}: [Errno 2] No such file or directory: '${missing}'`,
	);
});

test('a folder is not a file', t => {
	const directory = join(folder, 'a-folder');
	mkdirSync(directory);
	t.regex(usageMessage(t, () => unpackParameterValue(tags, [`file://${directory}`])), /Unable to load paramfile file:\/\/.+: \[Errno 21\] Is a directory/);
});

test('an unreadable file says why', t => {
	const message = usageMessage(t, () => unpackParameterValue(name, ['file:///locked.txt'], {
		readFile() {
			throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
		},
	}));
	t.is(message, 'Error parsing parameter \'--name\': Unable to load paramfile file:///locked.txt: [Errno 13] Permission denied: \'/locked.txt\'');
});

test('file:// that is not UTF-8 points to fileb://', t => {
	const path = file('binary.bin', new Uint8Array([0xFF, 0xFE, 0x00, 0x80]));
	t.is(
		usageMessage(t, () => unpackParameterValue(name, [`file://${path}`])),
		`Error parsing parameter '--name': Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
	);
});

test('fileb:// reads bytes, which no text option takes', t => {
	const path = file('bytes.bin', 'abc');
	t.is(
		usageMessage(t, () => unpackParameterValue(name, [`fileb://${path}`])),
		'Error parsing parameter \'--name\': fileb:// gives the file\'s bytes, but --name takes text; use file:// instead',
	);
});

test('~ and $VARIABLE in a file path are expanded', t => {
	file('home-name.txt', 'from-home');
	t.is(unpackParameterValue(name, ['file://~/home-name.txt'], {env: {HOME: folder}}), 'from-home');
	t.is(unpackParameterValue(name, ['file://$DIR/home-name.txt'], {env: {DIR: folder}}), 'from-home');
	t.is(unpackParameterValue(name, ['file://${DIR}/home-name.txt'], {env: {DIR: folder}}), 'from-home');
});

test('relative paths start at the given working directory', t => {
	file('relative.txt', 'relative-name');
	t.is(unpackParameterValue(name, ['file://relative.txt'], {cwd: folder}), 'relative-name');
});

test('a readFile function can stand in for the disk', t => {
	const seen: string[] = [];
	const value = unpackParameterValue(tags, ['file:///virtual/tags.json'], {
		readFile(path) {
			seen.push(path);
			return new TextEncoder().encode('{"v": "1"}');
		},
	});
	t.deepEqual(value, {v: '1'});
	t.deepEqual(seen, ['/virtual/tags.json']);
});
