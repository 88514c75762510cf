// Every stage run makes carries the tag ivs-stage-wizard:run (`<pid>@<hostname> <start>`, and
// ` keep` with --keep), beside the user's own, so a later clean-up can find what a killed run left.
// The emulator keeps what CreateStage was sent: the answer and ListStages show the tags it stored.
import os from 'node:os';
import test from 'ava';
import {ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {runTagKey, runTagValue} from '../../source/run/run-tag.js';
import {sdkClient} from '../emulator/helpers.js';
import {childScript, node, rig, startRun} from '../helpers/run-command.js';

// AWS's tagging rules (letters, digits, spaces and `_ . : / = + - @`); IVS's own model adds the lengths.
const tagAlphabet = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const isoTime = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z`;

test('one stage: the user\'s tags and run\'s, its value naming this run (pid, host, start)', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'tagged', '--tags', 'course=physics', '--', node, childScript, r.reportPath, 'exit:0'], r.env);
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	const tags = r.report()!.response!.stage.tags as Record<string, string>;
	t.deepEqual(Object.keys(tags).sort(), ['course', runTagKey]);
	t.is(tags.course, 'physics');
	t.regex(tags[runTagKey]!, new RegExp(`^${run.pid}@${os.hostname().replaceAll('.', String.raw`\.`)} ${isoTime}$`));
	t.false(runTagKey.startsWith('aws:'));
	t.regex(tags[runTagKey]!, tagAlphabet);
	t.deepEqual(await r.stages(), [], 'and the stage is deleted as before');
});

test('--count 2 --keep: every stage of the batch is tagged, its value marked keep (a clean-up leaves it)', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--count', '2', '--name', 'kept-{n}', '--keep', '--', 'true'], r.env);
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	const {stages = []} = await sdkClient(r.emulator).send(new ListStagesCommand({}));
	t.deepEqual(stages.map(stage => stage.name).sort(), ['kept-1', 'kept-2']);
	for (const stage of stages) {
		t.regex(stage.tags?.[runTagKey] ?? '', new RegExp(`^${run.pid}@\\S+ ${isoTime} keep$`), stage.name);
	}
});

test('49 tags of the user\'s leave room for run\'s: the stage has 50', async t => {
	const r = await rig(t);
	const tags = Array.from({length: 49}, (_, index) => `k${index}=v`).join(',');
	const run = startRun([...r.target, '--name', 'full-49', '--tags', tags, '--', node, childScript, r.reportPath, 'exit:0'], r.env);
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	t.is(Object.keys(r.report()!.response!.stage.tags as object).length, 50);
});

test('50 tags of the user\'s: refused in one line (252) before anything is sent', async t => {
	const r = await rig(t);
	const tags = Array.from({length: 50}, (_, index) => `k${index}=v`).join(',');
	const run = startRun([...r.target, '--name', 'full-50', '--tags', tags, '--', 'true'], r.env);
	const end = await run.ended;
	t.is(end.code, 252);
	t.is(run.stderr(), `Invalid parameter tags: 50 tags given, but run needs one of the 50 a stage may have for its own ${runTagKey}; give at most 49\n`);
	t.deepEqual(await r.stages(), []);
});

test('the user setting run\'s own tag key: refused in one line (252), nothing sent', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'mine', '--tags', `${runTagKey}=forged`, '--', 'true'], r.env);
	const end = await run.ended;
	t.is(end.code, 252);
	t.regex(run.stderr(), /^Invalid parameter tags: the key ivs-stage-wizard:run is run's own .*; take it out of the tags\n$/);
	t.deepEqual(await r.stages(), []);
});

test('a hostile hostname still makes a valid value: AWS\'s alphabet, at most 256 characters', t => {
	const started = new Date('2026-12-07T05:00:00.000Z');
	const value = runTagValue({pid: 4_194_304, hostname: `evil\u001B]0;x\u0007,host;${'h'.repeat(400)}`, started, keep: true});
	t.regex(value, tagAlphabet);
	t.true(value.length <= 256, `${value.length} characters`);
	t.true(value.startsWith('4194304@evil__0_x__host_hhh'), value);
	t.true(value.endsWith(`${started.toISOString()} keep`));
	t.is(runTagValue({pid: 7, hostname: '', started, keep: false}), `7@unknown ${started.toISOString()}`);
});
