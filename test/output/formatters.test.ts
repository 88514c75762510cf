// What the goldens cannot show: timestamps the SDK never hands over (wire strings, offsets, epoch
// numbers), members the model lacks, hostile keys, query errors, --output off, terminal safety,
// and that json output does not load the query engine.
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import {parse as parseYaml} from 'yaml';
import {CliError, UsageError} from '../../source/basics/errors.js';
import {hasControlCharacters, neutraliseControlCharacters} from '../../source/basics/control-characters.js';
import {formatOutput, type FormatOptions} from '../../source/output/format-output.js';
import {pythonIsoformat} from '../../source/output/python-isoformat.js';
import {validateQuery} from '../../source/output/query.js';
import {fixtures, sdkResponse} from './golden-cases.js';

const defaults: FormatOptions = {format: 'json', color: false, terminalWidth: 80, operationName: 'CreateStage'};

function format(response: unknown, options: Partial<FormatOptions> = {}): string {
	return formatOutput(response, {...defaults, ...options});
}

test('--output off prints nothing, even with a query', t => {
	t.is(format(sdkResponse('typical'), {format: 'off'}), '');
	t.is(format(sdkResponse('typical'), {format: 'off', query: 'stage.arn'}), '');
});

test('json follows the model\'s member order, drops $metadata and members the model lacks', t => {
	const response = {
		$metadata: {httpStatusCode: 200},
		participantTokens: [{userId: 'u', somethingNew: 1, participantId: 'p'}],
		stage: {tags: {}, name: 'n', arn: 'a', futureMember: {x: 1}},
	};
	t.is(format(response), [
		'{',
		'    "stage": {',
		'        "arn": "a",',
		'        "name": "n",',
		'        "tags": {}',
		'    },',
		'    "participantTokens": [',
		'        {',
		'            "participantId": "p",',
		'            "userId": "u"',
		'        }',
		'    ]',
		'}',
		'',
	].join('\n'));
});

test('an empty response prints nothing in json, yaml, yaml-stream, text and table', t => {
	for (const outputFormat of ['json', 'yaml', 'yaml-stream', 'text', 'table'] as const) {
		t.is(format({$metadata: {}}, {format: outputFormat}), '', outputFormat);
	}
});

test('timestamps: Dates from the SDK as Python\'s isoformat of an aware UTC datetime', t => {
	t.is(pythonIsoformat(new Date('2026-11-28T11:00:00Z')), '2026-11-28T11:00:00+00:00');
	t.is(pythonIsoformat(new Date('2026-11-28T11:00:00.5Z')), '2026-11-28T11:00:00.500000+00:00');
	t.is(pythonIsoformat(new Date('2026-11-28T11:00:00.001Z')), '2026-11-28T11:00:00.001000+00:00');
	t.is(pythonIsoformat(new Date('0999-01-02T03:04:05Z')), '0999-01-02T03:04:05+00:00');
});

test('timestamps: wire strings as dateutil and isoformat print them (microseconds, offsets, naive)', t => {
	t.is(pythonIsoformat('2026-11-28T11:00:00.123456Z'), '2026-11-28T11:00:00.123456+00:00');
	t.is(pythonIsoformat('2026-11-28T11:00:00.1234567Z'), '2026-11-28T11:00:00.123456+00:00');
	t.is(pythonIsoformat('2026-11-28T11:00:00.000Z'), '2026-11-28T11:00:00+00:00');
	t.is(pythonIsoformat('2026-11-28T13:00:00+02:00'), '2026-11-28T13:00:00+02:00');
	t.is(pythonIsoformat('2026-11-28T06:30:00-0430'), '2026-11-28T06:30:00-04:30');
	t.is(pythonIsoformat('2026-11-28T11:00:00-00:00'), '2026-11-28T11:00:00+00:00');
	t.is(pythonIsoformat('2026-11-28T11:00:00'), '2026-11-28T11:00:00');
	t.is(pythonIsoformat('not a date'), 'not a date');
});

test('timestamps: epoch seconds in the local zone, as datetime.fromtimestamp(value, tzlocal())', t => {
	// The wall clock and offset this process's zone gives that instant, from Date alone.
	const instant = 1_795_000_000_250;
	const offsetMinutes = -new Date(instant).getTimezoneOffset();
	const wallClock = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
	const offset = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
	const printed = pythonIsoformat(1_795_000_000.25);
	t.is(printed, `${wallClock}.250000${offset}`);
	if (offsetMinutes === 0) {
		t.is(printed, '2026-11-18T11:06:40.250000+00:00');
	}

	t.is(pythonIsoformat('1795000000.25'), printed);
});

test('timestamps: epoch seconds in zones with half and quarter hours, behind and ahead of UTC', async t => {
	// A process of its own per zone: a zone is read once, when the process starts.
	const printedIn = async (zone: string) => {
		const module = path.resolve('source/output/python-isoformat.ts');
		const script = `const {pythonIsoformat} = await import(${JSON.stringify(module)}); process.stdout.write(pythonIsoformat(1795000000.25));`;
		const {stdout} = await promisify(execFile)(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {env: {...process.env, TZ: zone}});
		return stdout;
	};

	// 2026-11-18T11:06:40.25Z: 16:51:40 in Kathmandu (+05:45), 07:36:40 in St. John's (-03:30 in November).
	t.is(await printedIn('Asia/Kathmandu'), '2026-11-18T16:51:40.250000+05:45');
	t.is(await printedIn('America/St_Johns'), '2026-11-18T07:36:40.250000-03:30');
});

test('keys such as __proto__ and constructor from the service stay plain keys, for queries too', t => {
	const tags = JSON.parse('{"__proto__": "p", "constructor": "c"}') as Record<string, string>;
	const wire = {stage: {arn: 'a', tags}};
	t.is(format(wire, {query: 'stage.tags."__proto__"'}), '"p"\n');
	t.is(format(wire, {query: 'stage.tags.constructor'}), '"c"\n');
	t.is(format(wire, {format: 'text'}), 'STAGE\ta\nTAGS\tp\tc\n');
	t.is(format({stage: {arn: 'a', tags: {}}}, {query: 'stage.tags.constructor'}), 'null\n');
});

test('a bad --query is a usage error (exit 252) on one line, as v2\'s first line says', t => {
	for (const expression of ['stage.[', 'foo(', 'stage.#', '`{bad`', 'a b']) {
		const error = t.throws(() => validateQuery(expression), {instanceOf: UsageError});
		t.is(error.exitCode, 252);
		t.true(error.message.startsWith(`Bad value for --query ${expression}: Invalid jmespath expression: `), error.message);
		t.false(error.message.includes('\n'));
		t.throws(() => format(sdkResponse('typical'), {query: expression}), {instanceOf: UsageError});
	}

	t.notThrows(() => validateQuery('participantTokens[?userId==\'alice\'].token | [0]'));
});

test('a query failing while it searches exits 255 with Python jmespath\'s words', t => {
	const failing = (query: string): CliError => t.throws(() => format(sdkResponse('typical'), {query}), {instanceOf: CliError});
	t.is(failing('nofn(stage)').message, 'Unknown function: nofn()');
	t.is(failing('length(stage.name, stage.arn)').message, 'Expected 1 argument for function length(), received 2');
	t.is(failing('max_by(participantTokens)').message, 'Expected 2 arguments for function max_by(), received 1');
	t.is(failing('not_null()').message, 'Expected at least 1 argument for function not_null(), received 0');
	t.is(failing('abs(stage.name)').exitCode, 255);
});

test('neutraliseControlCharacters shows C0, DEL and C1 controls as escapes and keeps the rest', t => {
	t.is(neutraliseControlCharacters('evil\u001B[31mred\u001B[0m'), 'evil\\x1b[31mred\\x1b[0m');
	t.is(neutraliseControlCharacters('a\tb\nc\rd\u0007e\u007Ff\u009Bg\u0000'), 'a\\tb\\nc\\rd\\x07e\\x7ff\\x9bg\\x00');
	t.is(neutraliseControlCharacters('舞台 🎤 café \\x1b'), '舞台 🎤 café \\x1b');
	t.true(hasControlCharacters('\u001B'));
	t.false(hasControlCharacters('plain'));
});

test('neutraliseControlCharacters shows bidi controls, zero-width and other format characters, and line and paragraph separators', t => {
	// Raw, `t` and `t\u202e` look the same, and an override makes what follows read backwards.
	t.is(neutraliseControlCharacters('t\u202E'), 't\\u202e');
	t.is(neutraliseControlCharacters('user\u202Egnp.exe'), 'user\\u202egnp.exe');
	t.is(neutraliseControlCharacters('a\u200Bb\u2066c\uFEFFd\u00ADe'), 'a\\u200bb\\u2066c\\ufeffd\\xade');
	t.is(neutraliseControlCharacters('line\u2028para\u2029end'), 'line\\u2028para\\u2029end');
	t.is(neutraliseControlCharacters('tag\u{E0001}x'), 'tag\\u{e0001}x');
	t.true(hasControlCharacters('t\u202E'));
	// Emoji keep the joiners and tags they are made of; a joiner elsewhere is shown.
	t.is(neutraliseControlCharacters('👩\u200D💻 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'), '👩\u200D💻 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}');
	t.false(hasControlCharacters('👩\u200D💻'));
	t.is(neutraliseControlCharacters('a\u200Db'), 'a\\u200db');
});

test('on a terminal, text, table and json show hidden characters; piped, the bytes are AWS CLI v2\'s', t => {
	const response = {stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abc', name: 'n\u2028', tags: {t: 'plain', 't\u202E': 'x\u200By'}}};
	for (const outputFormat of ['text', 'table'] as const) {
		const safe = format(response, {format: outputFormat, terminal: true});
		t.true(safe.includes('n\\u2028'), outputFormat);
		t.true(safe.includes('x\\u200by'), outputFormat);
		t.false(/[\u200B\u202E\u2028]/.test(safe), outputFormat);
		t.true(format(response, {format: outputFormat}).includes('x\u200By'), `${outputFormat} piped`);
	}

	// A map's keys are in the table only (text prints a map's values, as v2 does).
	t.true(format(response, {format: 'table', terminal: true}).includes('t\\u202e'));

	const json = format(response, {terminal: true});
	t.true(json.includes('"t\\u202e": "x\\u200by"'), json);
	t.deepEqual(JSON.parse(json), JSON.parse(format(response)));
	t.true(format(response).includes('"t\u202E": "x\u200By"'), 'Python writes them raw');
});

test('on a terminal, yaml double-quotes text with hidden characters and writes YAML\'s escapes, which read back the same; piped, v2\'s bytes', t => {
	const response = {stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abc', name: 'n\u2028m', tags: {t: 'plain', 't\u202E': 'x\u200By', b: 'z\uFEFFz'}}};
	for (const outputFormat of ['yaml', 'yaml-stream'] as const) {
		const piped = format(response, {format: outputFormat});
		t.true(piped.includes('t\u202E: x\u200By'), 'PyYAML writes what it calls printable raw, as v2 does');
		const safe = format(response, {format: outputFormat, terminal: true});
		t.false(/[\u200B\u202E\u2028\uFEFF]/.test(safe), safe);
		t.true(safe.includes(String.raw`"t\u202E": "x\u200By"`), safe);
		t.true(safe.includes(String.raw`name: "n\Lm"`), safe);
		t.true(safe.includes(String.raw`b: "z\uFEFFz"`), safe);
		// Read back, it is the service's text exactly (the piped form folds U+2028 as a line break).
		t.deepEqual(parseYaml(safe), outputFormat === 'yaml' ? response : [response]);
	}

	// Nothing hidden: the terminal gets v2's bytes.
	const typical = sdkResponse('typical');
	t.is(format(typical, {format: 'yaml', terminal: true}), format(typical, {format: 'yaml'}));
});

test('on a terminal, text and table never pass the service\'s control characters through', t => {
	const response = sdkResponse('control-characters');
	for (const outputFormat of ['text', 'table'] as const) {
		const raw = format(response, {format: outputFormat});
		t.true(raw.includes('\u001B[31m'), 'v2 (and the default) writes them raw');
		const safe = format(response, {format: outputFormat, terminal: true});
		// Only the format's own line breaks and (text) tab separators remain.
		t.false(hasControlCharacters(safe.replaceAll(/[\n\t]/g, '')), outputFormat);
		t.true(safe.includes('evil\\x1b[31mred\\x1b[0m'), outputFormat);
		t.true(safe.includes('tab\\there'), outputFormat);
	}

	const coloured = format(response, {format: 'table', terminal: true, color: true});
	t.false(hasControlCharacters(coloured.replaceAll(/\u001B\[[0-9;]*m/g, '').replaceAll('\n', '')));
	t.true(coloured.endsWith('\u001B[0m\n\u001B[0m\u001B[0m'), 'colorama\'s extra reset at exit on a terminal');
});

test('on a terminal, json escapes DEL and C1 controls too (Python leaves them raw); yaml escapes them anyway', t => {
	const response = sdkResponse('control-characters');
	t.true(format(response).includes('csi\u009B31m'));
	const json = format(response, {terminal: true});
	t.true(json.includes('csi\\u009b31m'));
	t.true(json.includes('x\\u007fy'));
	t.is(JSON.stringify(JSON.parse(json)), JSON.stringify(JSON.parse(format(response))));
	// U+2028 is printable to PyYAML, so YAML writes it as v2 does; C0 and C1 controls it escapes.
	t.false(hasControlCharacters(format(response, {format: 'yaml'}).replaceAll(/[\n\u2028]/g, '')));
});

test('json and yaml output do not load the query engine; a query does', async t => {
	const script = `
		import {createRequire} from 'node:module';
		const {formatOutput} = await import(${JSON.stringify(path.resolve(fixtures, '../../../source/output/format-output.ts'))});
		const options = {color: false, terminalWidth: 80, operationName: 'CreateStage'};
		const cache = () => Object.keys(createRequire(import.meta.url).cache).some(file => file.includes('/jmespath/'));
		formatOutput({stage: {arn: 'a'}}, {...options, format: 'json'});
		formatOutput({stage: {arn: 'a'}}, {...options, format: 'yaml'});
		const before = cache();
		formatOutput({stage: {arn: 'a'}}, {...options, format: 'json', query: 'stage.arn'});
		console.log(JSON.stringify([before, cache()]));
	`;
	const {stdout} = await promisify(execFile)(process.execPath, ['--import=tsx', '--input-type=module', '-e', script]);
	t.deepEqual(JSON.parse(stdout) as unknown, [false, true]);
});

test('--output off still refuses a bad --query', t => {
	t.throws(() => format(sdkResponse('typical'), {format: 'off', query: 'stage.['}), {instanceOf: UsageError});
});
