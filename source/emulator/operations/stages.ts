// CreateStage, GetStage, ListStages, UpdateStage, DeleteStage. A stage gets its session at
// creation (activeSessionId), so ListParticipants has somewhere to look from the first second.
import {stageQuota} from '../../stage/service-quotas.js';
import {quotaError} from '../api-error.js';
import {newSessionId, newStageEndpoints, parseArn, randomId, resourceIdLength, stageArn} from '../ids.js';
import {plainMap, type StageRecord} from '../store.js';
import {paginate, requireStage, text, type Input, type OperationContext, type OperationHandler} from './context.js';
import {issueParticipantToken} from './tokens.js';

/** The documented defaults; the service reports the whole configuration, filled in. */
export function recordingConfiguration(given: unknown): Record<string, unknown> {
	const source = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
	const storageConfigurationArn = text(source.storageConfigurationArn) ?? '';
	// Setting the ARN to "" turns recording off and resets the other fields to their defaults.
	const use = storageConfigurationArn === '' ? {} : source;
	const thumbnail = (use.thumbnailConfiguration ?? {}) as Record<string, unknown>;
	const hls = (use.hlsConfiguration ?? {}) as Record<string, unknown>;
	return {
		storageConfigurationArn,
		mediaTypes: use.mediaTypes ?? ['AUDIO_VIDEO'],
		thumbnailConfiguration: {
			targetIntervalSeconds: thumbnail.targetIntervalSeconds ?? 60,
			storage: thumbnail.storage ?? ['SEQUENTIAL'],
			recordingMode: thumbnail.recordingMode ?? 'DISABLED',
		},
		recordingReconnectWindowSeconds: use.recordingReconnectWindowSeconds ?? 0,
		hlsConfiguration: {targetSegmentDurationSeconds: hls.targetSegmentDurationSeconds ?? 6},
		recordParticipantReplicas: use.recordParticipantReplicas ?? true,
	};
}

function stagesInRegion(context: OperationContext): number {
	let count = 0;
	for (const stage of context.store.stages.values()) {
		const arn = parseArn(stage.arn);
		if (arn?.region === context.region && arn.accountId === context.accountId) {
			count++;
		}
	}

	return count;
}

const createStage: OperationHandler = (input: Input, context: OperationContext) => {
	const {store} = context;
	if (context.limits && stagesInRegion(context) >= stageQuota) {
		throw quotaError(
			`Request would exceed the quota of ${stageQuota} stages per account in ${context.region}. Delete a stage, or start the emulator with --no-limits.`,
		);
	}

	let arn: string;
	do {
		arn = stageArn(context.region, context.accountId, randomId(resourceIdLength));
	} while (store.stages.has(arn));

	const now = Math.floor(context.now() / 1000) * 1000;
	const sessionId = newSessionId();
	const stage: StageRecord = {
		arn,
		name: text(input.name) ?? '',
		tags: plainMap(input.tags),
		autoParticipantRecordingConfiguration: recordingConfiguration(input.autoParticipantRecordingConfiguration),
		endpoints: newStageEndpoints(context.whipUrl),
		activeSessionId: sessionId,
		createdAt: now,
		seq: store.nextSeq(),
	};
	store.stages.set(arn, stage);
	store.sessions.set(sessionId, {sessionId, stageArn: arn, startTime: now, seq: store.nextSeq()});
	const configurations = Array.isArray(input.participantTokenConfigurations) ? input.participantTokenConfigurations : [];
	const participantTokens = configurations.map(configuration =>
		issueParticipantToken(context, stage, configuration as Input));
	store.changed();
	return {stage, participantTokens};
};

const getStage: OperationHandler = (input, context) => ({stage: requireStage(context, input.arn)});

const listStages: OperationHandler = (input, context) => {
	const {page, nextToken} = paginate(context.store.stages.values(), 'stages', input.maxResults, input.nextToken);
	return {stages: page, nextToken};
};

const updateStage: OperationHandler = (input, context) => {
	const stage = requireStage(context, input.arn);
	if (input.name !== undefined) {
		stage.name = text(input.name) ?? '';
	}

	if (input.autoParticipantRecordingConfiguration !== undefined) {
		stage.autoParticipantRecordingConfiguration = recordingConfiguration(input.autoParticipantRecordingConfiguration);
	}

	context.store.changed();
	return {stage};
};

const deleteStage: OperationHandler = (input, context) => {
	const stage = requireStage(context, input.arn);
	context.store.deleteStage(stage.arn);
	context.store.changed();
	return {};
};

export const stageOperations: Record<string, OperationHandler> = {
	CreateStage: createStage,
	GetStage: getStage,
	ListStages: listStages,
	UpdateStage: updateStage,
	DeleteStage: deleteStage,
};
