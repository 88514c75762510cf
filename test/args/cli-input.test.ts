// --cli-input-json / --cli-input-yaml: inline and file://, the precedence of the layers
// (preset < cli-input < options), refusals, and mergeRequests on its own.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test from 'ava';
import {UsageError} from '../../source/basics/errors.js';
import {loadCliInput, mergeRequests} from '../../source/args/cli-input.js';
import {parseCreateStageArgv} from '../../source/args/parse-argv.js';

const folder = mkdtempSync(join(tmpdir(), 'ivs-cli-input-'));
test.after.always(() => {
	rmSync(folder, {recursive: true, force: true});
});

function file(name: string, contents: string): string {
	const path = join(folder, name);
	writeFileSync(path, contents);
	return path;
}

function usageError(t: import('ava').ExecutionContext, argv: string[]): string {
	const error = t.throws(() => parseCreateStageArgv(argv), {instanceOf: UsageError});
	t.is(error.exitCode, 252);
	t.false(error.message.includes('\n'), error.message);
	return error.message;
}

test('inline JSON is the request', t => {
	const parsed = parseCreateStageArgv(['--cli-input-json', '{"name":"a","participantTokenConfigurations":[{"userId":"u","duration":5}]}']);
	t.deepEqual(parsed.request, {name: 'a', participantTokenConfigurations: [{userId: 'u', duration: 5}]});
	t.deepEqual(parsed.layers.cliInput, parsed.request);
	t.deepEqual(parsed.layers.options, {});
	t.deepEqual(parsed.explicitKeys, ['name', 'participantTokenConfigurations']);
});

test('inline YAML is the request', t => {
	const parsed = parseCreateStageArgv(['--cli-input-yaml', 'name: a\ntags: {x: y}\nparticipantTokenConfigurations:\n- userId: u\n  capabilities: [PUBLISH]\n']);
	t.deepEqual(parsed.request, {name: 'a', tags: {x: 'y'}, participantTokenConfigurations: [{userId: 'u', capabilities: ['PUBLISH']}]});
});

test('an option replaces the same top-level key whole, never merging inside it', t => {
	const parsed = parseCreateStageArgv([
		'--cli-input-json', '{"name":"from-input","tags":{"a":"1","b":"2"},"participantTokenConfigurations":[{"userId":"x"},{"userId":"y"}]}',
		'--name', 'from-option',
		'--tags', 'c=3',
	]);
	t.deepEqual(parsed.request, {
		name: 'from-option',
		tags: {c: '3'},
		participantTokenConfigurations: [{userId: 'x'}, {userId: 'y'}],
	});
	t.deepEqual(parsed.layers.options, {name: 'from-option', tags: {c: '3'}});
});

test('the order of options and cli-input on the line does not matter', t => {
	const before = parseCreateStageArgv(['--name', 'opt', '--cli-input-json', '{"name":"in"}']);
	const after = parseCreateStageArgv(['--cli-input-json', '{"name":"in"}', '--name', 'opt']);
	t.is(before.request.name, 'opt');
	t.is(after.request.name, 'opt');
});

test('JSON and YAML from file://', t => {
	const json = file('input.json', '{\n    "name": "json-file",\n    "tags": {"k": "v"}\n}\n');
	const yaml = file('input.yaml', 'name: yaml-file\nautoParticipantRecordingConfiguration:\n  storageConfigurationArn: ""\n  recordParticipantReplicas: false\n');
	t.deepEqual(parseCreateStageArgv(['--cli-input-json', `file://${json}`]).request, {name: 'json-file', tags: {k: 'v'}});
	t.deepEqual(parseCreateStageArgv(['--cli-input-yaml', `file://${yaml}`]).request, {
		name: 'yaml-file',
		autoParticipantRecordingConfiguration: {storageConfigurationArn: '', recordParticipantReplicas: false},
	});
});

test('the skeleton the AWS CLI generates is accepted back', t => {
	const parsed = parseCreateStageArgv(['--cli-input-yaml', `file://${join(import.meta.dirname, '../fixtures/args/skeleton-yaml-input.yaml')}`]);
	t.is(parsed.request.name, '');
	t.is(parsed.request.participantTokenConfigurations?.[0]?.capabilities?.[0], 'PUBLISH');
	t.deepEqual(parseCreateStageArgv(['--cli-input-json', `file://${join(import.meta.dirname, '../fixtures/args/skeleton-input.json')}`]).request, parsed.request);
});

test('both cli-input options are refused', t => {
	t.is(usageError(t, ['--cli-input-json', '{}', '--cli-input-yaml', '{}']), 'Only one --cli-input- parameter may be specified.');
});

test('an unknown top-level key is refused in the AWS CLI\'s words', t => {
	t.is(
		usageError(t, ['--cli-input-json', '{"name":"a","foo":1}']),
		'Unknown parameter in input: "foo", must be one of: name, participantTokenConfigurations, tags, autoParticipantRecordingConfiguration',
	);
	t.is(
		usageError(t, ['--cli-input-yaml', 'foo: 1\nbar: 2\n']),
		'Unknown parameters in input: "foo", "bar", must be one of: name, participantTokenConfigurations, tags, autoParticipantRecordingConfiguration',
	);
	t.regex(usageError(t, ['--cli-input-json', '{"__proto__":{"x":1}}']), /^Unknown parameter in input: "__proto__"/);
});

test('malformed JSON or YAML is one line', t => {
	t.regex(usageError(t, ['--cli-input-json', '{x']), /^Error parsing parameter '--cli-input-json': Invalid JSON received: .+/);
	t.regex(usageError(t, ['--cli-input-json', '']), /^Error parsing parameter '--cli-input-json': Invalid JSON received: /);
	t.regex(usageError(t, ['--cli-input-yaml', 'name: [a\n']), /^Error parsing parameter '--cli-input-yaml': Invalid YAML received: .+/);
	t.regex(usageError(t, ['--cli-input-yaml', 'name: a\nname: b\n']), /^Error parsing parameter '--cli-input-yaml': Invalid YAML received: Map keys must be unique$/);
});

test('a document that is not a map is refused with its Python type', t => {
	t.is(usageError(t, ['--cli-input-json', '[1]']), 'Error parsing parameter \'--cli-input-json\': Invalid type: expecting map, received <class \'list\'>');
	t.is(usageError(t, ['--cli-input-json', '"x"']), 'Error parsing parameter \'--cli-input-json\': Invalid type: expecting map, received <class \'str\'>');
	t.is(usageError(t, ['--cli-input-yaml', '']), 'Error parsing parameter \'--cli-input-yaml\': Invalid type: expecting map, received <class \'NoneType\'>');
	t.is(usageError(t, ['--cli-input-yaml', '- 1']), 'Error parsing parameter \'--cli-input-yaml\': Invalid type: expecting map, received <class \'list\'>');
});

test('a missing cli-input file is one line', t => {
	const missing = join(folder, 'nope.json');
	t.is(
		usageError(t, ['--cli-input-json', `file://${missing}`]),
		`Error parsing parameter '--cli-input-json': Unable to load paramfile file://${missing}: [Errno 2] No such file or directory: '${missing}'`,
	);
});

test('values inside cli-input are taken as given: no shorthand, no file://, no conversion', t => {
	const parsed = parseCreateStageArgv(['--cli-input-json', '{"name":"file:///etc/hostname","participantTokenConfigurations":[{"duration":"60"}]}']);
	t.is(parsed.request.name, 'file:///etc/hostname');
	t.deepEqual(parsed.request.participantTokenConfigurations, [{duration: '60'}] as never);
});

test('loadCliInput with neither source is undefined', t => {
	t.is(loadCliInput({}), undefined);
	t.is(loadCliInput({json: undefined, yaml: undefined}), undefined);
});

test('mergeRequests: later layers win key by key: preset < cli-input < options', t => {
	const preset = {name: 'preset', tags: {from: 'preset'}, participantTokenConfigurations: [{userId: 'p'}]};
	const cliInput = {name: 'input', tags: {from: 'input'}};
	const options = {name: 'option'};
	t.deepEqual(mergeRequests(preset, cliInput, options), {
		name: 'option',
		tags: {from: 'input'},
		participantTokenConfigurations: [{userId: 'p'}],
	});
	t.deepEqual(mergeRequests(preset, undefined, options), {...preset, name: 'option'});
});

test('mergeRequests skips undefined values and keeps the model\'s member order', t => {
	const merged = mergeRequests({tags: {a: 'b'}, name: undefined}, {autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}}, {name: 'n'});
	t.deepEqual(Object.keys(merged), ['name', 'tags', 'autoParticipantRecordingConfiguration']);
	t.deepEqual(mergeRequests({name: 'a'}, {name: undefined}), {name: 'a'});
});

test('mergeRequests does not change its layers', t => {
	const lower = {name: 'a', tags: {x: '1'}};
	const upper = {tags: {y: '2'}};
	mergeRequests(lower, upper);
	t.deepEqual(lower, {name: 'a', tags: {x: '1'}});
	t.deepEqual(upper, {tags: {y: '2'}});
});
