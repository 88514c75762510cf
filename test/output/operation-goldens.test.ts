// The drop-ins against AWS CLI v2's own output (test/fixtures/output/operations/, made by
// scripts/make-output-goldens.ts): for each operation, every --output format, --query, table
// widths and colour, the skeletons, the request the same command line sends, and the command
// lines v2 refuses before sending (exit code and line).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import test from 'ava';
import {parseOperationArgv} from '../../source/args/parse-argv.js';
import {generateSkeleton} from '../../source/args/skeleton.js';
import type {SkeletonKind} from '../../source/args/options.js';
import {getOperation, getShape} from '../../source/model/service-model.js';
import {hasControlCharacters} from '../../source/basics/control-characters.js';
import {formatOutput} from '../../source/output/format-output.js';
import {CliError} from '../../source/basics/errors.js';
import {validateShape} from '../../source/stage/validate.js';
import {runInProcess} from '../helpers/run-in-process.js';
import type {OperationCase} from '../../scripts/operation-golden-cases.js';
import {fixtures, toSdk} from './golden-cases.js';

const folder = path.join(fixtures, 'operations');
const manifest = JSON.parse(readFileSync(path.join(folder, 'cases.json'), 'utf8')) as {cli: string; cases: OperationCase[]};

function operationName(command: string): string {
	return command.split('-').map(word => word[0]!.toUpperCase() + word.slice(1)).join('');
}

function golden(goldenCase: OperationCase): string {
	return readFileSync(path.join(folder, goldenCase.golden), 'utf8');
}

/** What the SDK's client resolves to for the canned wire body: Date objects, $metadata. */
function sdkResponse(goldenCase: OperationCase): unknown {
	const wire = JSON.parse(readFileSync(path.join(folder, 'responses', `${goldenCase.response!}.json`), 'utf8')) as unknown;
	const shape = getShape(getOperation(operationName(goldenCase.command)).output!.shape);
	return {$metadata: {httpStatusCode: 200, requestId: '00000000-0000-4000-8000-000000000000', attempts: 1, totalRetryDelay: 0}, ...(toSdk(wire, shape) as Record<string, unknown>)};
}

/** The parameters only: the output options are not the request's. */
function parameterWords(args: readonly string[]): string[] {
	const words: string[] = [];
	for (let index = 0; index < args.length; index++) {
		if (['--output', '--color', '--query'].includes(args[index]!)) {
			index++;
		} else {
			words.push(args[index]!);
		}
	}

	return words;
}

function title(goldenCase: OperationCase): string {
	return `${goldenCase.golden}: aws ivs-realtime ${goldenCase.command} ${goldenCase.args.map(argument => /^[\w-]+$/.test(argument) ? argument : `'${argument}'`).join(' ')}`;
}

test('the drop-ins\' goldens were made with AWS CLI v2, for each of the six operations', t => {
	t.regex(manifest.cli, /^aws-cli\/2\./);
	const commands = new Set(manifest.cases.filter(goldenCase => goldenCase.format && goldenCase.exitCode === 0).map(goldenCase => goldenCase.command));
	t.deepEqual([...commands].sort(), ['create-participant-token', 'delete-stage', 'get-stage', 'list-participant-events', 'list-participants', 'list-stages']);
});

/**
 * What the drop-in says where v2 refuses a command line before sending. Where v2's line is one a
 * script can match (argparse's, botocore's unknown key) it is the same line; where v2 crashes in
 * Python (`int('abc')`, exit 255) or words a missing member its own way, the drop-in names the
 * option or member with the project's wording, and 252 (nothing was sent).
 */
function expectedRefusal(goldenCase: OperationCase): {exitCode: number; line: string | RegExp} {
	const v2Line = goldenCase.stderr.trim().split('\n').at(-1)!.replace(/^aws: error: /, '');
	if (goldenCase.stderr.includes('invalid literal for int()')) {
		const flag = goldenCase.args[goldenCase.args.indexOf('abc') - 1]!;
		return {exitCode: 252, line: new RegExp(`^Error parsing parameter '${flag}': \\w+: "abc" must be an integer$`)};
	}

	const missing = /^Missing required parameter in input: "(\w+)"$/.exec(v2Line);
	if (missing) {
		return {exitCode: goldenCase.exitCode, line: `Invalid parameter ${missing[1]!} is required`};
	}

	return {exitCode: goldenCase.exitCode, line: v2Line};
}

for (const goldenCase of manifest.cases) {
	const operation = operationName(goldenCase.command);
	const skeleton = goldenCase.args.indexOf('--generate-cli-skeleton');
	if (skeleton !== -1) {
		const kind = goldenCase.args[skeleton + 1] as SkeletonKind;
		if (goldenCase.exitCode === 0) {
			test(title(goldenCase), t => {
				t.is(generateSkeleton(kind, operation), golden(goldenCase));
			});
		} else {
			// v2 2.9.19 refuses its own output sample (a session ID one character short, a 0 under a
			// minimum): the drop-in prints the same sample made valid for the model.
			test(`${title(goldenCase)}: v2 fails on its own sample; ours is the sample made valid`, t => {
				t.is(goldenCase.exitCode, 252);
				const sample = JSON.parse(generateSkeleton(kind, operation)) as unknown;
				t.deepEqual(validateShape(getOperation(operation).output!.shape, sample), []);
			});
		}

		continue;
	}

	if (goldenCase.format) {
		const format = () => {
			const expected = golden(goldenCase);
			// Widths other than 80 were made on a pseudo terminal.
			const terminal = goldenCase.width !== 80 && !hasControlCharacters(expected.replaceAll(/\u001B\[[0-9;]*m/g, '').replaceAll('\n', ''));
			return formatOutput(sdkResponse(goldenCase), {
				format: goldenCase.format!,
				query: goldenCase.query,
				color: goldenCase.color,
				terminalWidth: goldenCase.width,
				terminal,
				operationName: operation,
			});
		};

		if (goldenCase.exitCode === 0) {
			test(title(goldenCase), t => {
				t.is(format(), golden(goldenCase));
			});
		} else {
			test(`${title(goldenCase)} fails as v2 does (exit ${goldenCase.exitCode})`, t => {
				const error = t.throws(format);
				t.true(error instanceof CliError);
				t.is((error as CliError).exitCode, goldenCase.exitCode);
				t.is(error.message, goldenCase.stderr.trim());
			});
		}

		if (goldenCase.format === 'json' && goldenCase.query === undefined && goldenCase.width === 80) {
			test(`${goldenCase.command}: the command line of ${goldenCase.golden} sends what v2 sent`, t => {
				const {input} = parseOperationArgv(operation, parameterWords(goldenCase.args));
				t.deepEqual(JSON.parse(JSON.stringify(input)), goldenCase.request);
			});
		}

		continue;
	}

	// Refused before sending, by v2 and by the drop-in alike.
	test(`${title(goldenCase)} is refused as v2 refuses it (v2: exit ${goldenCase.exitCode})`, async t => {
		t.is(goldenCase.request, null, 'v2 sent nothing');
		const stderr = new PassThrough();
		let said = '';
		stderr.setEncoding('utf8').on('data', (chunk: string) => {
			said += chunk;
		});
		const exitCode = await runInProcess([goldenCase.command, '--endpoint-url', 'http://127.0.0.1:9', ...goldenCase.args], {
			stderr,
			env: {AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_DEFAULT_REGION: 'us-west-2', HOME: '/nonexistent'},
		});
		const expected = expectedRefusal(goldenCase);
		t.is(exitCode, expected.exitCode);
		if (typeof expected.line === 'string') {
			t.is(said, `${expected.line}\n`);
		} else {
			t.regex(said.trimEnd(), expected.line);
			t.false(said.trimEnd().includes('\n'), 'one line');
		}
	});
}
