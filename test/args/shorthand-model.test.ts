// The model's types applied to parsed shorthand (awscli's BackCompatVisitor): integers, booleans,
// a single value promoted to a list, strings left alone, and a field-naming error where the AWS
// CLI would crash.
import test from 'ava';
import {applyShorthandTypes, ShorthandTypeError} from '../../source/args/shorthand-model.js';
import {parseShorthand} from '../../source/args/shorthand.js';

function tokenConfigurations(...words: string[]): unknown {
	return applyShorthandTypes(words.map(word => parseShorthand(word)), 'ParticipantTokenConfigurations', ['participantTokenConfigurations']);
}

function recording(word: string): unknown {
	return applyShorthandTypes(parseShorthand(word), 'AutoParticipantRecordingConfiguration', ['autoParticipantRecordingConfiguration']);
}

test('integers become numbers', t => {
	t.deepEqual(tokenConfigurations('duration=60'), [{duration: 60}]);
});

test('integers are read as Python reads them: sign, surrounding spaces, underscores, other scripts\' digits', t => {
	t.deepEqual(tokenConfigurations('duration=+1_0'), [{duration: 10}]);
	t.deepEqual(tokenConfigurations('duration=-5'), [{duration: -5}]);
	t.deepEqual(tokenConfigurations('duration=\'  7 \''), [{duration: 7}]);
	t.deepEqual(tokenConfigurations('duration=007'), [{duration: 7}]);
	t.deepEqual(tokenConfigurations('duration=١٢'), [{duration: 12}]);
});

test('a value that is no integer names the field, for any item of a list option', t => {
	const error = t.throws(() => tokenConfigurations('userId=a', 'userId=b', 'duration=abc'), {instanceOf: ShorthandTypeError});
	t.deepEqual(error.path, ['participantTokenConfigurations', 2, 'duration']);
	t.is(error.describe(), 'participantTokenConfigurations[2].duration: "abc" must be an integer');
});

test('integer text Python refuses is refused', t => {
	for (const text of ['1.5', '1__0', '_1', '1_', '', '0x10', '1e3']) {
		t.throws(() => tokenConfigurations(`duration='${text}'`), {instanceOf: ShorthandTypeError}, text);
	}
});

test('a list where an integer goes names the field (the AWS CLI crashes)', t => {
	const error = t.throws(() => tokenConfigurations('duration=1,2'), {instanceOf: ShorthandTypeError});
	t.is(error.describe(), 'participantTokenConfigurations[0].duration: ["1","2"] must be an integer');
});

test('nested integers are converted and named by their full path', t => {
	t.deepEqual(recording('storageConfigurationArn=,hlsConfiguration={targetSegmentDurationSeconds=4},thumbnailConfiguration={targetIntervalSeconds=30}'), {
		storageConfigurationArn: '',
		hlsConfiguration: {targetSegmentDurationSeconds: 4},
		thumbnailConfiguration: {targetIntervalSeconds: 30},
	});
	const error = t.throws(() => recording('hlsConfiguration={targetSegmentDurationSeconds=four}'), {instanceOf: ShorthandTypeError});
	t.is(error.describe(), 'autoParticipantRecordingConfiguration.hlsConfiguration.targetSegmentDurationSeconds: "four" must be an integer');
});

test('booleans are true or false in any case', t => {
	t.deepEqual(recording('recordParticipantReplicas=FALSE'), {recordParticipantReplicas: false});
	t.deepEqual(recording('recordParticipantReplicas=True'), {recordParticipantReplicas: true});
	const error = t.throws(() => recording('recordParticipantReplicas=yes'), {instanceOf: ShorthandTypeError});
	t.is(error.describe(), 'autoParticipantRecordingConfiguration.recordParticipantReplicas: "yes" must be true or false');
});

test('a single value is promoted to a list where the model wants one', t => {
	t.deepEqual(tokenConfigurations('capabilities=PUBLISH'), [{capabilities: ['PUBLISH']}]);
	t.deepEqual(recording('mediaTypes=AUDIO_ONLY,thumbnailConfiguration={storage=LATEST}'), {
		mediaTypes: ['AUDIO_ONLY'],
		thumbnailConfiguration: {storage: ['LATEST']},
	});
});

test('lists stay lists, explicit or comma-separated', t => {
	t.deepEqual(tokenConfigurations('capabilities=PUBLISH,SUBSCRIBE'), [{capabilities: ['PUBLISH', 'SUBSCRIBE']}]);
	t.deepEqual(tokenConfigurations('capabilities=[SUBSCRIBE]'), [{capabilities: ['SUBSCRIBE']}]);
	t.deepEqual(tokenConfigurations('capabilities=[]'), [{capabilities: []}]);
});

test('strings stay strings, even when they look like numbers or booleans', t => {
	t.deepEqual(tokenConfigurations('userId=42,attributes={n=7,b=true}'), [{userId: '42', attributes: {n: '7', b: 'true'}}]);
	t.deepEqual(
		applyShorthandTypes(parseShorthand('a=1,b=false'), 'Tags', ['tags']),
		{a: '1', b: 'false'},
	);
});

test('keys the model does not know are left for the validator, unchanged', t => {
	t.deepEqual(tokenConfigurations('userId=a,colour=blue'), [{userId: 'a', colour: 'blue'}]);
});

test('a structure given as a plain value is left for the validator', t => {
	t.deepEqual(recording('thumbnailConfiguration=on'), {thumbnailConfiguration: 'on'});
});

test('the member order of the input is kept', t => {
	const result = tokenConfigurations('userId=a,duration=5,capabilities=PUBLISH') as Array<Record<string, unknown>>;
	t.deepEqual(Object.keys(result[0]!), ['userId', 'duration', 'capabilities']);
});
