// The template's after-deploy commands run by the official AWS CLI v2 against the emulator, with
// the words a POSIX shell gives it: each token comes out as configured, and update-stage leaves the
// stage's recording configuration exactly as the request has it. Skipped, saying why, where the
// AWS CLI v2 is not installed.
import {execFileSync} from 'node:child_process';
import test from 'ava';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {metadataKey, renderTemplate} from '../../source/template/render-template.js';
import {awsCli, cleanupCliHome, detectAwsCliV2, startTestEmulator} from '../emulator/helpers.js';

const cli = detectAwsCliV2();
const cliTest = cli.available ? test : test.skip;
if (cli.available) {
	test.after.always(cleanupCliHome);
} else {
	test('the template\'s commands under AWS CLI v2 (skipped)', t => {
		t.log(`Skipping: ${cli.reason}`);
		t.pass();
	});
}

/** The words after `aws` that `sh` gives for a command line, with STAGE_ARN set. */
function wordsAfterAws(command: string, stageArn: string): string[] {
	const script = `STAGE_ARN='${stageArn}'\naws() { for word in "$@"; do printf '%s\\0' "$word"; done; }\n${command}\n`;
	return execFileSync('/bin/sh', ['-c', script], {encoding: 'utf8'}).split('\0').slice(0, -1);
}

cliTest('the token and update-stage commands, pasted into a shell, do what the request says', async t => {
	const emulator = await startTestEmulator(t);
	const request: CreateStageRequest = {
		name: 'cli-template',
		participantTokenConfigurations: [
			{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 60, attributes: {role: 'host'}},
			{userId: 'Zoë "the guest"; $(id)', capabilities: [], attributes: {'display name': 'Zoë, \'Z\'', line: 'one\ntwo'}},
			{userId: 'line\nbreak', duration: 5},
			{userId: '-dash'},
		],
		autoParticipantRecordingConfiguration: {
			storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/AbCdEf12',
			mediaTypes: ['NONE'],
			thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 30, storage: ['LATEST']},
			recordingReconnectWindowSeconds: 20,
			hlsConfiguration: {targetSegmentDurationSeconds: 4},
			recordParticipantReplicas: false,
		},
	};
	const template = JSON.parse(renderTemplate(request, {format: 'json'}));
	const [, update, ...tokenCommands] = template.Resources.Stage.Metadata[metadataKey].AfterDeploy.Commands as string[];
	// What the stack would make: the stage with the template's properties (no tokens, default recording).
	const created = await awsCli(emulator, ['create-stage', '--name', 'cli-template', '--output', 'json']);
	t.is(created.exitCode, 0, created.stderr);
	const stageArn = (JSON.parse(created.stdout) as {stage: {arn: string}}).stage.arn;

	const run = async (command: string) => {
		const [service, ...args] = wordsAfterAws(command, stageArn);
		t.is(service, 'ivs-realtime');
		const result = await awsCli(emulator, [...args, '--output', 'json']);
		t.is(result.exitCode, 0, `${command}\n${result.stderr}`);
		return JSON.parse(result.stdout || '{}');
	};

	await run(update!);
	const stage = await run(`aws ivs-realtime get-stage --arn "$STAGE_ARN"`);
	t.deepEqual(stage.stage.autoParticipantRecordingConfiguration, request.autoParticipantRecordingConfiguration);

	t.is(tokenCommands.length, request.participantTokenConfigurations!.length);
	for (const [index, command] of tokenCommands.entries()) {
		const expected = request.participantTokenConfigurations![index]!;
		const {participantToken: token} = await run(command);
		t.is(token.userId, expected.userId);
		t.deepEqual(token.capabilities, expected.capabilities ?? ['PUBLISH', 'SUBSCRIBE']);
		t.is(token.duration, expected.duration ?? 720);
		t.deepEqual(token.attributes ?? {}, expected.attributes ?? {});
	}
});
