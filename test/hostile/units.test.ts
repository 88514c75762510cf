// The small pure pieces behind the hostile-input rules.
import test from 'ava';
import {shellSplit} from '../../source/cli/pager.js';
import {toCliError} from '../../source/ivs/service-errors.js';
import {formatFieldProblems} from '../../source/stage/problem-wording.js';
import {validateCreateStageRequest} from '../../source/stage/validate.js';
import {errorText} from '../../source/basics/error-text.js';
import {ServiceError, UsageError} from '../../source/basics/errors.js';

test('shellSplit splits as Python\'s shlex.split does', t => {
	t.deepEqual(shellSplit('less -R'), ['less', '-R']);
	t.deepEqual(shellSplit('  less   -R  '), ['less', '-R']);
	t.deepEqual(shellSplit('\'my pager\' "a b" c\\ d'), ['my pager', 'a b', 'c d']);
	t.deepEqual(shellSplit('"a\\"b" \'a\\b\''), ['a"b', 'a\\b']);
	t.deepEqual(shellSplit('less; rm -rf /'), ['less;', 'rm', '-rf', '/'], 'no shell: ; is a character');
	t.deepEqual(shellSplit('""'), ['']);
	t.throws(() => shellSplit('less "-R'), {message: 'No closing quotation'});
	t.throws(() => shellSplit('less \\'), {message: 'No escaped character'});
});

test('one line per field: every rule it breaks, and items of a list of strings are part of the list', t => {
	const problems = validateCreateStageRequest({
		name: `${'a'.repeat(128)}!`,
		participantTokenConfigurations: [{capabilities: ['PUBLISH', 'SUBSCRIBE', 'FOO'], duration: 0}],
		tags: {'': 'v'},
	});
	t.deepEqual(formatFieldProblems(problems), [
		`name: "${'a'.repeat(56)}… must have at most 128 characters and must match the pattern [a-zA-Z0-9-_]*`,
		'participantTokenConfigurations[0].duration: 0 must be at least 1',
		'participantTokenConfigurations[0].capabilities: ["PUBLISH","SUBSCRIBE","FOO"] must have at most 2 items, and item [2] "FOO" must be one of PUBLISH, SUBSCRIBE',
		'key "" of tags must have at least 1 character',
	]);
});

test('null is refused only where asked: the emulator, answering as the service, reads it as absent', t => {
	t.deepEqual(validateCreateStageRequest({name: null}), []);
	t.deepEqual(formatFieldProblems(validateCreateStageRequest({name: null}, {refuseNull: true})), ['name: null must be a string']);
	t.deepEqual(
		formatFieldProblems(validateCreateStageRequest({autoParticipantRecordingConfiguration: {storageConfigurationArn: null}}, {refuseNull: true})),
		['autoParticipantRecordingConfiguration.storageConfigurationArn: null must be a string'],
	);
});

test('network failures in botocore\'s words', t => {
	const endpoint = 'http://127.0.0.1:1';
	const hangUp = Object.assign(new Error('socket hang up'), {name: 'TimeoutError', code: 'ECONNRESET'});
	t.is(toCliError(hangUp, 'CreateStage', endpoint).message, 'Connection was closed before we received a valid response from endpoint URL: "http://127.0.0.1:1/CreateStage".');
	const connect = Object.assign(new Error('@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 1000 ms.'), {name: 'TimeoutError'});
	t.is(toCliError(connect, 'CreateStage', endpoint).message, 'Connect timeout on endpoint URL: "http://127.0.0.1:1/CreateStage"');
	const read = Object.assign(new Error('@smithy/node-http-handler - the request socket timed out after 1000 ms of inactivity (configured by client requestHandler).'), {name: 'TimeoutError'});
	t.is(toCliError(read, 'CreateStage', `${endpoint}/`).message, 'Read timeout on endpoint URL: "http://127.0.0.1:1/CreateStage"');
	const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {code: 'ECONNREFUSED'});
	t.is(toCliError(refused, 'CreateStage', endpoint).message, 'Could not connect to the endpoint URL: "http://127.0.0.1:1/CreateStage"');
	for (const error of [hangUp, connect, read, refused]) {
		t.is(toCliError(error, 'CreateStage', endpoint).exitCode, 255);
	}
});

test('errorText: the service\'s line raw when piped, escaped on a terminal; every other line always escaped', t => {
	const service = new ServiceError('Bad\u001BCode', 'a\u001B[2Jb\nc', 'CreateStage', 400);
	t.is(errorText(service, {terminal: false}), '\nAn error occurred (Bad\u001BCode) when calling the CreateStage operation: a\u001B[2Jb\nc\n');
	t.is(errorText(service, {terminal: true}), '\nAn error occurred (Bad\\x1bCode) when calling the CreateStage operation: a\\x1b[2Jb\\nc\n');
	t.is(errorText(new UsageError('x\u0007y\nz'), {terminal: false}), 'x\\x07y\\nz\n');
	t.is(errorText(new UsageError(['one', 'two\u001B']), {terminal: false}), 'one\ntwo\\x1b\n');
	t.is(errorText(new Error('boom\n    at x'), {terminal: false}), 'boom\\n    at x\n');
});

test('line mode\'s endpoint question refuses what the command line refuses, and takes a good URL', async t => {
	const {askConnection} = await import('../../source/line/ask-start.js');
	const {scriptedPrompts} = await import('../line/helpers/scripted-prompts.js');
	const prompts = scriptedPrompts([{prompt: 'input', message: /Endpoint URL/, refused: ['htps://127.0.0.1:4566', '127.0.0.1:4566', 'http://', 'http://a b'], answer: ' http://127.0.0.1:4566 '}]);
	const connection = await askConnection('endpoint', {}, async () => ({profiles: [], regionOf: {}}), {prompts, out: {line() {}} as never});
	t.deepEqual(connection, {endpointUrl: 'http://127.0.0.1:4566'});
	t.is(prompts.remaining(), 0);
});
