// --generate-cli-skeleton: input and yaml-input byte for byte against AWS CLI v2's own output
// (fixtures, see test/fixtures/args/README.md); output checked against the model, since v2
// cannot print one for this model.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'ava';
import {parse as parseYaml} from 'yaml';
import {getShape} from '../../source/model/service-model.js';
import {
	generateSkeleton,
	inputSkeleton,
	renderOutputSkeleton,
	sampleCreateStageResponse,
} from '../../source/args/skeleton.js';
import {documentationOverview} from '../../source/args/skeleton-yaml.js';
import {validateShape} from '../../source/stage/validate.js';

const fixtures = join(import.meta.dirname, '../fixtures/args');

test('input is byte for byte what AWS CLI v2 prints', t => {
	t.is(generateSkeleton('input'), readFileSync(join(fixtures, 'skeleton-input.json'), 'utf8'));
});

test('yaml-input is byte for byte what AWS CLI v2 prints, comments included', t => {
	t.is(generateSkeleton('yaml-input'), readFileSync(join(fixtures, 'skeleton-yaml-input.yaml'), 'utf8'));
});

test('yaml-input and input hold the same sample', t => {
	t.deepEqual(parseYaml(generateSkeleton('yaml-input')), JSON.parse(generateSkeleton('input')));
	t.deepEqual(inputSkeleton(), JSON.parse(generateSkeleton('input')));
});

test('yaml-input documents every member of every structure', t => {
	const lines = generateSkeleton('yaml-input').split('\n');
	const withComment = lines.filter(line => line.includes(' # '));
	t.true(lines.includes('  storageConfigurationArn: \'\'  # [REQUIRED] ARN of the StorageConfiguration resource to use for individual participant recording.'));
	t.true(withComment.some(line => line.includes('recordingMode: INTERVAL # Thumbnail recording mode. Valid values are: INTERVAL, DISABLED.')));
	// Members of structures: 4 top-level, 4 per token, 6 recording, 3 thumbnail, 1 hls.
	t.is(withComment.length, 18);
});

test('the first documentation sentence, as awscli cuts it', t => {
	t.is(documentationOverview('<p>Duration (in minutes), after which it expires. Default: 720.</p>'), 'Duration (in minutes), after which it expires.');
	t.is(documentationOverview('<p>Default: <code>""</code></p>'), 'Default.');
	t.is(documentationOverview('<p>Tags &amp; more. Rest</p>'), 'Tags & more.');
	t.is(documentationOverview('Line one\nline two'), 'Line one line two.');
	t.is(documentationOverview(''), '');
	t.is(documentationOverview(undefined), '');
	// Not well-formed XML: the AWS CLI keeps the markup as it is.
	t.is(documentationOverview('<p>Open <br> tag. More</p>'), '<p>Open <br> tag.');
	t.is(documentationOverview('<p>An &nbsp; entity. More</p>'), '<p>An &nbsp; entity.');
});

test('output is a valid CreateStage response in v2\'s sample style', t => {
	const sample = sampleCreateStageResponse();
	t.deepEqual(validateShape('CreateStageResponse', sample), []);
	t.is(sample.stage?.name, 'name');
	t.is(sample.participantTokens?.[0]?.token, 'token');
	t.deepEqual(sample.participantTokens?.[0]?.capabilities, ['PUBLISH']);
	t.is(sample.participantTokens?.[0]?.duration, 1);
	t.true(sample.participantTokens?.[0]?.expirationTime instanceof Date);
});

test('output has every member of the response, in the model\'s order', t => {
	const printed = JSON.parse(renderOutputSkeleton()) as Record<string, Record<string, unknown>>;
	const shape = getShape('CreateStageResponse');
	t.is(shape.type, 'structure');
	if (shape.type === 'structure') {
		t.deepEqual(Object.keys(printed), Object.keys(shape.members));
	}

	const stage = getShape('Stage');
	if (stage.type === 'structure') {
		t.deepEqual(Object.keys(printed.stage!), Object.keys(stage.members));
	}
});

test('output prints as v2 prints JSON: 4 spaces, zone-less timestamps, a final newline', t => {
	const text = generateSkeleton('output');
	t.true(text.endsWith('}\n'));
	t.true(text.includes('\n    "stage": {\n        "arn": "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh",'));
	t.true(text.includes('"expirationTime": "1970-01-01T00:00:00"'));
	t.deepEqual(JSON.parse(text).participantTokens[0].expirationTime, '1970-01-01T00:00:00');
});
