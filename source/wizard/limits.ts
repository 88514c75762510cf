// The limits the wizard shows as counters and ranges, read from the API model so they cannot drift
// from what the validator checks.
import {getShape} from '../model/service-model.js';
import {attributesByteLimit} from '../stage/validate.js';

function bound(shapeName: string, which: 'min' | 'max'): number {
	const value = getShape(shapeName)[which];
	if (value === undefined) {
		throw new Error(`The API model gives shape ${shapeName} no ${which}`);
	}

	return value;
}

export const limits = {
	nameLength: bound('StageName', 'max'),
	tags: bound('Tags', 'max'),
	tagKeyLength: bound('TagKey', 'max'),
	tagValueLength: bound('TagValue', 'max'),
	participants: bound('ParticipantTokenConfigurations', 'max'),
	userIdLength: bound('ParticipantTokenUserId', 'max'),
	durationMinutes: {min: bound('ParticipantTokenDurationMinutes', 'min'), max: bound('ParticipantTokenDurationMinutes', 'max')},
	attributesBytes: attributesByteLimit,
	thumbnailIntervalSeconds: {min: bound('ThumbnailIntervalSeconds', 'min'), max: bound('ThumbnailIntervalSeconds', 'max')},
	reconnectWindowSeconds: {
		min: bound('ParticipantRecordingReconnectWindowSeconds', 'min'),
		max: bound('ParticipantRecordingReconnectWindowSeconds', 'max'),
	},
	hlsSegmentSeconds: {
		min: bound('ParticipantRecordingTargetSegmentDurationSeconds', 'min'),
		max: bound('ParticipantRecordingTargetSegmentDurationSeconds', 'max'),
	},
	storageConfigurationArnLength: bound('AutoParticipantRecordingStorageConfigurationArn', 'max'),
} as const;
