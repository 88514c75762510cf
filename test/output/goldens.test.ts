// Every golden of test/fixtures/output/ (AWS CLI v2's stdout for a canned response, an --output, a
// --query, a width and --color) against formatOutput for the same response as the SDK returns it.
import test from 'ava';
import {CliError, UsageError} from '../../source/basics/errors.js';
import {hasControlCharacters} from '../../source/basics/control-characters.js';
import {formatOutput} from '../../source/output/format-output.js';
import {outputFormats} from '../../source/output/output-formats.js';
import {type GoldenCase, manifest, readGolden, sdkResponse} from './golden-cases.js';

const reset = '\u001B[0m';

/** The widths other than 80 were made on a pseudo terminal: stdout was a terminal then. */
function madeOnTerminal(goldenCase: GoldenCase, golden: string): boolean {
	// v2 writes service text raw even to a terminal; formatOutput's terminal mode deliberately does
	// not (control-characters.test.ts covers it), so goldens holding controls are compared without it.
	const withoutColour = golden.replaceAll(/\u001B\[[0-9;]*m/g, '');
	return goldenCase.width !== 80 && !hasControlCharacters(withoutColour.replaceAll('\n', ''));
}

function format(goldenCase: GoldenCase, terminal: boolean): string {
	return formatOutput(sdkResponse(goldenCase.response), {
		format: goldenCase.format,
		query: goldenCase.query,
		color: goldenCase.color,
		terminalWidth: goldenCase.width,
		terminal,
		operationName: 'CreateStage',
	});
}

test('the goldens were made with AWS CLI v2', t => {
	t.regex(manifest.cli, /^aws-cli\/2\./);
	t.true(manifest.cases.length > 150);
});

test('the goldens cover every output format that prints, and no other', t => {
	const covered = [...new Set(manifest.cases.map(goldenCase => goldenCase.format))];
	t.deepEqual(covered.sort(), outputFormats.filter(format => format !== 'off').sort());
});

for (const goldenCase of manifest.cases) {
	const title = `${goldenCase.golden}: aws ivs-realtime create-stage ${goldenCase.args.map(argument => /^[\w-]+$/.test(argument) ? argument : `'${argument}'`).join(' ')}`;
	if (goldenCase.exitCode === 0) {
		test(title, t => {
			const golden = readGolden(goldenCase);
			t.is(format(goldenCase, madeOnTerminal(goldenCase, golden)), golden);
		});
		continue;
	}

	// v2's stderr: a blank line, then the message (with colorama's resets when it was colouring).
	const v2Message = goldenCase.stderr.replaceAll(reset, '').trim();
	test(`${title} fails as v2 does (exit ${goldenCase.exitCode})`, t => {
		const error = t.throws(() => format(goldenCase, false));
		t.true(error instanceof CliError);
		t.is((error as CliError).exitCode, goldenCase.exitCode);
		if (goldenCase.exitCode === 252) {
			// v2 adds the expression and a caret on two more lines, and Python's parser words the
			// reason differently: the first line's start and the exit code are what scripts see.
			t.true(error instanceof UsageError);
			const prefix = v2Message.slice(0, v2Message.indexOf('Invalid jmespath expression:') + 'Invalid jmespath expression:'.length);
			t.true(error.message.startsWith(prefix), `${error.message} should start with ${prefix}`);
			t.false(error.message.includes('\n'));
		} else if (v2Message.startsWith('In function ')) {
			// Python names the offending value too; the JavaScript library does not report it.
			t.is(error.message, v2Message.replace(/invalid type for value: .*?, expected/, 'invalid type for value, expected'));
		} else {
			t.is(error.message, v2Message);
		}
	});
}
