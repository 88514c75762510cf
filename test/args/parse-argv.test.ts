// The whole command line: option table, the AWS CLI's argparse rules (abbreviations, `--`,
// `--opt=value`, stray words), typed global options, and every refusal as one usage line.
import test from 'ava';
import {UsageError} from '../../source/basics/errors.js';
import {parseCreateStageArgv} from '../../source/args/parse-argv.js';
import {
	createStageOptions,
	defaultGlobalOptions,
	findOption,
	globalOptions,
	ownOption,
} from '../../source/args/options.js';

function usageError(t: import('ava').ExecutionContext, argv: string[]): string {
	const error = t.throws(() => parseCreateStageArgv(argv), {instanceOf: UsageError});
	t.is(error.exitCode, 252);
	t.false(error.message.includes('\n'), error.message);
	return error.message;
}

test('no options: an empty request and the defaults', t => {
	const parsed = parseCreateStageArgv([]);
	t.deepEqual(parsed.request, {});
	t.deepEqual(parsed.globals, defaultGlobalOptions);
	t.deepEqual(parsed.explicitKeys, []);
	t.is(parsed.globals.readTimeoutSeconds, 60);
	t.is(parsed.globals.color, 'auto');
	t.is(parsed.globals.output, undefined);
	t.is(parsed.globals.autoPrompt, undefined);
});

test('every operation parameter has its option', t => {
	const parsed = parseCreateStageArgv([
		'--name', 'stage1',
		'--participant-token-configurations', 'userId=alice', 'userId=bob,capabilities=SUBSCRIBE',
		'--tags', 'team=video',
		'--auto-participant-recording-configuration', 'storageConfigurationArn=arn:aws:ivs:us-west-2:123456789012:storage-configuration/abc',
	]);
	t.deepEqual(parsed.request, {
		name: 'stage1',
		participantTokenConfigurations: [{userId: 'alice'}, {userId: 'bob', capabilities: ['SUBSCRIBE']}],
		tags: {team: 'video'},
		autoParticipantRecordingConfiguration: {storageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abc'},
	});
	t.deepEqual(parsed.explicitKeys, ['name', 'participantTokenConfigurations', 'tags', 'autoParticipantRecordingConfiguration']);
});

test('every global option of the page, typed', t => {
	const {globals} = parseCreateStageArgv([
		'--debug', '--endpoint-url', 'http://127.0.0.1:4566', '--no-verify-ssl', '--no-paginate',
		'--output', 'table', '--query', 'stage.arn', '--profile', 'dev', '--region', 'eu-west-1',
		'--color', 'on', '--no-sign-request', '--ca-bundle', '/etc/ca.pem', '--cli-read-timeout', '0',
		'--cli-connect-timeout', '5', '--cli-binary-format', 'raw-in-base64-out', '--no-cli-pager',
		'--no-cli-auto-prompt',
	]);
	t.deepEqual(globals, {
		...defaultGlobalOptions,
		debug: true,
		endpointUrl: 'http://127.0.0.1:4566',
		verifySsl: false,
		paginate: false,
		output: 'table',
		query: 'stage.arn',
		profile: 'dev',
		region: 'eu-west-1',
		color: 'on',
		signRequest: false,
		caBundle: '/etc/ca.pem',
		readTimeoutSeconds: 0,
		connectTimeoutSeconds: 5,
		binaryFormat: 'raw-in-base64-out',
		pager: false,
		autoPrompt: false,
	});
});

test('this project\'s own options', t => {
	const {globals} = parseCreateStageArgv(['--sandbox', '--preset', 'team', '--save-preset', 'next', '--plain', '--reveal-tokens', '--cli-auto-prompt']);
	t.true(globals.sandbox);
	t.is(globals.preset, 'team');
	t.is(globals.savePreset, 'next');
	t.true(globals.plain);
	t.true(globals.revealTokens);
	t.true(globals.autoPrompt);
});

test('--generate-cli-skeleton with no value is input; with a value, that kind', t => {
	t.is(parseCreateStageArgv(['--generate-cli-skeleton']).globals.generateSkeleton, 'input');
	t.is(parseCreateStageArgv(['--generate-cli-skeleton', '--name', 'x']).globals.generateSkeleton, 'input');
	t.is(parseCreateStageArgv(['--generate-cli-skeleton', 'yaml-input']).globals.generateSkeleton, 'yaml-input');
	t.is(parseCreateStageArgv(['--generate-cli-skeleton=output']).globals.generateSkeleton, 'output');
	t.is(parseCreateStageArgv([]).globals.generateSkeleton, undefined);
});

test('enumerated values are checked', t => {
	t.is(usageError(t, ['--output', 'xml']), 'argument --output: Invalid choice \'xml\', valid choices are: json, text, table, yaml, yaml-stream, off');
	t.is(usageError(t, ['--color', 'always']), 'argument --color: Invalid choice \'always\', valid choices are: on, off, auto');
	t.is(usageError(t, ['--generate-cli-skeleton', 'json']), 'argument --generate-cli-skeleton: Invalid choice \'json\', valid choices are: input, output, yaml-input');
	t.regex(usageError(t, ['--cli-binary-format', 'hex']), /^argument --cli-binary-format: Invalid choice 'hex', valid choices are: base64, raw-in-base64-out$/);
	t.is(parseCreateStageArgv(['--output', 'off']).globals.output, 'off');
	t.is(parseCreateStageArgv(['--output', 'yaml-stream']).globals.output, 'yaml-stream');
});

test('timeouts are whole seconds, 0 or more', t => {
	t.is(parseCreateStageArgv(['--cli-read-timeout', '120']).globals.readTimeoutSeconds, 120);
	t.is(usageError(t, ['--cli-read-timeout', 'abc']), 'argument --cli-read-timeout: expected whole seconds, 0 or more (0 waits forever), received: \'abc\'');
	usageError(t, ['--cli-connect-timeout', '-1']);
	usageError(t, ['--cli-connect-timeout', '1.5']);
	usageError(t, ['--cli-connect-timeout', '']);
});

test('unknown options and stray words are listed as the AWS CLI lists them', t => {
	t.is(usageError(t, ['--foo']), 'Unknown options: --foo');
	t.is(usageError(t, ['--name', 'a', 'b', 'c']), 'Unknown options: c, b');
	t.is(usageError(t, ['--foo', 'bar', '--name', 'x']), 'Unknown options: --foo, bar');
	t.is(usageError(t, ['-x']), 'Unknown options: -x');
	t.is(usageError(t, ['--name', 'a', '--', 'b', 'c']), 'Unknown options: c, b');
});

test('unique prefixes are options; global options win the first pass', t => {
	t.is(parseCreateStageArgv(['--nam', 'x']).request.name, 'x');
	t.deepEqual(parseCreateStageArgv(['--part', 'userId=a']).request.participantTokenConfigurations, [{userId: 'a'}]);
	t.is(parseCreateStageArgv(['--reg', 'us-east-1']).globals.region, 'us-east-1');
	// --p is --profile: the global pass sees only --profile and --preset is not there.
	t.is(parseCreateStageArgv(['--p', 'dev']).globals.profile, 'dev');
	t.is(parseCreateStageArgv(['--pre', 'team']).globals.preset, 'team');
	t.is(parseCreateStageArgv(['--cli-input-j', '{"name":"j"}']).request.name, 'j');
	t.is(parseCreateStageArgv(['--out=yaml']).globals.output, 'yaml');
});

test('an ambiguous prefix is refused with the matches in the AWS CLI\'s order', t => {
	t.is(usageError(t, ['--n', 'x']), 'ambiguous option: --n could match --no-verify-ssl, --no-paginate, --no-sign-request, --no-cli-pager, --no-cli-auto-prompt');
	t.is(usageError(t, ['--cli-', 'x']), 'ambiguous option: --cli- could match --cli-read-timeout, --cli-connect-timeout, --cli-binary-format, --cli-auto-prompt');
	t.is(usageError(t, ['--s']), 'ambiguous option: --s could match --sandbox, --save-preset');
});

test('an option missing its value', t => {
	t.is(usageError(t, ['--name']), 'argument --name: expected one argument');
	t.is(usageError(t, ['--tags', '--name', 'x']), 'argument --tags: expected one argument');
	t.is(usageError(t, ['--name', '-x']), 'argument --name: expected one argument');
	t.is(usageError(t, ['--name', '--', '-x']), 'argument --name: expected one argument');
	t.is(usageError(t, ['--region']), 'argument --region: expected one argument');
});

test('--opt=value takes any value, and one word only for a list', t => {
	t.is(parseCreateStageArgv(['--name=-x']).request.name, '-x');
	t.is(parseCreateStageArgv(['--name=a=b']).request.name, 'a=b');
	t.deepEqual(parseCreateStageArgv(['--tags=a=b', '--tags=c=d']).request.tags, {c: 'd'});
	t.is(usageError(t, ['--participant-token-configurations=userId=a', 'userId=b']), 'Unknown options: userId=b');
});

test('a flag given a value is refused', t => {
	t.is(usageError(t, ['--debug=1']), 'argument --debug: ignored explicit argument \'1\'');
	t.is(usageError(t, ['--no-verify-ssl=yes']), 'argument --no-verify-ssl: ignored explicit argument \'yes\'');
});

test('negative numbers and words with spaces are values, not options', t => {
	t.is(parseCreateStageArgv(['--query', '-x y']).globals.query, '-x y');
	t.is(parseCreateStageArgv(['--name', '-5']).request.name, '-5');
	// -1 is taken as the list's second word (and then is no shorthand).
	t.regex(usageError(t, ['--participant-token-configurations', 'userId=a', '-1']), /for input: -1 \(at column 3\)$/);
});

test('a repeated option: the last one wins, lists included', t => {
	const parsed = parseCreateStageArgv(['--name', 'a', '--name', 'b', '--participant-token-configurations', 'userId=a', 'userId=b', '--participant-token-configurations', 'userId=c', '--output', 'json', '--output', 'text']);
	t.is(parsed.request.name, 'b');
	t.deepEqual(parsed.request.participantTokenConfigurations, [{userId: 'c'}]);
	t.is(parsed.globals.output, 'text');
});

test('a list option without words is an empty list', t => {
	t.deepEqual(parseCreateStageArgv(['--participant-token-configurations', '--name', 'x']).request, {participantTokenConfigurations: [], name: 'x'});
	t.deepEqual(parseCreateStageArgv(['--participant-token-configurations']).request, {participantTokenConfigurations: []});
});

test('global options may come anywhere, and after a list', t => {
	const parsed = parseCreateStageArgv(['--participant-token-configurations', 'userId=a', '--region', 'us-east-1', 'userId=b']);
	t.is(parsed.globals.region, 'us-east-1');
	t.deepEqual(parsed.request.participantTokenConfigurations, [{userId: 'a'}, {userId: 'b'}]);
});

test('both auto-prompt flags are refused', t => {
	t.is(usageError(t, ['--cli-auto-prompt', '--no-cli-auto-prompt']), 'Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
});

test('--version stops parsing, as argparse\'s version action does', t => {
	const parsed = parseCreateStageArgv(['--version', '--foo', '--participant-token-configurations', 'duration=abc']);
	t.true(parsed.globals.version);
	t.deepEqual(parsed.request, {});
	// An ambiguous prefix is found before any option is acted on, --version included.
	usageError(t, ['--version', '--n']);
});

test('help as a word, or --help, asks for help', t => {
	t.true(parseCreateStageArgv(['help']).globals.help);
	t.true(parseCreateStageArgv(['--name', 'x', 'help']).globals.help);
	t.true(parseCreateStageArgv(['--help']).globals.help);
	t.false(parseCreateStageArgv(['--name', 'help']).globals.help);
	t.is(parseCreateStageArgv(['--name', 'help']).request.name, 'help');
});

test('parameter errors name the option; duration=abc exits 252 with the field', t => {
	t.is(
		usageError(t, ['--participant-token-configurations', 'userId=a', 'duration=abc']),
		'Error parsing parameter \'--participant-token-configurations\': participantTokenConfigurations[1].duration: "abc" must be an integer',
	);
	t.is(
		usageError(t, ['--participant-token-configurations', 'userId=a,userId=b']),
		'Error parsing parameter \'--participant-token-configurations\': Second instance of key "userId" encountered for input: userId=a,userId=b (at column 10); this is often because there is a preceding "," instead of a space',
	);
});

test('the option table has every option of the page and this project\'s', t => {
	const flags: string[] = createStageOptions.map(option => option.flag);
	for (const flag of [
		'--name', '--participant-token-configurations', '--tags', '--auto-participant-recording-configuration',
		'--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton',
		'--debug', '--endpoint-url', '--no-verify-ssl', '--no-paginate', '--output', '--query', '--profile',
		'--region', '--version', '--color', '--no-sign-request', '--ca-bundle', '--cli-read-timeout',
		'--cli-connect-timeout', '--cli-binary-format', '--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt',
		'--sandbox', '--preset', '--save-preset', '--plain', '--reveal-tokens',
	]) {
		t.true(flags.includes(flag), flag);
	}

	t.is(new Set(flags).size, flags.length);
	t.is(findOption('--participant-token-configurations')?.kind, 'list');
	t.is(findOption('--tags')?.typeName, 'map');
	t.is(findOption('--name')?.description, 'Optional name that can be specified for the stage being created.');
	t.true(globalOptions.every(option => option.stage === 'global'));
});

test('a command\'s own options share the table: argparse\'s rules for them too, and no abbreviation of create-stage\'s changes meaning', t => {
	const own = [ownOption('--description', 'value', 'description', 'What it is for.'), ownOption('--keep', 'flag', 'keep', 'Keep it.')];
	const parsed = parseCreateStageArgv(['--name', 'x', '--desc', 'Friday stream', '--keep'], {}, own);
	t.deepEqual(parsed.request, {name: 'x'});
	t.deepEqual(parsed.own, {description: 'Friday stream', keep: true});
	t.is(parseCreateStageArgv(['--description=a', '--description', 'b'], {}, own).own.description, 'b', 'the last one given counts');
	// Global options are resolved first: `--d` is still --debug, as without the command's own.
	t.true(parseCreateStageArgv(['--d'], {}, own).globals.debug);
	t.deepEqual(parseCreateStageArgv(['--name', 'x']).own, {});
	t.is(usageError(t, ['--description', 'x']), 'Unknown options: --description, x');
	t.throws(() => parseCreateStageArgv(['--description'], {}, own), {instanceOf: UsageError, message: 'argument --description: expected one argument'});
	t.throws(() => parseCreateStageArgv(['--keep=yes'], {}, own), {instanceOf: UsageError, message: 'argument --keep: ignored explicit argument \'yes\''});
});
