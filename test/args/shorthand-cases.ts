// Requests the review's command writes in shorthand, shared by the round-trip tests and the AWS
// CLI recording (test/fixtures/args/aws-cli-cases.json holds the words of each rendered command,
// aws-cli-requests.json what AWS CLI v2 sent for them).
import type {CreateStageRequest} from '../../source/stage/request.js';

export const shorthandCases: Array<{label: string; request: CreateStageRequest}> = [
	{
		label: 'rendered shorthand command',
		request: {
			name: 'review-stage_1',
			participantTokenConfigurations: [
				{userId: 'host', duration: 90, capabilities: ['PUBLISH', 'SUBSCRIBE'], attributes: {role: 'host', 'display.name': 'Ann'}},
				{userId: 'viewer-2', capabilities: ['SUBSCRIBE'], attributes: {}},
				{userId: 'guest', capabilities: ['PUBLISH']},
				{duration: 5},
			],
			tags: {team: 'video', 'cost:center': 'a-42', 'path/x': 'v@1+2'},
			autoParticipantRecordingConfiguration: {
				storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh',
				mediaTypes: ['AUDIO_ONLY'],
				thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 30, storage: ['LATEST', 'SEQUENTIAL']},
				recordingReconnectWindowSeconds: 10,
				hlsConfiguration: {targetSegmentDurationSeconds: 4},
				recordParticipantReplicas: false,
			},
		},
	},
	{
		label: 'rendered shorthand command, JSON where shorthand cannot say it plainly',
		request: {
			name: 'mixed',
			participantTokenConfigurations: [{userId: 'o\'brien & co', capabilities: ['PUBLISH']}, {userId: 'b'}],
			tags: {team: 'video', empty: ''},
			autoParticipantRecordingConfiguration: {storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh', recordParticipantReplicas: true},
		},
	},
];
