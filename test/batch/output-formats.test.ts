// A batch's output is one object, {"results": [...]}, in every --output format, and --query runs
// on that object: the same data whichever way it is printed. The built bin, the emulator.
import test from 'ava';
import {parse as parseYaml, parseAllDocuments} from 'yaml';
import {limitedEmulator, runAgainst} from './helpers.js';

type Results = {results: Array<{stage: {arn: string; name: string}; participantTokens: Array<{userId: string}>}>};

const batch = ['--count', '2', '--name', 'f-{n}', '--participant-token-configurations', 'userId=u'];

function names(printed: Results): string[] {
	return printed.results.map(result => result.stage.name);
}

test('json, yaml and yaml-stream hold the same {"results"} object', async t => {
	const {emulator} = await limitedEmulator(t);
	const json = await runAgainst(emulator, [...batch, '--output', 'json']);
	const yaml = await runAgainst(emulator, [...batch, '--output', 'yaml']);
	const stream = await runAgainst(emulator, [...batch, '--output', 'yaml-stream']);
	for (const run of [json, yaml, stream]) {
		t.is(run.code, 0, run.stderr);
	}

	const fromJson = JSON.parse(json.stdout) as Results;
	const fromYaml = parseYaml(yaml.stdout) as Results;
	const documents = parseAllDocuments(stream.stdout).map(document => document.toJS() as unknown);
	t.deepEqual(names(fromJson), ['f-1', 'f-2']);
	t.deepEqual(names(fromYaml), ['f-1', 'f-2']);
	// yaml-stream prints a response as a stream of pages: one page here, the results object.
	t.deepEqual(documents.length, 1);
	t.deepEqual(names((documents[0] as Results[])[0]!), ['f-1', 'f-2']);
	t.deepEqual(Object.keys(fromYaml), ['results']);
});

test('text and table print every stage of the batch', async t => {
	const {emulator} = await limitedEmulator(t);
	const text = await runAgainst(emulator, [...batch, '--output', 'text']);
	t.is(text.code, 0, text.stderr);
	const stageLines = text.stdout.split('\n').filter(line => line.startsWith('STAGE\t'));
	t.deepEqual(stageLines.map(line => line.split('\t').at(-1)), ['f-1', 'f-2']);
	t.is(text.stdout.split('\n').filter(line => line.startsWith('PARTICIPANTTOKENS\t')).length, 2);

	const table = await runAgainst(emulator, [...batch, '--output', 'table']);
	t.is(table.code, 0, table.stderr);
	const lines = table.stdout.split('\n');
	t.regex(lines[1]!, /^\|\s+CreateStage\s+\|$/);
	t.true(lines.some(line => /^\|\|\s+results\s+\|\|$/.test(line)), 'a results section');
	t.is(lines.filter(line => /\|\s+name\s+\|\s+f-[12]\s+\|/.test(line)).length, 2);
});

test('--query runs on the results object, in any format; off prints nothing but still creates', async t => {
	const {emulator} = await limitedEmulator(t);
	const arnsText = await runAgainst(emulator, [...batch, '--output', 'text', '--query', 'results[].stage.name']);
	t.is(arnsText.stdout, 'f-1\tf-2\n');
	const firstToken = await runAgainst(emulator, [...batch, '--query', 'results[0].participantTokens[0].userId']);
	t.is(firstToken.stdout, '"u"\n');
	const count = await runAgainst(emulator, [...batch, '--output', 'yaml', '--query', 'length(results)']);
	t.is(count.stdout, '2\n');
	const off = await runAgainst(emulator, [...batch, '--output', 'off']);
	t.is(off.code, 0);
	t.is(off.stdout, '');
	t.is(emulator.rateCounts().CreateStage?.allowed, 8);
	// A query refused before anything is sent, as the AWS CLI does.
	const bad = await runAgainst(emulator, [...batch, '--query', 'results[']);
	t.is(bad.code, 252);
	t.is(emulator.rateCounts().CreateStage?.allowed, 8);
});
