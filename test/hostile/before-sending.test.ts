// Every setting that can fail is checked before the request: after it, the stage exists and an
// error would lose the tokens only its answer carries. AWS CLI v2 sends first and fails after.
import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {assertRefused, credentials, endpoint, rawControl, run, stderrLines, temporaryDirectory} from './helpers.js';
import {runOnTerminal} from './raw-pty.js';

test('AWS_DEFAULT_OUTPUT=xml is refused before the stage is created (252)', async t => {
	const server = await endpoint(t);
	const result = await run(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x'], {AWS_DEFAULT_OUTPUT: 'xml'});
	assertRefused(t, result, server, 252, /^Invalid output format "xml" \(from AWS_DEFAULT_OUTPUT\): must be one of json, text, table, yaml, yaml-stream, off; nothing was sent$/);
});

test('a profile\'s output = xml is refused before the stage is created (252)', async t => {
	const server = await endpoint(t);
	const config = path.join(temporaryDirectory(), 'config');
	writeFileSync(config, '[profile dev]\nregion = us-west-2\noutput = xml\n');
	const result = await run(['--profile', 'dev', '--endpoint-url', server.url, '--name', 'x'], {AWS_CONFIG_FILE: config});
	assertRefused(t, result, server, 252, /^Invalid output format "xml" \(from output of profile dev\)/);
});

test('--output wins over a bad AWS_DEFAULT_OUTPUT, as in the AWS CLI', async t => {
	const server = await endpoint(t);
	const result = await run(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--output', 'text', '--query', 'stage.name'], {AWS_DEFAULT_OUTPUT: 'xml'});
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.is(result.stdout, 'x\n');
	t.is(server.requests.length, 1);
});

test('a profile\'s region that is not a region is refused before sending, in botocore\'s words (253)', async t => {
	const server = await endpoint(t);
	const config = path.join(temporaryDirectory(), 'config');
	writeFileSync(config, '[default]\nregion = us west 2\n');
	const result = await run(['--endpoint-url', server.url, '--name', 'x'], {AWS_CONFIG_FILE: config});
	assertRefused(t, result, server, 253, /^Provided region_name 'us west 2' doesn't match a supported format\.$/);
});

test('a region with an escape sequence: refused, shown escaped (253)', async t => {
	const server = await endpoint(t);
	const result = await run(['--endpoint-url', server.url, '--name', 'x', '--region', 'us-west-2\u001B[2J']);
	assertRefused(t, result, server, 253, /^Provided region_name 'us-west-2\\x1b\[2J' doesn't match a supported format\.$/);
});

test('on a terminal, a pager that is not installed is refused before the stage is created', async t => {
	const server = await endpoint(t);
	const result = await runOnTerminal(['--no-cli-auto-prompt', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x'], {...credentials, AWS_PAGER: 'no-such-pager-here --flag'});
	t.is(result.exitCode, 252, result.output);
	const lines = result.output.split(/\r?\n/).filter(line => line.trim() !== '');
	t.is(lines.length, 1, result.output);
	t.regex(lines[0]!, /^Unable to redirect output to pager: \[Errno 2\] No such file or directory: 'no-such-pager-here' \(from AWS_PAGER\); nothing was sent/);
	t.is(server.requests.length, 0);
});

test('on a terminal, a pager command with an unclosed quote is refused before sending', async t => {
	const server = await endpoint(t);
	const result = await runOnTerminal(['--no-cli-auto-prompt', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x'], {...credentials, AWS_PAGER: 'less "-R'});
	t.is(result.exitCode, 252, result.output);
	t.regex(result.output, /Bad pager "less \\?"-R" \(from AWS_PAGER\): No closing quotation; nothing was sent/);
	t.is(server.requests.length, 0);
});

test('on a terminal, a working pager gets the output, split as the AWS CLI splits it, without a shell', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	const pager = path.join(directory, 'my pager');
	const seen = path.join(directory, 'seen');
	writeFileSync(pager, `#!/bin/sh\nprintf '%s|' "$@" > '${seen}'\ncat\n`);
	chmodSync(pager, 0o755);
	const result = await runOnTerminal(['--no-cli-auto-prompt', '--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--query', 'stage.name'], {...credentials, AWS_PAGER: `'${pager}' "a b" ';echo' c`});
	t.is(result.exitCode, 0, result.output);
	t.regex(result.output, /"x"/);
	const {readFileSync} = await import('node:fs');
	t.is(readFileSync(seen, 'utf8'), 'a b|;echo|c|');
	t.is(server.requests.length, 1);
});

test('piped, the pager settings do not matter (AWS CLI v2 pages only a terminal)', async t => {
	const server = await endpoint(t);
	const result = await run(['--region', 'us-west-2', '--endpoint-url', server.url, '--name', 'x', '--query', 'stage.name'], {AWS_PAGER: 'no-such-pager-here'});
	t.is(result.code, 0, result.stderr);
	t.notRegex(result.stderr, rawControl);
	t.is(server.requests.length, 1);
});

test('no library warning reaches the user: AWS_PROFILE beside key variables (the SDK would print nine lines)', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	writeFileSync(path.join(directory, 'config'), '[profile dev]\nregion = us-west-2\n');
	writeFileSync(path.join(directory, 'credentials'), '[dev]\naws_access_key_id = DEVKEY\naws_secret_access_key = devsecret\n');
	const result = await run(['--endpoint-url', server.url, '--name', 'x', '--query', 'stage.name'], {
		AWS_PROFILE: 'dev',
		AWS_CONFIG_FILE: path.join(directory, 'config'),
		AWS_SHARED_CREDENTIALS_FILE: path.join(directory, 'credentials'),
	});
	t.is(result.code, 0, result.stderr);
	t.is(result.stderr, '');
	t.regex(String(server.requests[0]!.headers.authorization), /Credential=DEVKEY\//);
});
