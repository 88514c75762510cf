// The wizard's steps, in order, as data. The Ink screens and line mode both render these; neither
// holds a copy of a label, a default or a limit.
import {defaultTokenDurationMinutes} from '../stage/validate.js';
import type {Condition, Field, ItemsField, MapField, Step, StepId} from './fields.js';
import {limits} from './limits.js';

const recording = ['autoParticipantRecordingConfiguration'];
const thumbnails = [...recording, 'thumbnailConfiguration'];

export const nameField: Field = {
	id: 'name',
	kind: 'text',
	label: 'Stage name',
	help: 'Optional. Letters, digits, - and _ only. Leave empty for a stage without a name.',
	path: ['name'],
	default: '',
	maxLength: limits.nameLength,
	placeholder: 'e.g. weekly-show',
	patternHint: 'only letters, digits, - and _',
	emptyMeans: 'omit',
};

export const tagsField: MapField = {
	id: 'tags',
	kind: 'map',
	label: 'Tags',
	help: 'Key-value pairs for cost allocation and access control. Keys are required; values may be empty.',
	path: ['tags'],
	shape: 'Tags',
	maxEntries: limits.tags,
	maxKeyLength: limits.tagKeyLength,
	maxValueLength: limits.tagValueLength,
	entryLabel: 'tag',
};

export const attributesField: MapField = {
	id: 'attributes',
	kind: 'map',
	label: 'Attributes',
	help: 'Key-value pairs every participant of the stage can read, e.g. a display name. Not for secrets.',
	path: ['attributes'],
	shape: 'ParticipantTokenAttributes',
	maxBytes: limits.attributesBytes,
	entryLabel: 'attribute',
};

/** The fields of one participant token configuration; the live table's "add token" uses them too. */
export const participantFields: Field[] = [
	{
		id: 'userId',
		kind: 'text',
		label: 'User ID',
		help: 'Your name for this participant, shown in events and the live table. Not for personal data.',
		path: ['userId'],
		default: '',
		maxLength: limits.userIdLength,
		placeholder: 'e.g. host',
		emptyMeans: 'omit',
	},
	{
		id: 'capabilities',
		kind: 'list',
		label: 'Can',
		help: 'PUBLISH sends audio and video to the stage; SUBSCRIBE receives the others. Default: both.',
		path: ['capabilities'],
		options: [
			{value: 'PUBLISH', label: 'Publish'},
			{value: 'SUBSCRIBE', label: 'Subscribe'},
		],
		default: ['PUBLISH', 'SUBSCRIBE'],
	},
	{
		id: 'duration',
		kind: 'number',
		label: 'Token lifetime',
		help: `How long the token can be used to join, in minutes. Default: ${defaultTokenDurationMinutes} (12 h); at most 14 days.`,
		path: ['duration'],
		default: defaultTokenDurationMinutes,
		min: limits.durationMinutes.min,
		max: limits.durationMinutes.max,
		unit: 'minutes',
		quickPicks: [
			{label: '1 h', value: 60},
			{label: '12 h', value: 720},
			{label: '1 d', value: 1440},
			{label: '7 d', value: 10_080},
			{label: '14 d', value: 20_160},
		],
	},
	attributesField,
];

export const participantsField: ItemsField = {
	id: 'participants',
	kind: 'items',
	label: 'Participants',
	help: 'A token is created for each participant with the stage. You can also create tokens later.',
	path: ['participantTokenConfigurations'],
	shape: 'ParticipantTokenConfiguration',
	maxItems: limits.participants,
	itemLabel: 'participant',
	itemFields: participantFields,
	// Empty: every member left out takes the service's default, and the command stays short.
	newItem: {},
};

const intervalMode: Condition = {path: [...thumbnails, 'recordingMode'], equals: 'INTERVAL'};
const recordingOn: Condition = {path: recording, present: true};

export const recordingFields: Field[] = [
	{
		id: 'recording',
		kind: 'toggle',
		label: 'Record each participant',
		help: 'Individual participant recording to an S3 bucket through a storage configuration. Default: off.',
		path: recording,
		default: false,
		binding: 'presence',
		whenOn: {storageConfigurationArn: ''},
	},
	{
		id: 'storageConfigurationArn',
		kind: 'text',
		label: 'Storage configuration',
		help: 'The ARN of a storage configuration in the same region: pick one, or type it.',
		path: [...recording, 'storageConfigurationArn'],
		when: recordingOn,
		default: '',
		maxLength: limits.storageConfigurationArnLength,
		placeholder: 'arn:aws:ivs:…:storage-configuration/…',
		patternHint: 'an ARN like arn:aws:ivs:us-east-1:123456789012:storage-configuration/AbCd1234',
		emptyMeans: 'empty-string',
		required: {message: 'pick a storage configuration, or type its ARN'},
		suggestions: 'storage-configurations',
	},
	{
		id: 'mediaTypes',
		kind: 'choice',
		label: 'Record',
		help: 'What is recorded. Default: audio and video.',
		path: [...recording, 'mediaTypes'],
		when: recordingOn,
		options: [
			{value: 'AUDIO_VIDEO', label: 'audio and video'},
			{value: 'AUDIO_ONLY', label: 'audio only'},
			{value: 'NONE', label: 'nothing (thumbnails only)'},
		],
		default: 'AUDIO_VIDEO',
		storedAs: 'single-item-list',
	},
	{
		id: 'thumbnailMode',
		kind: 'choice',
		label: 'Thumbnails',
		help: 'INTERVAL records a thumbnail every few seconds. Default: DISABLED.',
		path: [...thumbnails, 'recordingMode'],
		when: recordingOn,
		options: [
			{value: 'DISABLED', label: 'off'},
			{value: 'INTERVAL', label: 'at an interval'},
		],
		default: 'DISABLED',
		storedAs: 'value',
	},
	{
		id: 'thumbnailInterval',
		kind: 'number',
		label: 'Thumbnail every',
		help: 'Seconds between thumbnails. Default: 60.',
		path: [...thumbnails, 'targetIntervalSeconds'],
		when: intervalMode,
		default: 60,
		min: limits.thumbnailIntervalSeconds.min,
		max: limits.thumbnailIntervalSeconds.max,
		unit: 'seconds',
		quickPicks: [
			{label: '10 s', value: 10},
			{label: '30 s', value: 30},
			{label: '1 min', value: 60},
			{label: '5 min', value: 300},
		],
	},
	{
		id: 'thumbnailStorage',
		kind: 'list',
		label: 'Keep thumbnails',
		help: 'SEQUENTIAL keeps every thumbnail; LATEST overwrites one file. Default: sequential.',
		path: [...thumbnails, 'storage'],
		when: intervalMode,
		options: [
			{value: 'SEQUENTIAL', label: 'Sequential'},
			{value: 'LATEST', label: 'Latest'},
		],
		default: ['SEQUENTIAL'],
	},
	{
		id: 'reconnectWindow',
		kind: 'number',
		label: 'Reconnect window',
		help: 'A publisher who reconnects within this many seconds continues the same recording. Default: 0 (off).',
		path: [...recording, 'recordingReconnectWindowSeconds'],
		when: recordingOn,
		default: 0,
		min: limits.reconnectWindowSeconds.min,
		max: limits.reconnectWindowSeconds.max,
		unit: 'seconds',
		quickPicks: [
			{label: 'off', value: 0},
			{label: '30 s', value: 30},
			{label: '1 min', value: 60},
			{label: '5 min', value: 300},
		],
	},
	{
		id: 'hlsSegment',
		kind: 'number',
		label: 'HLS segment length',
		help: 'Target length of recorded segments in seconds. Default: 6.',
		path: [...recording, 'hlsConfiguration', 'targetSegmentDurationSeconds'],
		when: recordingOn,
		default: 6,
		min: limits.hlsSegmentSeconds.min,
		max: limits.hlsSegmentSeconds.max,
		unit: 'seconds',
	},
	{
		id: 'recordReplicas',
		kind: 'toggle',
		label: 'Record replicas',
		help: 'Whether participants replicated from another stage are recorded too. Default: yes.',
		path: [...recording, 'recordParticipantReplicas'],
		when: recordingOn,
		default: true,
		binding: 'value',
	},
];

export const steps: Step[] = [
	{id: 'name', title: 'Stage name', intro: 'Name the stage so you can find it later.', fields: [nameField]},
	{id: 'tags', title: 'Tags', intro: 'Optional tags on the stage.', fields: [tagsField]},
	{
		id: 'participants',
		title: 'Participants',
		intro: 'Tokens to create with the stage, one per participant.',
		fields: [participantsField],
	},
	{id: 'recording', title: 'Recording', intro: 'Optional: record each participant to S3.', fields: recordingFields},
];

export const stepIds: StepId[] = steps.map(step => step.id);

export function getStep(id: StepId): Step {
	const step = steps.find(candidate => candidate.id === id);
	if (!step) {
		throw new Error(`No wizard step ${id}`);
	}

	return step;
}
