// The template for every field of the request, read back: YAML by a YAML 1.1 parser (what
// CloudFormation reads) and a YAML 1.2 one, JSON by JSON.parse, each compared with the structure
// the CloudFormation reference gives for AWS::IVS::Stage.
import test from 'ava';
import YAML from 'yaml';
import {getShape} from '../../source/model/service-model.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {validateCreateStageRequest} from '../../source/stage/validate.js';
import {metadataKey, renderTemplate} from '../../source/template/render-template.js';

const storageArn = 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/AbCdEf12';

/** Every member of CreateStageRequest, each with a value other than its default. */
const everyField: CreateStageRequest = {
	name: 'weekly-show',
	tags: {team: 'video', cost: 'demo'},
	participantTokenConfigurations: [
		{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 60, attributes: {role: 'host'}},
		{userId: 'viewer', capabilities: ['SUBSCRIBE']},
	],
	autoParticipantRecordingConfiguration: {
		storageConfigurationArn: storageArn,
		mediaTypes: ['AUDIO_ONLY'],
		thumbnailConfiguration: {targetIntervalSeconds: 30, storage: ['SEQUENTIAL', 'LATEST'], recordingMode: 'INTERVAL'},
		recordingReconnectWindowSeconds: 60,
		hlsConfiguration: {targetSegmentDurationSeconds: 4},
		recordParticipantReplicas: false,
	},
};

const expectedStage = {
	Type: 'AWS::IVS::Stage',
	Properties: {
		Name: 'weekly-show',
		Tags: [
			{Key: 'team', Value: 'video'},
			{Key: 'cost', Value: 'demo'},
		],
		AutoParticipantRecordingConfiguration: {
			StorageConfigurationArn: storageArn,
			MediaTypes: ['AUDIO_ONLY'],
			ThumbnailConfiguration: {ParticipantThumbnailConfiguration: {RecordingMode: 'INTERVAL', TargetIntervalSeconds: 30, Storage: ['SEQUENTIAL', 'LATEST']}},
			RecordingReconnectWindowSeconds: 60,
			HlsConfiguration: {ParticipantRecordingHlsConfiguration: {TargetSegmentDurationSeconds: 4}},
		},
	},
};

const expectedOutputs = {StageArn: {Description: 'ARN of the stage', Value: {Ref: 'Stage'}}};

/** The YAML as both YAML versions read it; they must agree. */
function readYaml(t: {deepEqual: (a: unknown, b: unknown, message?: string) => void}, text: string): Record<string, any> {
	const asYaml11 = YAML.parse(text, {version: '1.1'}) as Record<string, any>;
	const asYaml12 = YAML.parse(text, {version: '1.2'}) as Record<string, any>;
	t.deepEqual(asYaml11, asYaml12, 'YAML 1.1 and 1.2 parsers read the same template');
	return asYaml11;
}

/** Member paths of a shape (structures only; a map's keys are data). */
function memberPaths(shapeName: string, prefix = ''): string[] {
	const shape = getShape(shapeName);
	if (shape.type === 'list') {
		return memberPaths(shape.member.shape, prefix);
	}

	if (shape.type !== 'structure') {
		return [];
	}

	return Object.entries(shape.members).flatMap(([member, reference]) => [`${prefix}${member}`, ...memberPaths(reference.shape, `${prefix}${member}.`)]);
}

function presentPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) {
		return [...new Set(value.flatMap(item => presentPaths(item, prefix)))];
	}

	if (value === null || typeof value !== 'object') {
		return [];
	}

	return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...(key === 'tags' || key === 'attributes' ? [] : presentPaths(item, `${prefix}${key}.`))]);
}

test('the request used here sets every member the API model has, and is valid', t => {
	t.deepEqual(presentPaths(everyField).sort(), memberPaths('CreateStageRequest').sort(), 'a new member in the model needs a mapping (or a note) in the template');
	t.deepEqual(validateCreateStageRequest(everyField, {refuseNull: true}), []);
});

test('YAML: every field maps to CloudFormation\'s property names and reads back as written', t => {
	const template = readYaml(t, renderTemplate(everyField, {format: 'yaml'}));
	t.deepEqual(template, {
		AWSTemplateFormatVersion: '2010-09-09',
		Description: 'Amazon IVS Real-Time stage weekly-show (from ivs-stage-wizard)',
		Resources: {Stage: expectedStage},
		Outputs: expectedOutputs,
	});
});

test('JSON: the same template, indented by 2, with the notes as the resource\'s Metadata', t => {
	const text = renderTemplate(everyField, {format: 'json'});
	t.regex(text, /^\{\n {2}"AWSTemplateFormatVersion": "2010-09-09",\n/);
	const template = JSON.parse(text) as {Resources: {Stage: {Metadata: Record<string, any>}}};
	const {Metadata: metadata, ...stage} = template.Resources.Stage;
	t.deepEqual({...template, Resources: {Stage: stage}}, {
		AWSTemplateFormatVersion: '2010-09-09',
		Description: 'Amazon IVS Real-Time stage weekly-show (from ivs-stage-wizard)',
		Resources: {Stage: expectedStage},
		Outputs: expectedOutputs,
	});
	const notes = metadata[metadataKey];
	t.is(notes.Deploy, 'aws cloudformation deploy --stack-name weekly-show --template-file weekly-show.template.json');
	t.deepEqual(notes.NotInTemplate.map((item: {Field: string; Value: unknown}) => [item.Field, item.Value]), [['autoParticipantRecordingConfiguration.recordParticipantReplicas', false]]);
	t.regex(notes.NotInTemplate[0].Reason, /no RecordParticipantReplicas property/);
	t.regex(notes.ParticipantTokens, /not a CloudFormation resource/);
	t.deepEqual(notes.AfterDeploy.Commands, [
		'STAGE_ARN=$(aws cloudformation describe-stacks --stack-name weekly-show --query "Stacks[0].Outputs[?OutputKey==\'StageArn\'].OutputValue" --output text)',
		`aws ivs-realtime update-stage --arn "$STAGE_ARN" --auto-participant-recording-configuration 'storageConfigurationArn=${storageArn},mediaTypes=AUDIO_ONLY,thumbnailConfiguration={targetIntervalSeconds=30,storage=[SEQUENTIAL,LATEST],recordingMode=INTERVAL},recordingReconnectWindowSeconds=60,hlsConfiguration={targetSegmentDurationSeconds=4},recordParticipantReplicas=false'`,
		'aws ivs-realtime create-participant-token --stage-arn "$STAGE_ARN" --user-id host --capabilities PUBLISH SUBSCRIBE --duration 60 --attributes role=host',
		'aws ivs-realtime create-participant-token --stage-arn "$STAGE_ARN" --user-id viewer --capabilities SUBSCRIBE',
	]);
});

test('YAML: the tokens and the settings CloudFormation cannot hold are said in comments, with the commands', t => {
	const text = renderTemplate(everyField, {format: 'yaml'});
	t.true(text.startsWith('# CloudFormation template for the Amazon IVS Real-Time stage weekly-show, from ivs-stage-wizard.\n# Deploy it with:\n#   aws cloudformation deploy --stack-name weekly-show --template-file weekly-show.template.yaml\n'));
	// Inside AutoParticipantRecordingConfiguration, at its indentation.
	t.regex(text, /\n {8}# Not in this template: autoParticipantRecordingConfiguration\.recordParticipantReplicas = false\.\n {8}# AWS::IVS::Stage has no RecordParticipantReplicas property/);
	t.regex(text, /\n# Participant tokens are not a CloudFormation resource/);
	t.regex(text, /\n# {3}aws ivs-realtime create-participant-token --stage-arn "\$STAGE_ARN" --user-id host --capabilities PUBLISH SUBSCRIBE --duration 60 --attributes role=host\n/);
	t.regex(text, /\n# {3}aws ivs-realtime create-participant-token --stage-arn "\$STAGE_ARN" --user-id viewer --capabilities SUBSCRIBE\n$/);
	t.regex(text, /\n# {3}aws ivs-realtime update-stage --arn "\$STAGE_ARN" --auto-participant-recording-configuration '.*recordParticipantReplicas=false'\n/);
	// Comments are all: the template has no key the reference does not list.
	t.false(metadataKey in (YAML.parse(text) as {Resources: {Stage: Record<string, unknown>}}).Resources.Stage);
});

test('mediaTypes NONE is not among CloudFormation\'s values: left out, said, and set by update-stage', t => {
	const request: CreateStageRequest = {autoParticipantRecordingConfiguration: {storageConfigurationArn: storageArn, mediaTypes: ['NONE'], thumbnailConfiguration: {recordingMode: 'INTERVAL'}}};
	const text = renderTemplate(request, {format: 'yaml'});
	const template = readYaml(t, text);
	t.deepEqual(template.Resources.Stage.Properties, {
		AutoParticipantRecordingConfiguration: {StorageConfigurationArn: storageArn, ThumbnailConfiguration: {ParticipantThumbnailConfiguration: {RecordingMode: 'INTERVAL'}}},
	});
	t.regex(text, /# Not in this template: autoParticipantRecordingConfiguration\.mediaTypes = \["NONE"\]\./);
	t.regex(text, new RegExp(`update-stage --arn "\\$STAGE_ARN" --auto-participant-recording-configuration 'storageConfigurationArn=${storageArn},mediaTypes=NONE,thumbnailConfiguration=\\{recordingMode=INTERVAL\\}'`));
	// A stage without a name: a stack name and a file name all the same.
	t.regex(text, /--stack-name ivs-stage --template-file ivs-stage\.template\.yaml/);
	t.is(template.Description, 'Amazon IVS Real-Time stage (from ivs-stage-wizard)');
});

test('recordParticipantReplicas true is the service\'s default: said, with nothing to run afterwards', t => {
	const request: CreateStageRequest = {name: 'r', autoParticipantRecordingConfiguration: {storageConfigurationArn: '', recordParticipantReplicas: true}};
	const json = JSON.parse(renderTemplate(request, {format: 'json'})) as {Resources: {Stage: {Metadata: Record<string, any>; Properties: unknown}}};
	t.deepEqual(json.Resources.Stage.Properties, {Name: 'r', AutoParticipantRecordingConfiguration: {StorageConfigurationArn: ''}});
	const notes = json.Resources.Stage.Metadata[metadataKey];
	t.regex(notes.NotInTemplate[0].Reason, /true is the service's default/);
	t.is(notes.AfterDeploy, undefined);
	t.notRegex(renderTemplate(request, {format: 'yaml'}), /update-stage|STAGE_ARN/);
});

test('an empty request is a stage with no properties, and empty tags stay an empty list', t => {
	t.deepEqual(readYaml(t, renderTemplate({}, {format: 'yaml'})).Resources.Stage, {Type: 'AWS::IVS::Stage', Properties: {}});
	t.deepEqual(readYaml(t, renderTemplate({name: '', tags: {}}, {format: 'yaml'})).Resources.Stage.Properties, {Name: '', Tags: []});
});
