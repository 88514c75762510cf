// Our parser against what AWS CLI v2 2.9.19 actually did with the same command lines: the
// request body it sent, or that it refused (exit 252) or crashed (255). Recorded by
// test/fixtures/args/record-aws-cli.mjs; see the README there.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'ava';
import {UsageError} from '../../source/basics/errors.js';
import {parseCreateStageArgv} from '../../source/args/parse-argv.js';
import {renderCommand} from '../../source/args/render-command.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {validateCreateStageRequest} from '../../source/stage/validate.js';
import {shorthandCases} from './shorthand-cases.js';

type Recorded = {label: string; args: string[]; exitCode: number; body?: Record<string, unknown>; stderr?: string[]};

const recording = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/args/aws-cli-requests.json'), 'utf8')) as {recordedWith: string; results: Recorded[]};

test('the recording is of AWS CLI v2', t => {
	t.regex(recording.recordedWith, /^aws-cli\/2\./);
	t.true(recording.results.length >= 40);
});

for (const recorded of recording.results) {
	if (recorded.body) {
		test(`sent by the AWS CLI: ${recorded.label}`, t => {
			t.deepEqual(parseCreateStageArgv(recorded.args).request, recorded.body as CreateStageRequest);
		});
		continue;
	}

	const stderr = (recorded.stderr ?? []).join('\n');
	if (stderr.includes('Parameter validation failed')) {
		test(`refused before sending (validation): ${recorded.label}`, t => {
			t.is(recorded.exitCode, 252);
			// Either the command line is refused outright, or the one validator refuses the request.
			try {
				const {request} = parseCreateStageArgv(recorded.args);
				t.not(validateCreateStageRequest(request).length, 0);
			} catch (error) {
				t.true(error instanceof UsageError, String(error));
			}
		});
		continue;
	}

	test(`refused (the AWS CLI exits ${recorded.exitCode}; we exit 252): ${recorded.label}`, t => {
		const error = t.throws(() => parseCreateStageArgv(recorded.args), {instanceOf: UsageError});
		t.is(error.exitCode, 252);
		t.false(error.message.includes('\n'));
	});
}

test('the AWS CLI accepted our rendered command as is, and sent the request it was made from', t => {
	const recorded = recording.results.find(result => result.label === 'rendered command');
	t.truthy(recorded?.body);
	const command = renderCommand(recorded!.body as CreateStageRequest);
	const words = execFileSync('sh', ['-c', 'eval "set -- $1"; printf \'%s\\0\' "$@"', 'sh', command], {encoding: 'utf8'}).split('\0').slice(0, -1);
	t.deepEqual(words.slice(3), recorded!.args);
});

for (const {label, request} of shorthandCases) {
	test(`the AWS CLI sent the request the review's shorthand command was made from: ${label}`, t => {
		const recorded = recording.results.find(result => result.label === label);
		t.is(recorded?.exitCode, 0);
		// The words our command gives the shell are those the AWS CLI was run with …
		const command = renderCommand(request, {shorthand: true, multiline: true});
		const words = execFileSync('sh', ['-c', 'eval "set -- $1"; printf \'%s\\0\' "$@"', 'sh', command], {encoding: 'utf8'}).split('\0').slice(0, -1);
		t.deepEqual(words.slice(3), recorded!.args);
		// … and what it sent is the request itself.
		t.deepEqual(recorded!.body, request as Record<string, unknown>);
	});
}

test('our messages say what the AWS CLI says, on one line', t => {
	const messages = new Map<string, string>();
	for (const recorded of recording.results.filter(result => result.exitCode === 252 && !result.body)) {
		try {
			parseCreateStageArgv(recorded.args);
		} catch (error) {
			messages.set(recorded.label, (error as Error).message);
		}
	}

	t.is(messages.get('unknown option'), 'Unknown options: --foo');
	t.is(messages.get('stray words'), 'Unknown options: c, b');
	t.is(messages.get('both auto-prompt flags'), 'Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
	t.is(messages.get('cli-input-json and cli-input-yaml together'), 'Only one --cli-input- parameter may be specified.');
	t.is(messages.get('cli-input-json that is not a map'), 'Error parsing parameter \'--cli-input-json\': Invalid type: expecting map, received <class \'list\'>');
	t.is(messages.get('cli-input-json with an unknown key'), 'Unknown parameter in input: "foo", must be one of: name, participantTokenConfigurations, tags, autoParticipantRecordingConfiguration');
	t.regex(messages.get('missing =')!, /^Error parsing parameter '--participant-token-configurations': Expected: '=', received: 'EOF' for input: userId/);
	t.regex(messages.get('unclosed quote')!, /Expected: '<singled quoted>', received: '<none>'/);
	t.regex(messages.get('trailing comma is refused')!, /Expected: '<second>', received: '<none>'/);
	for (const label of ['ambiguous abbreviation', '-- before a value', 'option without its value', 'explicit value for a flag']) {
		const theirs = recording.results.find(result => result.label === label)!.stderr!.at(-1)!;
		t.is(`aws: error: ${messages.get(label)!}`, theirs, label);
	}
});
