import test from 'ava';
import {duplicateItem, entryKeyConflict, mapEntries, removeEntry, removeItem, saveEntry, saveItem} from '../../source/wizard/collections.js';
import {formatMinutes, formatSeconds} from '../../source/wizard/durations.js';
import {entryProblems, mapBytes} from '../../source/wizard/entry-problems.js';
import {applyFieldChange, entryFields, isFieldVisible, readList, readNumber, readToggle} from '../../source/wizard/field-values.js';
import type {ListField, NumberField, ToggleField} from '../../source/wizard/fields.js';
import {getAt, setAt} from '../../source/wizard/paths.js';
import {attributesField, participantFields, recordingFields, tagsField} from '../../source/wizard/steps.js';
import {describeParticipant, describeRecording, describeRequest} from '../../source/wizard/summary.js';

test('durations read as people say them', t => {
	t.is(formatMinutes(720), '12 h');
	t.is(formatMinutes(90), '1 h 30 min');
	t.is(formatMinutes(20_160), '14 d');
	t.is(formatMinutes(1), '1 min');
	t.is(formatSeconds(0), '0 s');
	t.is(formatSeconds(6), '6 s');
	t.is(formatSeconds(86_400 + 7200 + 3), '1 d 2 h');
});

test('paths: read, write without mutating, prune emptied objects', t => {
	const request = {a: {b: {c: 1}}, list: [{x: 1}, {x: 2}]};
	const changed = setAt(request, ['a', 'b', 'c'], undefined);
	t.deepEqual(changed, {list: [{x: 1}, {x: 2}]});
	t.deepEqual(request.a.b.c, 1);
	t.is(getAt(setAt(request, ['list', 1, 'x'], 3), ['list', 1, 'x']), 3);
	t.deepEqual(setAt({}, ['list', 0], 'a'), {list: ['a']});
	t.is(getAt(undefined, ['a']), undefined);
});

test('map entries keep their place when renamed; conflicts are named', t => {
	const map = {a: '1', b: '2', c: '3'};
	t.deepEqual(Object.keys(saveEntry(map, 'b', 'z', '9')), ['a', 'z', 'c']);
	t.deepEqual(Object.keys(saveEntry(map, undefined, 'd', '4')), ['a', 'b', 'c', 'd']);
	t.is(entryKeyConflict(map, 'b', 'a'), 'there is already a key "a"');
	t.is(entryKeyConflict(map, 'b', 'b'), undefined);
	t.is(entryKeyConflict({'': 'x'}, undefined, ''), 'there is already an entry with an empty key');
	t.deepEqual(removeEntry(map, 'a'), {b: '2', c: '3'});
	t.is(removeEntry({a: '1'}, 'a'), undefined);
	t.deepEqual(mapEntries(undefined), []);
});

test('list items: saved, duplicated as copies, removed to nothing', t => {
	t.deepEqual(saveItem([1, 2], 1, 5), [1, 5]);
	t.deepEqual(saveItem(undefined, undefined, 1), [1]);
	const original = [{a: [1]}];
	const copied = duplicateItem<{a: number[]}>(original, 0);
	t.not(copied[1]!.a, original[0]!.a);
	t.deepEqual(removeItem([1], 0), undefined);
});

test('an entry is checked by the core validator as the map would be', t => {
	const found = entryProblems(tagsField, {a: 'x'}, undefined, 'k'.repeat(129), 'v'.repeat(257));
	t.deepEqual(found.key, ['must have at most 128 characters']);
	t.deepEqual(found.value, ['must have at most 256 characters']);
	t.true(found.blocking);
	t.deepEqual(entryProblems(tagsField, {a: 'x'}, undefined, 'a', 'y').key, ['there is already a key "a"']);
	const full = Object.fromEntries(Array.from({length: 50}, (_, index) => [`k${index}`, '']));
	t.deepEqual(entryProblems(tagsField, full, undefined, 'one-more', '').map, ['must have at most 50 entries']);
	const attributes = entryProblems(attributesField, {}, undefined, 'note', 'é'.repeat(600));
	t.deepEqual(attributes.map, ['1204 of 1024 bytes used: remove 180']);
	t.is(mapBytes({a: 'é'}), 3);
	t.is(mapBytes({a: 'b'}, 'a', 'a', 'bcd'), 4);
	t.false(entryProblems(attributesField, {}, undefined, 'ok', 'fine').blocking);
});

test('defaults read where a member is left out; conditions hide fields', t => {
	const duration = participantFields.find(field => field.id === 'duration') as NumberField;
	const capabilities = participantFields.find(field => field.id === 'capabilities') as ListField;
	t.is(readNumber(duration, {}), 720);
	t.deepEqual(readList(capabilities, {}), ['PUBLISH', 'SUBSCRIBE']);
	const replicas = recordingFields.find(field => field.id === 'recordReplicas') as ToggleField;
	t.true(readToggle(replicas, {}));
	t.false(isFieldVisible(replicas, {}));
	t.true(isFieldVisible(replicas, {autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}}));
	const interval = recordingFields.find(field => field.id === 'thumbnailInterval')!;
	t.false(isFieldVisible(interval, {autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}}));
	t.true(isFieldVisible(interval, {autoParticipantRecordingConfiguration: {storageConfigurationArn: '', thumbnailConfiguration: {recordingMode: 'INTERVAL'}}}));
	t.deepEqual(applyFieldChange({}, {type: 'listChanged', field: capabilities, value: ['SUBSCRIBE']}), {capabilities: ['SUBSCRIBE']});
	t.deepEqual(
		entryFields(tagsField).map(field => [field.id, field.maxLength]),
		[
			['key', 128],
			['value', 256],
		],
	);
});

test('summaries', t => {
	t.is(describeRequest({}), 'empty');
	t.is(describeRequest({name: 'a', tags: {x: 'y'}, participantTokenConfigurations: [{}, {}], autoParticipantRecordingConfiguration: {storageConfigurationArn: ''}}), '"a", 1 tag, 2 participants, recording');
	t.is(describeParticipant({capabilities: ['SUBSCRIBE'], duration: 60, attributes: {a: 'b'}}), 'subscribe · 1 h · 1 attribute (2 B)');
	t.is(describeRecording({}), 'off');
	t.is(
		describeRecording({autoParticipantRecordingConfiguration: {storageConfigurationArn: 'x', thumbnailConfiguration: {recordingMode: 'INTERVAL', targetIntervalSeconds: 30}}}),
		'on · audio and video · thumbnails every 30 s · reconnect window 0 s · 6 s segments · replicas recorded',
	);
});
