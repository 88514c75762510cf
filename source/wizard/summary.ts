// Short readings of a request and its parts, for the start screen's draft line, the participants
// list and the review screen; line mode prints the same words.
import type {Connection} from '../ivs/client-settings.js';
import type {CreateStageRequest, ParticipantTokenConfiguration} from '../stage/request.js';
import {attributesSize} from '../stage/validate.js';
import {mapEntries} from './collections.js';
import {formatMinutes, formatSeconds} from './durations.js';
import {readChoice, readList, readNumber, readToggle} from './field-values.js';
import type {ChoiceField, ListField, NumberField, ToggleField} from './fields.js';
import {participantFields, recordingFields} from './steps.js';

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `"weekly", 2 tags, 3 participants, recording` — or `empty` for a blank request. */
export function describeRequest(request: CreateStageRequest): string {
	const parts: string[] = [];
	if (request.name) {
		parts.push(JSON.stringify(request.name));
	}

	const tags = mapEntries(request.tags).length;
	if (tags > 0) {
		parts.push(plural(tags, 'tag'));
	}

	const participants = request.participantTokenConfigurations?.length ?? 0;
	if (participants > 0) {
		parts.push(plural(participants, 'participant'));
	}

	if (request.autoParticipantRecordingConfiguration) {
		parts.push('recording');
	}

	return parts.length === 0 ? 'empty' : parts.join(', ');
}

const field = <T>(id: string, fields = participantFields) => fields.find(candidate => candidate.id === id) as T;

/** `publish, subscribe · 12 h · 2 attributes (34 B)` */
export function describeParticipant(participant: ParticipantTokenConfiguration): string {
	const capabilities = readList(field<ListField>('capabilities'), participant);
	const duration = readNumber(field<NumberField>('duration'), participant);
	const attributes = mapEntries(participant.attributes);
	const parts = [
		capabilities.length === 0 ? 'no capabilities' : capabilities.map(capability => capability.toLowerCase()).join(', '),
		formatMinutes(duration),
	];
	if (attributes.length > 0) {
		parts.push(`${plural(attributes.length, 'attribute')} (${attributesSize(participant.attributes ?? {})} B)`);
	}

	return parts.join(' · ');
}

/** `off`, or `on · audio and video · thumbnails every 1 min · …` */
export function describeRecording(request: CreateStageRequest): string {
	const recording = recordingFields.find(candidate => candidate.id === 'recording') as ToggleField;
	if (!readToggle(recording, request)) {
		return 'off';
	}

	const media = field<ChoiceField>('mediaTypes', recordingFields);
	const mode = field<ChoiceField>('thumbnailMode', recordingFields);
	const interval = field<NumberField>('thumbnailInterval', recordingFields);
	const reconnect = field<NumberField>('reconnectWindow', recordingFields);
	const hls = field<NumberField>('hlsSegment', recordingFields);
	const replicas = field<ToggleField>('recordReplicas', recordingFields);
	const mediaValue = readChoice(media, request);
	const parts = [
		media.options.find(option => option.value === mediaValue)?.label ?? mediaValue,
		readChoice(mode, request) === 'INTERVAL' ? `thumbnails every ${formatSeconds(readNumber(interval, request))}` : 'no thumbnails',
		`reconnect window ${formatSeconds(readNumber(reconnect, request))}`,
		`${readNumber(hls, request)} s segments`,
		readToggle(replicas, request) ? 'replicas recorded' : 'replicas not recorded',
	];
	return `on · ${parts.join(' · ')}`;
}

/**
 * Where the stage goes: `profile work · eu-west-1`, or that the sandbox is not AWS at all (with
 * its emulator's address and region when known, which a narrow header may cut).
 */
export function describeWhere(connection: Connection, sandbox: boolean, sandboxUrl?: string): string {
	const emulator = [sandboxUrl ? `local emulator ${sandboxUrl}` : 'local emulator', connection.region].filter(Boolean).join(' · ');
	return sandbox
		? `the sandbox (${emulator}): not a real AWS stage`
		: [`profile ${connection.profile ?? 'default'}`, connection.region ?? 'no region set', connection.endpointUrl ? `endpoint ${connection.endpointUrl}` : undefined]
				.filter(Boolean)
				.join(' · ');
}
