// The commands a template gives for after the deploy, as a user pastes them: a real POSIX shell
// splits each into words (`aws` here is a shell function that prints its arguments), and the
// values are read back with the project's AWS CLI parsing rules (shorthand, JSON, --cli-input-json).
import {execFileSync} from 'node:child_process';
import test from 'ava';
import type {OptionSpec} from '../../source/args/options.js';
import {unpackParameterValue} from '../../source/args/parameter-value.js';
import type {AutoParticipantRecordingConfiguration, ParticipantTokenConfiguration} from '../../source/stage/request.js';
import {participantTokenCommand, recordingUpdateCommand, stageArnCommand, suggestedStackName} from '../../source/template/follow-up-commands.js';

const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEf123456';

/** The words `sh` passes to `aws` for this command line, with STAGE_ARN set. */
function shellWords(command: string): string[] {
	const script = `STAGE_ARN='${stageArn}'\naws() { for word in "$@"; do printf '%s\\0' "$word"; done; }\n${command}\n`;
	const output = execFileSync('/bin/sh', ['-c', script], {encoding: 'utf8'});
	return output.split('\0').slice(0, -1);
}

function parameter(member: string, shapeName: string, kind: OptionSpec['kind'] = 'value'): OptionSpec {
	return {flag: `--${member}`, kind, stage: 'operation', origin: 'parameter', target: {kind: 'parameter', member, shapeName}, typeName: kind === 'list' ? 'list' : 'string', description: ''};
}

/** create-participant-token's words back into the configuration they send, as the AWS CLI reads them. */
function readTokenCommand(words: string[]): {stageArn: string; configuration: ParticipantTokenConfiguration} {
	if (words[0] !== 'ivs-realtime' || words[1] !== 'create-participant-token') {
		throw new Error(`not a create-participant-token command: ${words.join(' ')}`);
	}

	let arn = '';
	let configuration: Record<string, unknown> = {};
	let fromJson: Record<string, unknown> = {};
	const options = words.slice(2);
	for (let index = 0; index < options.length; index++) {
		const [flag, inline] = options[index]!.split(/=(.*)/s, 2) as [string, string | undefined];
		const take = () => inline ?? options[++index]!;
		switch (flag) {
			case '--stage-arn': {
				arn = take();
				break;
			}

			case '--user-id': {
				configuration.userId = take();
				break;
			}

			case '--duration': {
				configuration.duration = Number(take());
				break;
			}

			case '--attributes': {
				configuration.attributes = unpackParameterValue(parameter('attributes', 'ParticipantTokenAttributes'), [take()]);
				break;
			}

			case '--capabilities': {
				const values: string[] = [];
				while (index + 1 < options.length && !options[index + 1]!.startsWith('--')) {
					values.push(options[++index]!);
				}

				configuration.capabilities = unpackParameterValue(parameter('capabilities', 'ParticipantTokenCapabilities', 'list'), values);
				break;
			}

			case '--cli-input-json': {
				fromJson = JSON.parse(take()) as Record<string, unknown>;
				break;
			}

			default: {
				throw new Error(`unexpected word ${flag}`);
			}
		}
	}

	// As the AWS CLI merges: options given on the command line over --cli-input-json.
	configuration = {...fromJson, ...configuration};
	return {stageArn: arn, configuration};
}

const configurations: ParticipantTokenConfiguration[] = [
	{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 60, attributes: {role: 'host'}},
	{userId: 'viewer', capabilities: ['SUBSCRIBE']},
	{userId: 'Zoë Ölçer 山田', attributes: {'display name': 'Zoë, "the host"', seat: '3'}},
	{userId: 'it\'s "me"; rm -rf ~ $(id) `id`', attributes: {'$HOME': '${PATH}', 'a=b': 'c,d', 'k{}': '[x]'}},
	{userId: 'line\nbreak', attributes: {multi: 'one\ntwo', nel: 'a\u0085b', bidi: '\u202Eevil'}},
	{userId: '-looks-like-an-option'},
	{userId: 'file://etc/passwd', duration: 1},
	{userId: '', capabilities: [], attributes: {}},
	{},
];

test('each token command reads back, through a real shell, as the configuration it came from', t => {
	for (const configuration of configurations) {
		const command = participantTokenCommand(configuration);
		t.false(command.includes('\n'), 'one line');
		t.regex(command, /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u, 'printable text only');
		const words = shellWords(command);
		const read = readTokenCommand(words);
		t.is(read.stageArn, stageArn);
		t.deepEqual(read.configuration, configuration, command);
	}
});

test('the update-stage command sets the recording configuration exactly as the request has it', t => {
	const recording: AutoParticipantRecordingConfiguration = {
		storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/AbCd',
		mediaTypes: ['NONE'],
		thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 10, storage: ['LATEST']},
		recordingReconnectWindowSeconds: 0,
		hlsConfiguration: {targetSegmentDurationSeconds: 2},
		recordParticipantReplicas: false,
	};
	const words = shellWords(recordingUpdateCommand(recording));
	t.deepEqual(words.slice(0, 4), ['ivs-realtime', 'update-stage', '--arn', stageArn]);
	t.is(words[4], '--auto-participant-recording-configuration');
	t.deepEqual(unpackParameterValue(parameter('autoParticipantRecordingConfiguration', 'AutoParticipantRecordingConfiguration'), [words[5]!]), recording);
	t.is(words.length, 6);
});

test('the stack name is one CloudFormation takes, and describe-stacks reads its StageArn output', t => {
	for (const [stageName, stack] of [['weekly-show', 'weekly-show'], ['class_7b', 'class-7b'], ['2026-show', 'stage-2026-show'], ['__', 'ivs-stage'], [undefined, 'ivs-stage'], ['a'.repeat(128), 'a'.repeat(128)]] as const) {
		t.is(suggestedStackName(stageName), stack);
	}

	const words = shellWords(`aws ${stageArnCommand('weekly-show').replace(/^STAGE_ARN=\$\(aws (.*)\)$/s, '$1')}`);
	t.deepEqual(words, ['cloudformation', 'describe-stacks', '--stack-name', 'weekly-show', '--query', 'Stacks[0].Outputs[?OutputKey==\'StageArn\'].OutputValue', '--output', 'text']);
});
