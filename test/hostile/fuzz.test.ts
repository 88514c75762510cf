// A few hundred hostile argument vectors, generated from a fixed seed, through the non-interactive
// path: main() in this process (as the bin runs it), the SDK's real client, real HTTP to a
// node:http server started here. For every vector: an AWS CLI exit code, at most one line on
// stderr, no stack trace, no raw control or invisible character, and nothing sent when the answer
// is 252. A sample also goes through the built bin, which must answer the same.
//
// Each vector carries one hostile value (an option's value, an unknown option, or one variable
// of the environment) among valid ones: several bad fields in one run are still one line (the
// line names each field), which the parse-values tests check on their own.
//
// The second round (issue 17, second-round.ts) adds kinds with an exact expectation each: queries
// that cannot apply to the answer, --save-preset and --force, long descriptions, big tag files,
// presets export over a file or link, run --grace, invisible characters, name placeholders, and
// (in the bin only, as the process reads them) junk proxy variables and an empty or relative HOME. Samples of it also run with stdout
// closed, and on a real terminal.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import test, {type ExecutionContext} from 'ava';
import {main} from '../../source/commands/main.js';
import type {CliIo} from '../../source/cli/io.js';
import {collector} from '../helpers/collect-stream.js';
import {startRecordingServer, type RecordedRequest} from '../helpers/recording-server.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {credentials, makeFifo, rawControl, stageArn, stderrLines, temporaryDirectory} from './helpers.js';
import {runOnTerminal} from './raw-pty.js';
import {anyHiddenCharacter, hiddenCharacters, roundTwoGenerator, type RoundTwoVector} from './second-round.js';
import {random} from './seeded-random.js';

const seed = 0x13_13_2026;
const vectorCount = 400;
const binSample = 16;

type Vector = {args: string[]; env: Record<string, string>; what: string};

function generator(rng: () => number, files: {fifo: string; directory: string; big: string; deep: string}, serverUrl: string, closedUrl: string) {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
	const controls = ['\u001B', '\u001B]0;pwned\u0007', '\u001B[2J', '\u009B31m', '\r', '\n', '\t', '\u007F', '\u0008', '\u0007', '\u001B]52;c;aGk=\u0007'];
	const oddText = ['\u202E', '😀', 'e\u0301', '\uFEFF', '\u3000', 'ｱ', '\uD800', '%n%s', '$(id)', '`id`', '\'; --', '../../etc/passwd', '__proto__', 'constructor', '\\', '"', '\'', ',', '=', '{', '[', ']', '}', ' '];
	const lengths = [0, 1, 127, 128, 129, 256, 257, 1025, 20_000];
	const fileValues = [
		'file:///dev/zero', 'fileb:///dev/urandom', `file://${files.fifo}`, `file://${files.directory}`, `file://${files.big}`, `file://${files.deep}`,
		'file:///proc/self/status', 'file:///nonexistent/x', 'file://~/nope', 'file://$HOME/nope', 'file://', 'fileb://', `file://${files.fifo}\u001B[2J`,
	];
	const jsonValues = [
		'null', '[null]', '{"a":null}', '[{"userId":null}]', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{}}}',
		`{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`, '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '{"a":', '{"a":1,"a":2}',
		'{"name":"\\u001b]0;x\\u0007"}', '[1e309]', '{"duration":-0}', '{"userId":"a","duration":99999999999999999999}', '[]', '{}', '"string"', '1', 'true',
	];
	const yamlValues = [
		'name: !!python/object:os.system x', 'name: !!js/function "x"', 'name: !local x', 'a: &a [*a]', 'x: &x [a, *x]', '<<: *nope', '? [a]\n: b',
		'name: [', 'name: "\u001B]0;x\u0007"', `name: ${'['.repeat(3000)}${']'.repeat(3000)}`, '---\nname: a\n---\nname: b', 'name:\tx', 'tags: {a: 1}',
		'participantTokenConfigurations: [null]', 'name: ~', 'name: !!binary eA==', 'name: 2001-12-14', 'tags:\n  ? [x]\n  : y',
	];
	const numbers = ['-1', '0', '1', '20160', '20161', '1e309', '99999999999999999999', '0x10', '１２', 'NaN', '1_000', ' 5', '5 ', '+5', '', '٣'];

	const hostileText = (): string => {
		switch (Math.floor(rng() * 6)) {
			case 0: {
				return `a${pick(controls)}b`;
			}

			case 1: {
				return pick(oddText).repeat(1 + Math.floor(rng() * 3));
			}

			case 2: {
				return pick(['a', 'é', '😀', '-', '_']).repeat(pick(lengths));
			}

			case 3: {
				return pick(['[', '{', '{a=', '[{a=']).repeat(pick([33, 100, 5000]));
			}

			case 4: {
				return pick(fileValues);
			}

			default: {
				return pick(jsonValues);
			}
		}
	};

	const token = (): string => pick([
		`userId=${hostileText()}`,
		`userId=a,capabilities=${pick(['PUBLISH', 'SUBSCRIBE', 'PUBLISH,SUBSCRIBE,FOO', 'publish', '', 'PUBLISH,PUBLISH,PUBLISH', hostileText()])}`,
		`userId=a,duration=${pick(numbers)}`,
		`userId=a,attributes={${hostileText()}=${hostileText()}}`,
		`attributes={k=${'v'.repeat(pick([1000, 1024, 1100]))}}`,
		hostileText(),
	]);

	const benign: string[][] = [
		['--name', 'valid-name'],
		['--name', 'svcerr-refused-by-the-service'],
		['--tags', 'team=video'],
		['--participant-token-configurations', 'userId=alice,capabilities=PUBLISH'],
		['--output', pick(['json', 'text', 'yaml', 'table', 'yaml-stream', 'off'])],
		['--query', 'stage.arn'],
		['--color', 'off'],
	];

	const hostileOptions: Array<() => [string[], Record<string, string>, string]> = [
		() => [['--name', hostileText()], {}, 'name'],
		() => [['--tags', pick([`${hostileText()}=v`, `k=${hostileText()}`, hostileText(), `{${hostileText()}}`])], {}, 'tags'],
		() => [['--participant-token-configurations', ...Array.from({length: 1 + Math.floor(rng() * 3)}, token)], {}, 'tokens'],
		() => [['--participant-token-configurations', ...Array.from({length: 13}, () => 'userId=a')], {}, '13 tokens'],
		() => [['--auto-participant-recording-configuration', pick([`storageConfigurationArn=${hostileText()}`, hostileText(), 'mediaTypes=AUDIO_ONLY', `storageConfigurationArn=arn:aws:ivs:us-west-2:123456789012:storage-configuration/abc,recordingReconnectWindowSeconds=${pick(numbers)}`])], {}, 'recording'],
		() => [['--cli-input-json', pick([...jsonValues, hostileText()])], {}, 'cli-input-json'],
		() => [['--cli-input-yaml', pick([...yamlValues, hostileText()])], {}, 'cli-input-yaml'],
		() => [['--query', pick(['stage.[', 'length(@', '`\u001B`', hostileText(), 'participantTokens[0].token.foo()', 'abs(stage.name)', 'stage.name', `${'a.'.repeat(5000)}b`, `\`${'['.repeat(5000)}${']'.repeat(5000)}\``, `${'a | '.repeat(300)}a`])], {}, 'query'],
		() => [['--output', pick(['xml', '', 'JSON', hostileText()])], {}, 'output'],
		() => [['--region', pick(['us west 2', 'us-west-2/../x', '127.0.0.1:1#', '', hostileText(), 'eu-west-1', 'US-WEST-2'])], {}, 'region'],
		() => [['--endpoint-url', pick(['', 'htps://127.0.0.1:1', 'ftp://x', '127.0.0.1:4566', 'localhost:4566', 'http://', 'http:///x', 'http://u:p@127.0.0.1:1', `${serverUrl}/${hostileText()}`, hostileText(), `${serverUrl}\n`])], {}, 'endpoint-url'],
		() => [[pick(['--cli-read-timeout', '--cli-connect-timeout']), pick(numbers)], {}, 'timeout'],
		() => [['--endpoint-url', closedUrl, '--cli-connect-timeout', '1'], {}, 'nothing listening'],
		() => [['--query', pick(['abs(stage.name)', 'sort_by(participantTokens, &foo).bar', 'to_number(stage)', 'max(stage)'])], {}, 'query failing on the answer'],
		() => [['--color', hostileText()], {}, 'color'],
		() => [['--ca-bundle', pick([files.fifo, '/dev/zero', files.directory, '/etc/hostname', '/nonexistent', hostileText()])], {}, 'ca-bundle'],
		() => [['--profile', hostileText()], {}, 'profile'],
		() => [['--generate-cli-skeleton', pick(['input', 'output', 'yaml-input', 'xml', hostileText()])], {}, 'skeleton'],
		() => [['--cli-binary-format', hostileText()], {}, 'binary-format'],
		() => [[`--${hostileText()}`, 'x'], {}, 'unknown option'],
		() => [[pick(['--na', '--ta', '--par', '--n', '--c', '--cli-input', '--', '-', 'help', '--version', '--cli-auto-prompt']), hostileText()], {}, 'abbreviation or word'],
		() => [['--save-preset', hostileText()], {}, 'save-preset'],
		() => [['--preset', hostileText()], {}, 'preset'],
		() => [[], {AWS_DEFAULT_OUTPUT: pick(['xml', 'JSON', hostileText()])}, 'AWS_DEFAULT_OUTPUT'],
		() => [[], {[pick(['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_IVS_REALTIME'])]: pick(['htps://127.0.0.1:1', '127.0.0.1:4566', ' ', hostileText()])}, 'endpoint variable'],
		() => [[], {[pick(['AWS_REGION', 'AWS_DEFAULT_REGION'])]: pick(['us west 2', hostileText()])}, 'region variable'],
		() => [[], {AWS_PROFILE: hostileText()}, 'AWS_PROFILE'],
		() => [[], {[pick(['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'])]: pick([files.fifo, '/dev/zero', files.directory, files.big])}, 'config file variable'],
		() => [[], {AWS_CA_BUNDLE: pick([files.fifo, '/dev/zero', files.directory])}, 'AWS_CA_BUNDLE'],
	];

	return (): Vector => {
		const [hostileArgs, env, what] = pick(hostileOptions)();
		const extras: string[] = [];
		for (let count = Math.floor(rng() * 3); count > 0; count--) {
			extras.push(...pick(benign));
		}

		// The endpoint variables only count without --endpoint-url.
		const base = what === 'endpoint variable' ? ['--region', 'us-west-2'] : ['--endpoint-url', serverUrl, '--region', 'us-west-2'];
		const args = rng() < 0.5 ? [...base, ...extras, ...hostileArgs] : [...base, ...hostileArgs, ...extras];
		// argv cannot carry NUL; every other character can.
		return {args: args.map(arg => arg.replaceAll('\u0000', '')), env, what};
	};
}

type Outcome = {code: number; stderr: string};

/** What every run must keep to, whatever it was given: up to `maxLines` lines (one unless a command names each problem). */
function assertOutcome(t: ExecutionContext, vector: Pick<Vector, 'args' | 'what'> & {env: Record<string, string | undefined>}, outcome: Outcome, sent: number, maxLines = 1): void {
	const label = `${vector.what}: ${JSON.stringify(vector.args).slice(0, 300)} ${JSON.stringify(vector.env).slice(0, 200)}\n${outcome.stderr.slice(0, 500)}`;
	t.true([0, 252, 253, 254, 255].includes(outcome.code), `exit ${outcome.code} for ${label}`);
	t.true(outcome.stderr.split('\n').filter(line => line.trim() !== '').length <= maxLines, `more than ${maxLines} stderr line(s) for ${label}`);
	t.notRegex(outcome.stderr, /\n\s+at |Error: .*\n\s+at |node:internal/, `stack trace for ${label}`);
	t.notRegex(outcome.stderr, rawControl, `raw control character for ${label}`);
	t.notRegex(outcome.stderr, anyHiddenCharacter, `raw invisible character for ${label}`);
	if (outcome.code === 252) {
		t.is(sent, 0, `sent although refused (252): ${label}`);
	}
}

function inProcessIo(env: NodeJS.ProcessEnv): CliIo & {stderrText: () => string; stdoutText: () => string} {
	const stdin = new PassThrough();
	stdin.end();
	const stdout = collector();
	const stderr = collector();
	return {
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout.stream,
		stderr: stderr.stream,
		env,
		stderrText: stderr.text,
		stdoutText: stdout.text,
	};
}

/** The SDK reads credentials and config paths from this process's environment. */
function useCredentialsOf(env: NodeJS.ProcessEnv): void {
	for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED'] as const) {
		process.env[key] = env[key];
	}
}

test.serial('hostile argument vectors from a fixed seed: AWS CLI exit codes, one line, no stack, no raw control, nothing sent on 252', async t => {
	t.timeout(240_000);
	const directory = temporaryDirectory();
	const files = {
		fifo: makeFifo(directory),
		directory,
		big: path.join(directory, 'big.json'),
		deep: path.join(directory, 'deep.json'),
	};
	fs.writeFileSync(files.big, `"${'x'.repeat(2 * 1024 * 1024)}"`);
	fs.writeFileSync(files.deep, `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
	const configDir = path.join(directory, 'config');

	const server = await startRecordingServer((request: RecordedRequest) => {
		const input = JSON.parse(request.body || '{}') as {name?: string};
		if (input.name?.startsWith('svcerr')) {
			return {status: 400, headers: {'x-amzn-ErrorType': 'ValidationException'}, body: {message: 'refused by the service'}};
		}

		return {body: {stage: {arn: stageArn, name: input.name ?? '', tags: {}}, participantTokens: []}};
	});
	t.teardown(server.close);

	const baseEnv = cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PAGER: '', IVS_STAGE_WIZARD_CONFIG_DIR: configDir, HOME: directory});
	useCredentialsOf(baseEnv);

	const warnings: string[] = [];
	const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
	process.on('warning', onWarning);
	t.teardown(() => process.off('warning', onWarning));

	// A port nothing listens on: taken, then given back.
	const closed = await startRecordingServer(() => ({body: {}}));
	const closedUrl = closed.url;
	await closed.close();
	const next = generator(random(seed), files, server.url, closedUrl);
	const vectors = Array.from({length: vectorCount}, next);
	const codes = new Map<number, number>();
	const outcomes: Outcome[] = [];
	for (const vector of vectors) {
		const io = inProcessIo({...baseEnv, ...vector.env});
		const before = server.requests.length;
		const code = await main(vector.args, io);
		const outcome = {code, stderr: io.stderrText()};
		outcomes.push(outcome);
		codes.set(code, (codes.get(code) ?? 0) + 1);
		assertOutcome(t, vector, outcome, server.requests.length - before);
	}

	t.deepEqual(warnings, [], 'no library or runtime warning was emitted');
	// The generator reaches every kind of answer, so the checks above are not vacuous.
	t.true((codes.get(252) ?? 0) > vectorCount / 3, JSON.stringify([...codes]));
	t.true((codes.get(0) ?? 0) > 10, JSON.stringify([...codes]));
	t.true((codes.get(253) ?? 0) > 5, JSON.stringify([...codes]));
	t.true((codes.get(255) ?? 0) > 0, JSON.stringify([...codes]));
	t.log(`exit codes over ${vectorCount} vectors: ${JSON.stringify(Object.fromEntries([...codes].sort(([a], [b]) => a - b)))}`);

	// The bin (bundled, its own process) answers a sample the same way.
	const sample = vectors.map((vector, index) => ({vector, index})).filter(({index}) => index % Math.floor(vectorCount / binSample) === 0).slice(0, binSample);
	for (const {vector, index} of sample) {
		const before = server.requests.length;
		const result = await runCli(vector.args, {env: {...baseEnv, ...vector.env}});
		const outcome = {code: result.code ?? -1, stderr: result.stderr};
		assertOutcome(t, vector, outcome, server.requests.length - before);
		t.is(outcome.code, outcomes[index]!.code, `bin and in-process differ for ${JSON.stringify(vector.args).slice(0, 200)}`);
	}

	t.is(sample.length, binSample);
});

const roundTwoSeed = 0x17_17_2026;
const roundTwoCount = 300;
const roundTwoBinSample = 10;
const closedStdoutSample = 6;
const homeCount = 6;
const proxyCount = 8;
const terminalFormats = ['json', 'text', 'table', 'yaml'] as const;

type RoundTwoOutcome = Outcome & {stdout: string};

/** The run's environment: the base, then the vector's own (undefined removes a variable). */
function environmentFor(base: NodeJS.ProcessEnv, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
	const env = {...base, ...extra};
	for (const [key, value] of Object.entries(env)) {
		if (value === undefined) {
			delete env[key];
		}
	}

	return env;
}

function describe(vector: RoundTwoVector, outcome: RoundTwoOutcome): string {
	return `${vector.kind}: ${JSON.stringify(vector.args).slice(0, 300)} ${JSON.stringify(vector.env)}\nstderr: ${outcome.stderr.slice(0, 600)}`;
}

/** The vector's own expectation: its exit code, its line(s), its output, whether it was sent, its files. */
function assertExpected(t: ExecutionContext, vector: RoundTwoVector, outcome: RoundTwoOutcome, sent: readonly RecordedRequest[]): void {
	const label = describe(vector, outcome);
	assertOutcome(t, {...vector, what: vector.kind}, outcome, sent.length, vector.expect.lines ?? 1);
	t.is(outcome.code, vector.expect.code, `exit code for ${label}`);
	if (vector.expect.line) {
		const lines = stderrLines(outcome);
		t.is(lines.length, vector.expect.lines ?? 1, `stderr lines for ${label}`);
		t.true(lines.every(line => vector.expect.line!.test(line)), `stderr does not match ${String(vector.expect.line).slice(0, 300)} for ${label}`);
	} else {
		t.is(outcome.stderr, '', `stderr for ${label}`);
	}

	if (vector.expect.stdout) {
		t.regex(outcome.stdout, vector.expect.stdout, `stdout for ${label}\nstdout: ${outcome.stdout.slice(0, 300)}`);
	}

	t.is(sent.length > 0, vector.expect.sent, `${sent.length} request(s) for ${label}`);
	t.is(vector.after?.({sent, stdout: outcome.stdout}), undefined, `afterwards, for ${label}`);
}

/** The built bin with its stdout a pipe whose reader is gone before it starts (`| true`). */
async function runWithStdoutClosed(args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
	const child = spawn(process.execPath, [cliPath, ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code: code ?? -1, stderr};
}

/** Every index'th item, `count` of them, spread over the list. */
function spread<T>(items: readonly T[], count: number): T[] {
	const step = Math.max(1, Math.floor(items.length / count));
	return items.filter((_, index) => index % step === 0).slice(0, count);
}

test.serial('second hostile round (issue 17) from a fixed seed: each vector\'s exit code and line, nothing sent on a refusal, files as they were; samples through the bin, with stdout closed, and on a terminal', async t => {
	t.timeout(300_000);
	const workDir = temporaryDirectory();
	t.teardown(() => {
		fs.rmSync(workDir, {recursive: true, force: true});
	});
	const configDir = path.join(workDir, 'config');
	const tagFiles = {sixty: path.join(workDir, 'tags-60.json'), overlong: path.join(workDir, 'tags-overlong.json'), huge: path.join(workDir, 'tags-huge.json')};
	fs.writeFileSync(tagFiles.sixty, JSON.stringify(Object.fromEntries(Array.from({length: 60}, (_, index) => [`k${index}`, 'v'.repeat(256)]))));
	fs.writeFileSync(tagFiles.overlong, JSON.stringify(Object.fromEntries(Array.from({length: 50}, (_, index) => [`${'k'.repeat(100)}${index}`, 'v'.repeat(1024)]))));
	fs.writeFileSync(tagFiles.huge, JSON.stringify({k: 'v'.repeat(2 * 1024 * 1024)}));

	// Answers as the service does, echoing what it was given (tags, user IDs, attributes), so the
	// terminal sample shows the service's text; every stage's ARN is kept to find it named.
	const arns: string[] = [];
	const server = await startRecordingServer((request: RecordedRequest) => {
		if (request.url.endsWith('/ListStages')) {
			return {body: {stages: []}};
		}

		type Configuration = {userId?: string; attributes?: Record<string, string>; capabilities?: string[]; duration?: number};
		const input = JSON.parse(request.body || '{}') as {name?: string; tags?: Record<string, string>; participantTokenConfigurations?: Configuration[]};
		const arn = `arn:aws:ivs:us-west-2:123456789012:stage/fuzz${String(arns.length).padStart(8, '0')}`;
		arns.push(arn);
		const participantTokens = (input.participantTokenConfigurations ?? []).map((configuration, index) => ({
			participantId: `participant${index}`, token: 'not-a-real-token', userId: configuration.userId, attributes: configuration.attributes,
			capabilities: configuration.capabilities ?? ['PUBLISH', 'SUBSCRIBE'], duration: configuration.duration ?? 720,
		}));
		return {body: {stage: {arn, name: input.name ?? '', tags: input.tags ?? {}}, participantTokens}};
	});
	t.teardown(server.close);
	const closed = await startRecordingServer(() => ({body: {}}));
	const closedHttpsUrl = closed.url.replace('http:', 'https:');
	await closed.close();

	const baseEnv = cleanEnv({...credentials, AWS_PAGER: '', IVS_STAGE_WIZARD_CONFIG_DIR: configDir, HOME: workDir});
	useCredentialsOf(baseEnv);
	const takenPreset = 'taken';
	const seedIo = inProcessIo(baseEnv);
	t.is(await main(['presets', 'save', takenPreset, '--name', 'kept'], seedIo), 0, seedIo.stderrText());
	const takenBefore = fs.readFileSync(path.join(configDir, 'config.json'), 'utf8');

	const generator = roundTwoGenerator(random(roundTwoSeed), {serverUrl: server.url, closedHttpsUrl, workDir, fifo: makeFifo(workDir), takenPreset, tagFiles});
	const vectors = Array.from({length: roundTwoCount}, generator.next);
	const outcomes: RoundTwoOutcome[] = [];
	for (const vector of vectors) {
		vector.prepare?.();
		const io = inProcessIo(environmentFor(baseEnv, vector.env));
		const before = server.requests.length;
		const code = await main(vector.args, io);
		const outcome = {code, stderr: io.stderrText(), stdout: io.stdoutText()};
		outcomes.push(outcome);
		assertExpected(t, vector, outcome, server.requests.slice(before));
	}

	// Every kind was drawn, each with refusals and (where there are any) successes.
	t.is(new Set(vectors.map(vector => vector.kind)).size, generator.kindCount);
	const taken = JSON.parse(takenBefore) as {presets: Record<string, {request: unknown}>};
	const takenNow = JSON.parse(fs.readFileSync(path.join(configDir, 'config.json'), 'utf8')) as typeof taken;
	t.deepEqual(takenNow.presets[takenPreset], taken.presets[takenPreset], 'the taken preset is as it was');

	// The bin answers a sample the same way: the same code and the same line.
	const repeatable = vectors.map((vector, index) => ({vector, outcome: outcomes[index]!})).filter(({vector}) => !vector.changesState);
	for (const {vector, outcome} of spread(repeatable, roundTwoBinSample)) {
		const before = server.requests.length;
		const result = await runCli(vector.args, {env: environmentFor(baseEnv, vector.env)});
		const binOutcome = {code: result.code ?? -1, stderr: result.stderr, stdout: result.stdout};
		assertExpected(t, vector, binOutcome, server.requests.slice(before));
		t.is(binOutcome.stderr, outcome.stderr, `bin and in-process differ for ${describe(vector, binOutcome)}`);
	}

	// Stdout closed: never Node's unhandled 'error' crash. What printed ends quietly with 141 (naming
	// any stage it made, its answer kept); what printed nothing ends as it did.
	const printing = repeatable.filter(({outcome}) => outcome.stdout !== '');
	const silent = repeatable.filter(({outcome}) => outcome.stdout === '');
	const closedSample = [...spread(printing, closedStdoutSample / 2), ...spread(silent, closedStdoutSample / 2)];
	t.is(closedSample.length, closedStdoutSample);
	for (const {vector, outcome} of closedSample) {
		const made = arns.length;
		const result = await runWithStdoutClosed(vector.args, environmentFor(baseEnv, vector.env));
		const label = describe(vector, {...result, stdout: ''});
		t.notRegex(result.stderr, /Unhandled 'error' event|\n\s+at |node:events|node:internal/, `crash for ${label}`);
		if (outcome.stdout === '') {
			t.is(result.code, outcome.code, label);
			t.is(result.stderr, outcome.stderr, label);
			continue;
		}

		t.is(result.code, 141, label);
		const newArns = arns.slice(made);
		if (newArns.length === 0) {
			t.is(result.stderr, '', label);
			continue;
		}

		const [line, ...more] = stderrLines(result);
		t.deepEqual(more, [], label);
		t.regex(line ?? '', /^Stdout was closed before the answer was written: .* kept in \S+ \(readable by you only\)$/, label);
		t.true(newArns.every(arn => line!.includes(arn)), `every stage made is named: ${label}`);
		const kept = /kept in (\S+) \(readable by you only\)$/.exec(line ?? '')?.[1];
		if (kept) {
			t.is(fs.statSync(kept).mode & 0o777, 0o600, label);
			fs.rmSync(path.dirname(kept), {recursive: true, force: true});
		}
	}

	// HOME and the proxy variables as the process reads them: the bin only (HOME's runs in a folder
	// of their own that must stay empty).
	const processVectors = [...Array.from({length: homeCount}, generator.homeVector), ...Array.from({length: proxyCount}, generator.proxyVector)];
	for (const vector of processVectors) {
		vector.prepare?.();
		const before = server.requests.length;
		const result = await runCli(vector.args, {env: environmentFor(baseEnv, vector.env), cwd: vector.cwd});
		assertExpected(t, vector, {code: result.code ?? -1, stderr: result.stderr, stdout: result.stdout}, server.requests.slice(before));
	}

	// On a real terminal, the service's echo of an invisible character is shown as its escape.
	const echoed = vectors.filter(vector => vector.kind === 'hidden Unicode' && vector.expect.code === 0);
	const terminalSample = spread(echoed, terminalFormats.length);
	t.is(terminalSample.length, terminalFormats.length);
	for (const [index, vector] of terminalSample.entries()) {
		const format = terminalFormats[index]!;
		const [hidden, escaped, yamlEscaped] = hiddenCharacters.find(([character]) => vector.args.some(arg => arg.includes(character)))!;
		const shown = format === 'yaml' ? yamlEscaped : escaped;
		const result = await runOnTerminal([...vector.args, '--no-cli-auto-prompt', '--no-cli-pager', '--output', format], {...credentials, IVS_STAGE_WIZARD_CONFIG_DIR: configDir});
		const label = `${format} on a terminal for ${JSON.stringify(vector.args)}\n${JSON.stringify(result.output).slice(0, 1500)}`;
		t.is(result.exitCode, 0, label);
		t.false(result.output.includes(hidden), `raw ${JSON.stringify(hidden)}: ${label}`);
		t.true(result.output.includes(shown), `${shown} shown: ${label}`);
	}
});
