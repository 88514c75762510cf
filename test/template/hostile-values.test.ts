// Values from the user are hostile until written safely: every tag, name and attribute below must
// read back as itself from the YAML (by a YAML 1.1 and a YAML 1.2 parser) and from the JSON, and
// none may break out of the comment it sits in or put a raw control or format character in the file.
import test from 'ava';
import YAML from 'yaml';
import type {CreateStageRequest, ParticipantTokenConfiguration} from '../../source/stage/request.js';
import {validateCreateStageRequest} from '../../source/stage/validate.js';
import {metadataKey, renderTemplate} from '../../source/template/render-template.js';

/** Strings YAML reads as something else, or that end a scalar, a line or a document. */
const tricky = [
	'yes', 'no', 'on', 'Off', 'y', 'N', 'true', 'False', 'null', 'Null', '~', '',
	'0x1', '0o17', '012', '0b101', '1_000', '1:20', '1.5', '.inf', '-.NaN', '1e3', '+12', '2010-09-09', '2001-12-14t21:59:43.10-05:00',
	'<<', '=', '- item', '? key', ': value', 'a: b', 'a #b', '#comment', 'it\'s "quoted"', '\'single\'', '"double"',
	'&anchor', '*alias', '!tag', '!!str', '%YAML 1.1', '---', '...', '|', '>', '@at', '`tick`', '{flow}', '[list]', ',comma',
	' leading', 'trailing ', 'tab\there', 'line\nbreak', 'ends with newline\n', '\nstarts with newline', 'cr\rlf',
	'nel\u0085here', 'ls\u2028ps\u2029', 'del\u007F', 'c1\u009B31m', 'esc\u001B[31mred', 'nul\u0000byte', 'bell\u0007',
	'\u202Ebidi override', 'zero\u200Bwidth', 'bom\uFEFF', 'private\uE000use', 'astral private \u{F0000}',
	'家族👨‍👩‍👧', 'é combining é', 'back\\slash',
];

/** Characters that must not appear raw in the file: C0 (but \n), DEL, C1, format, line/paragraph separators, private use. */
const rawUnsafe = /(?!\n)[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

const tags = Object.fromEntries(tricky.map((value, index) => [index === 0 ? 'yes' : `k${index}: #${value}`.slice(0, 128), value]));
// The API counts 50 tags at most: several requests, each valid.
const requests: CreateStageRequest[] = [];
for (let start = 0; start < tricky.length; start += 40) {
	requests.push({tags: Object.fromEntries(Object.entries(tags).slice(start, start + 40))});
}

test('the requests are valid, so these are values a user can really send', t => {
	for (const request of requests) {
		t.deepEqual(validateCreateStageRequest(request, {refuseNull: true}), []);
	}
});

test('tag keys and values read back as themselves from YAML 1.1, YAML 1.2 and JSON', t => {
	for (const request of requests) {
		const expected = Object.entries(request.tags!).map(([Key, Value]) => ({Key, Value}));
		const yaml = renderTemplate(request, {format: 'yaml'});
		for (const version of ['1.1', '1.2'] as const) {
			t.deepEqual(YAML.parse(yaml, {version}).Resources.Stage.Properties.Tags, expected, `YAML ${version}`);
		}

		const json = renderTemplate(request, {format: 'json'});
		t.deepEqual(JSON.parse(json).Resources.Stage.Properties.Tags, expected, 'JSON');
		t.notRegex(yaml, rawUnsafe);
		t.notRegex(json, rawUnsafe);
	}
});

test('the merge key and PyYAML\'s value key are quoted: PyYAML cannot construct them bare', t => {
	const yaml = renderTemplate({tags: {merge: '<<', value: '='}}, {format: 'yaml'});
	t.regex(yaml, /\n {10}Value: "<<"\n/);
	t.regex(yaml, /\n {10}Value: "="\n/);
});

test('stage names YAML would read as another type stay strings, and name a safe file and stack', t => {
	for (const name of ['yes', 'null', 'NO', '0x1', '0o17', '1_000', '1e3', '2010-09-09', '123', '-', '_', '-leading-dash', 'a'.repeat(128)]) {
		t.deepEqual(validateCreateStageRequest({name}), [], name);
		const yaml = renderTemplate({name}, {format: 'yaml'});
		for (const version of ['1.1', '1.2'] as const) {
			t.is(YAML.parse(yaml, {version}).Resources.Stage.Properties.Name, name, `${name} in YAML ${version}`);
		}

		t.is(JSON.parse(renderTemplate({name}, {format: 'json'})).Resources.Stage.Properties.Name, name);
		const [, stack, file] = /--stack-name (\S+) --template-file (\S+)/.exec(yaml)!;
		t.regex(stack!, /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/, `stack name for ${name}`);
		t.regex(file!, /^[\w][\w-]*\.template\.yaml$/, `file name for ${name}`);
	}
});

test('hostile user IDs and attributes stay inside their comment line, one command per participant', t => {
	const participants: ParticipantTokenConfiguration[] = [
		{userId: 'line\nbreak: yes', attributes: {'# not a comment': 'a\nb', note: 'x\u2028y', q: 'it\'s'}},
		{userId: 'nel\u0085 and \u202Ebidi', capabilities: []},
		{userId: '\'; rm -rf ~; echo \'', attributes: {'$(reboot)': '`id`'}},
		{userId: 'file://etc/passwd'},
		{userId: '--region', duration: 5},
		{attributes: {}},
	];
	const request: CreateStageRequest = {name: 'show', participantTokenConfigurations: participants};
	t.deepEqual(validateCreateStageRequest(request, {refuseNull: true}), []);
	const yaml = renderTemplate(request, {format: 'yaml'});
	t.notRegex(yaml, rawUnsafe);
	// Every line is either a comment, blank, or part of the template proper: the template reads back whole.
	const parsed = YAML.parse(yaml, {version: '1.1'});
	t.deepEqual(Object.keys(parsed), ['AWSTemplateFormatVersion', 'Description', 'Resources', 'Outputs']);
	t.deepEqual(parsed.Resources.Stage.Properties, {Name: 'show'});
	const commented = yaml.split('\n').filter(line => line.startsWith('#   aws ivs-realtime create-participant-token')).map(line => line.slice('#   '.length));
	t.is(commented.length, participants.length);
	const json = renderTemplate(request, {format: 'json'});
	t.notRegex(json, rawUnsafe);
	const commands = JSON.parse(json).Resources.Stage.Metadata[metadataKey].AfterDeploy.Commands as string[];
	t.deepEqual(commands.slice(1), commented, 'the same commands in YAML comments and JSON Metadata');
});
