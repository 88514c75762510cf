// Invisible characters (a bidi override U+202E, a zero-width space U+200B, the line separator
// U+2028) in service or user text: on a terminal they are shown as escapes, as control characters
// are, so tags `t` and `t\u202e` never look the same. Piped, the output keeps AWS CLI v2's bytes.
import test from 'ava';
import {credentials, endpoint, run} from './helpers.js';
import {runOnTerminal} from './raw-pty.js';

const hidden = /[\u200B\u202E\u2028]/;

test('on a terminal, a table of the service\'s answer shows hidden characters as escapes', async t => {
	const server = await endpoint(t, () => ({
		status: 200,
		body: {stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh', name: 'n', tags: {t: 'one', 't\u202E': 'two\u200B', 'u\u2028': 'three'}}, participantTokens: []},
	}));
	const args = ['--no-cli-auto-prompt', '--no-cli-pager', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'n', '--output', 'table'];
	const onTerminal = await runOnTerminal(args, credentials);
	t.is(onTerminal.exitCode, 0, onTerminal.output);
	t.notRegex(onTerminal.output, hidden);
	t.true(onTerminal.output.includes('t\\u202e'), onTerminal.output);
	t.true(onTerminal.output.includes('two\\u200b'), onTerminal.output);
	t.true(onTerminal.output.includes('u\\u2028'), onTerminal.output);

	const piped = await run(args, credentials);
	t.is(piped.code, 0, piped.stderr);
	t.true(piped.stdout.includes('t\u202E'), 'piped: the bytes as AWS CLI v2 writes them');
});

test('an error line naming a value with a bidi override shows it escaped (252)', async t => {
	const result = await run(['--no-cli-auto-prompt', '--name', 'evil\u202Egnp.exe']);
	t.is(result.code, 252);
	t.is(result.stderr, 'Invalid parameter name: "evil\\u202egnp.exe" must match the pattern [a-zA-Z0-9-_]*\n');
});
