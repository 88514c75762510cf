// `ivs-stage-wizard template` as a script runs it: the built bin, real stdio, presets in a temp
// folder. The request is built and checked as create-stage does; a refused one prints one line
// on stderr, nothing on stdout, and exits 252.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import YAML from 'yaml';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

const storageArn = 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/AbCdEf12';

function localDate(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function configDir(t: {teardown: (fn: () => void) => void}): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'ivs-template-'));
	t.teardown(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return directory;
}

const everyOption = [
	'--name', 'class-7b',
	'--tags', 'team=video,yes=no',
	'--participant-token-configurations', 'userId=teacher,capabilities=PUBLISH,SUBSCRIBE,duration=90,attributes={role=teacher}', 'userId=student,capabilities=SUBSCRIBE',
	'--auto-participant-recording-configuration', `storageConfigurationArn=${storageArn},mediaTypes=AUDIO_VIDEO,thumbnailConfiguration={recordingMode=INTERVAL,targetIntervalSeconds=20,storage=[LATEST]},recordingReconnectWindowSeconds=30,hlsConfiguration={targetSegmentDurationSeconds=6},recordParticipantReplicas=true`,
];

const expectedProperties = {
	Name: 'class-7b',
	Tags: [{Key: 'team', Value: 'video'}, {Key: 'yes', Value: 'no'}],
	AutoParticipantRecordingConfiguration: {
		StorageConfigurationArn: storageArn,
		MediaTypes: ['AUDIO_VIDEO'],
		ThumbnailConfiguration: {ParticipantThumbnailConfiguration: {RecordingMode: 'INTERVAL', TargetIntervalSeconds: 20, Storage: ['LATEST']}},
		RecordingReconnectWindowSeconds: 30,
		HlsConfiguration: {ParticipantRecordingHlsConfiguration: {TargetSegmentDurationSeconds: 6}},
	},
};

test('every create-stage parameter becomes the template on stdout, YAML by default', async t => {
	const result = await runCli(['template', ...everyOption]);
	t.is(result.code, 0, result.stderr);
	t.is(result.stderr, '');
	const template = YAML.parse(result.stdout, {version: '1.1'});
	t.deepEqual(template.Resources.Stage, {Type: 'AWS::IVS::Stage', Properties: expectedProperties});
	t.deepEqual(template.Outputs.StageArn.Value, {Ref: 'Stage'});
	t.regex(result.stdout, /\n# {3}aws ivs-realtime create-participant-token --stage-arn "\$STAGE_ARN" --user-id teacher --capabilities PUBLISH SUBSCRIBE --duration 90 --attributes role=teacher\n/);
	t.regex(result.stdout, /\n# {3}aws ivs-realtime create-participant-token --stage-arn "\$STAGE_ARN" --user-id student --capabilities SUBSCRIBE\n$/);
});

test('--format json (either spelling, the last one counting) gives the same template as JSON', async t => {
	for (const format of [['--format', 'json'], ['--format=yaml', '--format=json']]) {
		const result = await runCli(['template', ...format, ...everyOption]);
		t.is(result.code, 0, result.stderr);
		const template = JSON.parse(result.stdout);
		t.deepEqual(template.Resources.Stage.Properties, expectedProperties);
		t.truthy(template.Resources.Stage.Metadata.IvsStageWizard.AfterDeploy);
	}
});

test('--cli-input-json goes under the options, as for create-stage', async t => {
	const result = await runCli(['template', '--cli-input-json', JSON.stringify({name: 'from-json', tags: {a: '1'}}), '--name', 'from-option']);
	t.is(result.code, 0, result.stderr);
	t.deepEqual(YAML.parse(result.stdout).Resources.Stage.Properties, {Name: 'from-option', Tags: [{Key: 'a', Value: '1'}]});
});

test('a request create-stage would refuse: one line on stderr, nothing on stdout, exit 252', async t => {
	const cases: Array<[string[], RegExp]> = [
		[['--name', 'bad name'], /^Invalid parameter name: "bad name" must match the pattern/],
		[['--participant-token-configurations', 'userId=a,duration=0'], /participantTokenConfigurations\[0\]\.duration: 0 must be at least 1/],
		[['--tags', 'x'], /^Error parsing parameter '--tags'/],
		[['--auto-participant-recording-configuration', 'mediaTypes=AUDIO_ONLY'], /storageConfigurationArn/],
		[['--cli-input-json', '{"name": null}'], /name/],
		[['--format', 'xml'], /^argument --format: Invalid choice 'xml', valid choices are: yaml, json$/],
		[['--format'], /^argument --format: expected one argument$/],
		[['--output', 'json', '--region', 'us-west-2'], /^template does not take --output, --region: it sends nothing/],
		[['--bogus'], /^Unknown options: --bogus$/],
	];
	for (const [args, message] of cases) {
		const result = await runCli(['template', ...args]);
		t.is(result.code, 252, args.join(' '));
		t.is(result.stdout, '', args.join(' '));
		t.regex(result.stderr.trimEnd(), message, args.join(' '));
		t.is(result.stderr.trimEnd().split('\n').length, 1, `one line: ${result.stderr}`);
	}
});

test('the same line and exit code as create-stage gives for the same request', async t => {
	for (const args of [['--name', 'bad name', '--participant-token-configurations', 'userId=a,duration=0'], ['--tags', '{"k": 1}'], ['--cli-input-json', '{"nme": "typo"}']]) {
		const [template, createStage] = await Promise.all([runCli(['template', ...args]), runCli(args)]);
		t.is(template.code, 252);
		t.is(createStage.code, 252);
		t.is(template.stderr, createStage.stderr);
		t.is(template.stdout, '');
	}
});

test('--preset: the preset underneath the options, its name\'s placeholders expanded', async t => {
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir(t)});
	const saved = await runCli(['presets', 'save', 'weekly', '--name', 'show-{date}', '--tags', 'team=video,cost=demo', '--participant-token-configurations', 'userId=host'], {env});
	t.is(saved.code, 0, saved.stderr);
	const before = localDate();
	const result = await runCli(['template', '--preset', 'weekly', '--tags', 'team=audio', '--format', 'json'], {env});
	const after = localDate();
	t.is(result.code, 0, result.stderr);
	const template = JSON.parse(result.stdout);
	// Around midnight the date may turn during the run; either day is the expansion.
	t.true([`show-${before}`, `show-${after}`].includes(template.Resources.Stage.Properties.Name), template.Resources.Stage.Properties.Name);
	// Options replace a map member whole, as the AWS CLI does with --cli-input-json.
	t.deepEqual(template.Resources.Stage.Properties.Tags, [{Key: 'team', Value: 'audio'}]);
	t.regex(template.Resources.Stage.Metadata.IvsStageWizard.AfterDeploy.Commands.at(-1), /--user-id host$/);

	const missing = await runCli(['template', '--preset', 'nope'], {env});
	t.is(missing.code, 252);
	t.is(missing.stdout, '');
	t.regex(missing.stderr, /No preset named "nope"/);
});

test('--help says what the command does', async t => {
	const result = await runCli(['template', '--help']);
	t.is(result.code, 0);
	t.regex(result.stdout, /^Usage: ivs-stage-wizard template/);
	t.regex(result.stdout, /--format yaml\|json/);
});
