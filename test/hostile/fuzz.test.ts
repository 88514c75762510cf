// A few hundred hostile argument vectors, generated from a fixed seed, through the non-interactive
// path: main() in this process (as the bin runs it), the SDK's real client, real HTTP to a
// node:http server started here. For every vector: an AWS CLI exit code, at most one line on
// stderr, no stack trace, no raw control character, and nothing sent when the answer is 252.
// A sample also goes through the built bin, which must answer the same.
//
// Each vector carries one hostile value (an option's value, an unknown option, or one variable
// of the environment) among valid ones: several bad fields in one run are still one line (the
// line names each field), which the parse-values tests check on their own.
import fs from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import type {CliIo} from '../../source/cli/io.js';
import {startRecordingServer, type RecordedRequest} from '../helpers/recording-server.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {makeFifo, rawControl, stageArn, temporaryDirectory} from './helpers.js';

const seed = 0x13_13_2026;
const vectorCount = 400;
const binSample = 16;

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seedValue: number): () => number {
	let state = seedValue >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

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

function assertOutcome(t: import('ava').ExecutionContext, vector: Vector, outcome: Outcome, sent: number): void {
	const label = `${vector.what}: ${JSON.stringify(vector.args).slice(0, 300)} ${JSON.stringify(vector.env).slice(0, 200)}\n${outcome.stderr.slice(0, 500)}`;
	t.true([0, 252, 253, 254, 255].includes(outcome.code), `exit ${outcome.code} for ${label}`);
	t.true(outcome.stderr.split('\n').filter(line => line.trim() !== '').length <= 1, `more than one stderr line for ${label}`);
	t.notRegex(outcome.stderr, /\n\s+at |Error: .*\n\s+at |node:internal/, `stack trace for ${label}`);
	t.notRegex(outcome.stderr, rawControl, `raw control character for ${label}`);
	if (outcome.code === 252) {
		t.is(sent, 0, `sent although refused (252): ${label}`);
	}
}

function inProcessIo(env: NodeJS.ProcessEnv): CliIo & {stderrText: () => string} {
	const stdin = new PassThrough();
	stdin.end();
	const stdout = new PassThrough();
	stdout.resume();
	const stderr = new PassThrough();
	const chunks: Buffer[] = [];
	stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
	return {
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		env,
		stderrText: () => Buffer.concat(chunks).toString('utf8'),
	};
}

test('hostile argument vectors from a fixed seed: AWS CLI exit codes, one line, no stack, no raw control, nothing sent on 252', async t => {
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

	// The SDK reads credentials and config paths from this process's environment.
	const baseEnv = cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PAGER: '', IVS_STAGE_WIZARD_CONFIG_DIR: configDir, HOME: directory});
	for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED'] as const) {
		process.env[key] = baseEnv[key];
	}

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
