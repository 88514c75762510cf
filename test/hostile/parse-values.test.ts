// Values that were accepted, dropped, exploded or said twice: JSON null, deep nesting, YAML tags,
// several rules broken by one field, control characters in a shorthand error.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {assertRefused, endpoint, run, stderrLines, temporaryDirectory} from './helpers.js';

const base = ['--region', 'us-west-2'];

const nulls: Array<[string, string[], RegExp]> = [
	['an option\'s JSON', ['--participant-token-configurations', '[{"userId":null}]'], /^Invalid parameter participantTokenConfigurations\[0\]\.userId: null must be a string$/],
	['a shorthand-position JSON word', ['--participant-token-configurations', '{"userId":"a","capabilities":null}'], /^Invalid parameter participantTokenConfigurations\[0\]\.capabilities: null must be a list$/],
	['a map value', ['--tags', '{"team":null}'], /^Invalid parameter tags\.team: null must be a string$/],
	['a list item', ['--participant-token-configurations', '[null]'], /^Invalid parameter participantTokenConfigurations\[0\]: null must be a structure$/],
	['--cli-input-json', ['--cli-input-json', '{"name":null}'], /^Invalid parameter name: null must be a string$/],
	['--cli-input-yaml', ['--cli-input-yaml', 'name: ~\n'], /^Invalid parameter name: null must be a string$/],
	['a nested structure', ['--auto-participant-recording-configuration', '{"storageConfigurationArn":"arn:aws:ivs:us-west-2:123456789012:storage-configuration/abc","hlsConfiguration":null}'], /^Invalid parameter autoParticipantRecordingConfiguration\.hlsConfiguration: null must be a structure$/],
];

for (const [where, args, line] of nulls) {
	test(`JSON null in ${where} is refused with the field named (252), not dropped`, async t => {
		const server = await endpoint(t);
		const result = await run([...base, '--endpoint-url', server.url, ...args]);
		assertRefused(t, result, server, 252, line);
	});
}

test('a null replaced by an option is no longer there: the option wins, as in the AWS CLI', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--cli-input-json', '{"name":null}', '--name', 'given', '--query', 'stage.name']);
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.deepEqual(JSON.parse(server.requests[0]!.body), {name: 'given'});
});

const deep = '['.repeat(50_000) + ']'.repeat(50_000);
const nestingLine = /nested more than 32 levels deep \(the limit for every JSON, YAML and shorthand input\)/;

test('50,000-deep JSON in --cli-input-json: one line, 252, no stack overflow', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--cli-input-json', `{"name": ${deep}}`]);
	assertRefused(t, result, server, 252, new RegExp(`^Error parsing parameter '--cli-input-json': Invalid JSON received: ${nestingLine.source}$`));
});

test('the same through file:// and through a parameter\'s JSON: the same limit', async t => {
	const server = await endpoint(t);
	const file = path.join(temporaryDirectory(), 'deep.json');
	writeFileSync(file, `{"name": ${deep}}`);
	const fromFile = await run([...base, '--endpoint-url', server.url, '--cli-input-json', `file://${file}`]);
	assertRefused(t, fromFile, server, 252, nestingLine);
	const parameter = await run([...base, '--endpoint-url', server.url, '--participant-token-configurations', deep]);
	assertRefused(t, parameter, server, 252, new RegExp(`^Error parsing parameter '--participant-token-configurations': Invalid JSON: ${nestingLine.source}$`));
});

test('deep YAML, flow or block, and deep shorthand: the same limit, 252', async t => {
	const server = await endpoint(t);
	const flow = await run([...base, '--endpoint-url', server.url, '--cli-input-yaml', `name: ${'['.repeat(20_000)}${']'.repeat(20_000)}`]);
	assertRefused(t, flow, server, 252, new RegExp(`^Error parsing parameter '--cli-input-yaml': Invalid YAML received: ${nestingLine.source}$`));
	let block = 'tags:\n';
	for (let level = 1; level <= 40; level++) {
		block += `${' '.repeat(level)}k${level}:\n`;
	}

	const blockResult = await run([...base, '--endpoint-url', server.url, '--cli-input-yaml', `${block}${' '.repeat(41)}v\n`]);
	assertRefused(t, blockResult, server, 252, nestingLine);
	const shorthand = await run([...base, '--endpoint-url', server.url, '--tags', `k=${'['.repeat(50_000)}`]);
	assertRefused(t, shorthand, server, 252, new RegExp(`^Error parsing parameter '--tags': ${nestingLine.source} for input: `));
});

for (const tag of ['!!python/object:os.system', '!!python/object/apply:os.system', '!!js/function', '!local']) {
	test(`a YAML tag ${tag} is refused (252), as AWS CLI's safe loader refuses it, with no library warning`, async t => {
		const server = await endpoint(t);
		const result = await run([...base, '--endpoint-url', server.url, '--cli-input-yaml', `name: ${tag} "x"\n`]);
		assertRefused(t, result, server, 252, /^Error parsing parameter '--cli-input-yaml': Invalid YAML received: Unresolved tag: .+ \(only YAML's standard tags are read\)$/);
		t.notRegex(result.stderr, /Warning|\(node:\d+\)/);
	});
}

test('standard YAML tags still work', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--cli-input-yaml', 'name: !!str demo\ntags: !!map {a: !!str "1"}\n', '--query', 'stage.name']);
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.deepEqual(JSON.parse(server.requests[0]!.body), {name: 'demo', tags: {a: '1'}});
});

test('a capability list too long with an unknown item is one line naming both rules', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--participant-token-configurations', 'userId=a,capabilities=PUBLISH,SUBSCRIBE,FOO']);
	assertRefused(t, result, server, 252, /^Invalid parameter participantTokenConfigurations\[0\]\.capabilities: \["PUBLISH","SUBSCRIBE","FOO"\] must have at most 2 items, and item \[2\] "FOO" must be one of PUBLISH, SUBSCRIBE$/);
});

test('a 129-character name that also breaks the pattern is one line naming both rules', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--name', `${'a'.repeat(128)}!`]);
	assertRefused(t, result, server, 252, /^Invalid parameter name: "a+… must have at most 128 characters and must match the pattern \[a-zA-Z0-9-_\]\*$/);
});

test('several bad fields are still one line: each field once, every rule named', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--name', 'a b', '--participant-token-configurations', 'userId=a,duration=0', 'userId=b,capabilities=FOO']);
	assertRefused(t, result, server, 252, /^Invalid parameter name: "a b" must match the pattern \[a-zA-Z0-9-_\]\*; participantTokenConfigurations\[0\]\.duration: 0 must be at least 1; participantTokenConfigurations\[1\]\.capabilities\[0\]: "FOO" must be one of PUBLISH, SUBSCRIBE$/);
});

test('a shorthand error shows a control character as an escape, never raw', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--tags', 'k=\u001B]0;pwned\u0007']);
	assertRefused(t, result, server, 252, /^Error parsing parameter '--tags': Expected: ',', received: '\\x1b' for input: k=\\u001b]0;pwned\\u0007 \(at column 3\)$/);
});

test('control characters anywhere in an error line (an unknown option, a file name) are escaped', async t => {
	const server = await endpoint(t);
	const unknown = await run([...base, '--endpoint-url', server.url, '--na\u001B[2Jme', 'x']);
	assertRefused(t, unknown, server, 252, /^Unknown options: --na\\x1b\[2Jme, x$/);
	const file = await run([...base, '--endpoint-url', server.url, '--name', 'file:///nonexistent/\u001B]0;x\u0007']);
	assertRefused(t, file, server, 252, /\\x1b\]0;x\\x07/);
});

test('a --query that would overflow the stack while searching is refused before sending, not after (252)', async t => {
	const server = await endpoint(t);
	for (const query of [`${'a.'.repeat(30_000)}b`, `\`${'['.repeat(50_000)}${']'.repeat(50_000)}\``, '('.repeat(50_000), `${'a | '.repeat(200)}a`]) {
		const result = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--query', query]);
		assertRefused(t, result, server, 252, /^Bad value for --query .{1,200}…?: Invalid jmespath expression: (nested more than 128 levels deep|a literal nested more than 32 levels deep.*)$/);
	}
});
