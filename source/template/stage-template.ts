// A validated CreateStage request as a CloudFormation template: one AWS::IVS::Stage resource with
// CloudFormation's property names, an Output with the stage's ARN, and notes for what the
// resource cannot hold. Pure data: render-template.ts writes it as YAML (notes as comments) or
// JSON (notes as the resource's Metadata).
//
// What CloudFormation cannot express, from the AWS::IVS::Stage reference (the property tables of
// the resource and of AutoParticipantRecordingConfiguration, as published when this was written):
// - recordParticipantReplicas: the resource has no RecordParticipantReplicas property;
// - mediaTypes NONE (thumbnails only): MediaTypes allows AUDIO_VIDEO or AUDIO_ONLY.
// The template leaves those out (CloudFormation would refuse them), says so, and gives the
// update-stage command that sets the recording configuration exactly as the request has it.
// - participant tokens: no resource at all; one create-participant-token command each.
import type {AutoParticipantRecordingConfiguration, CreateStageRequest} from '../stage/request.js';
import {
	deployCommand,
	participantTokenCommand,
	recordingUpdateCommand,
	stageArnCommand,
	stageArnOutput,
	suggestedStackName,
} from './follow-up-commands.js';

export const stageLogicalId = 'Stage';

export type StageProperties = {
	Name?: string;
	Tags?: Array<{Key: string; Value: string}>;
	AutoParticipantRecordingConfiguration?: Record<string, unknown>;
};

/** The template itself, exactly what CloudFormation reads (the notes go beside it). */
export type TemplateBody = {
	AWSTemplateFormatVersion: '2010-09-09';
	Description: string;
	Resources: {Stage: {Type: 'AWS::IVS::Stage'; Properties: StageProperties}};
	Outputs: {StageArn: {Description: string; Value: {Ref: typeof stageLogicalId}}};
};

/** A request member the resource cannot hold: where it is, its value, and why. */
export type Unexpressed = {
	field: string;
	value: unknown;
	reason: string;
	/** The stage differs from the request until update-stage runs (false: the default is what was asked). */
	needsUpdate: boolean;
};

export type TemplateNotes = {
	stackName: string;
	/** `aws cloudformation deploy` for this template under the suggested stack name. */
	deploy: string;
	unexpressed: Unexpressed[];
	/** After the stack exists: STAGE_ARN from its output, then update-stage (if needed), then the tokens. */
	afterDeploy: string[];
	/** How many create-participant-token commands afterDeploy holds. */
	participantTokens: number;
};

export type StageTemplate = {body: TemplateBody; notes: TemplateNotes};

const recordingField = 'autoParticipantRecordingConfiguration';

const untilUpdated = 'until the update-stage command after the deploy runs (a stack update that changes AutoParticipantRecordingConfiguration undoes it)';

/** CloudFormation's MediaTypes values (the API also has NONE). */
const cloudFormationMediaTypes = new Set(['AUDIO_VIDEO', 'AUDIO_ONLY']);

export function stageTemplate(request: Readonly<CreateStageRequest>, options: {fileName: string}): StageTemplate {
	const unexpressed: Unexpressed[] = [];
	const properties: StageProperties = {};
	if (request.name !== undefined) {
		properties.Name = request.name;
	}

	if (request.tags !== undefined) {
		properties.Tags = Object.entries(request.tags).map(([Key, Value]) => ({Key, Value}));
	}

	const recording = request.autoParticipantRecordingConfiguration;
	if (recording !== undefined) {
		properties.AutoParticipantRecordingConfiguration = recordingProperties(recording, unexpressed);
	}

	const stackName = suggestedStackName(request.name);
	const tokenCommands = (request.participantTokenConfigurations ?? []).map(configuration => participantTokenCommand(configuration));
	const followUps = [
		...(recording !== undefined && unexpressed.some(item => item.needsUpdate) ? [recordingUpdateCommand(recording)] : []),
		...tokenCommands,
	];
	return {
		body: {
			AWSTemplateFormatVersion: '2010-09-09',
			Description: request.name ? `Amazon IVS Real-Time stage ${request.name} (from ivs-stage-wizard)` : 'Amazon IVS Real-Time stage (from ivs-stage-wizard)',
			Resources: {[stageLogicalId]: {Type: 'AWS::IVS::Stage', Properties: properties}},
			Outputs: {[stageArnOutput]: {Description: 'ARN of the stage', Value: {Ref: stageLogicalId}}},
		},
		notes: {
			stackName,
			deploy: deployCommand(stackName, options.fileName),
			unexpressed,
			afterDeploy: followUps.length > 0 ? [stageArnCommand(stackName), ...followUps] : [],
			participantTokens: tokenCommands.length,
		},
	};
}

function recordingProperties(recording: Readonly<AutoParticipantRecordingConfiguration>, unexpressed: Unexpressed[]): Record<string, unknown> {
	const result: Record<string, unknown> = {StorageConfigurationArn: recording.storageConfigurationArn};
	const {mediaTypes, thumbnailConfiguration: thumbnails, recordingReconnectWindowSeconds, hlsConfiguration: hls, recordParticipantReplicas} = recording;
	if (mediaTypes !== undefined) {
		if (mediaTypes.every(type => cloudFormationMediaTypes.has(type))) {
			result['MediaTypes'] = [...mediaTypes];
		} else {
			unexpressed.push({
				field: `${recordingField}.mediaTypes`,
				value: [...mediaTypes],
				reason: `CloudFormation's MediaTypes allows AUDIO_VIDEO or AUDIO_ONLY only, so the template leaves it out and the stage records AUDIO_VIDEO (the default) ${untilUpdated}`,
				needsUpdate: true,
			});
		}
	}

	if (thumbnails !== undefined) {
		result['ThumbnailConfiguration'] = {
			ParticipantThumbnailConfiguration: defined({
				RecordingMode: thumbnails.recordingMode,
				TargetIntervalSeconds: thumbnails.targetIntervalSeconds,
				Storage: thumbnails.storage === undefined ? undefined : [...thumbnails.storage],
			}),
		};
	}

	if (recordingReconnectWindowSeconds !== undefined) {
		result['RecordingReconnectWindowSeconds'] = recordingReconnectWindowSeconds;
	}

	if (hls !== undefined) {
		result['HlsConfiguration'] = {ParticipantRecordingHlsConfiguration: defined({TargetSegmentDurationSeconds: hls.targetSegmentDurationSeconds})};
	}

	if (recordParticipantReplicas !== undefined) {
		unexpressed.push({
			field: `${recordingField}.recordParticipantReplicas`,
			value: recordParticipantReplicas,
			reason: recordParticipantReplicas
				? 'AWS::IVS::Stage has no RecordParticipantReplicas property; true is the service\'s default, so the stage records replicas as asked'
				: `AWS::IVS::Stage has no RecordParticipantReplicas property, so the stage records replicas (the default) ${untilUpdated}`,
			needsUpdate: !recordParticipantReplicas,
		});
	}

	return result;
}

function defined(object: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
