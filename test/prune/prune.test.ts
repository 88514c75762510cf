// `prune` end to end without a terminal: the built bin, the SDK's real client over HTTP, the
// emulator with its rates on. What the result says is checked against what the emulator holds.
import test from 'ava';
import {control} from '../emulator/helpers.js';
import {makeStages, namesOf, pruneEmulator, reasonOf, runPrune, stagesLeft, throttled, type PruneResult} from './helpers.js';

test('--tag: every tag given must match, name and value; only those stages go', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	await makeStages(limited, [
		{name: 'ci-a', tags: {env: 'ci', team: 'a'}},
		{name: 'ci-b', tags: {env: 'ci', team: 'b'}},
		{name: 'prod-a', tags: {env: 'prod', team: 'a'}},
		{name: 'untagged'},
	]);
	const run = await runPrune(emulator, ['--tag', 'env=ci', '--tag', 'team=a', '--yes']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	const result = JSON.parse(run.stdout) as PruneResult;
	t.deepEqual(Object.keys(result), ['deleted', 'kept', 'failed']);
	t.deepEqual(namesOf(result), {deleted: ['ci-a'], kept: [], failed: []});
	t.deepEqual(Object.keys(await stagesLeft(emulator)).sort(), ['ci-b', 'prod-a', 'untagged']);
});

test('--name: a glob on the stage name (picomatch), with --tag when both are given', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [
		{name: 'load-1', tags: {run: 'x'}},
		{name: 'load-22', tags: {run: 'y'}},
		{name: 'loader'},
		{name: 'my-load-1'},
	]);
	const both = await runPrune(emulator, ['--name', 'load-*', '--tag', 'run=y', '--yes']);
	t.is(both.code, 0, both.stderr);
	t.deepEqual(JSON.parse(both.stdout), {deleted: [{arn: arns['load-22'], name: 'load-22'}], kept: [], failed: []});

	const glob = await runPrune(emulator, ['--name', 'load-{1..9}', '--yes']);
	t.is(glob.code, 0, glob.stderr);
	t.deepEqual(namesOf(JSON.parse(glob.stdout) as PruneResult).deleted, ['load-1']);
	t.deepEqual(Object.keys(await stagesLeft(emulator)).sort(), ['loader', 'my-load-1']);
});

test('--idle-for: a stage whose last session ended longer ago goes; one ended recently, or with a session now, is kept with why', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'idle-long'}, {name: 'idle-short'}, {name: 'busy'}]);
	const now = limited.clock.now();
	// The emulator starts a session with each stage; these end it, as the service does after the last participant leaves.
	t.is((await control(emulator, 'POST', '/_emulator/end-session', {stageArn: arns['idle-long'], endTime: new Date(now - (3 * 3_600_000)).toISOString()})).status, 200);
	t.is((await control(emulator, 'POST', '/_emulator/end-session', {stageArn: arns['idle-short'], endTime: now - (10 * 60_000)})).status, 200);
	const run = await runPrune(emulator, ['--idle-for', '2h', '--yes']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	const result = JSON.parse(run.stdout) as PruneResult;
	t.deepEqual(namesOf(result), {deleted: ['idle-long'], kept: ['busy', 'idle-short'], failed: []});
	t.regex(reasonOf(result, 'idle-short')!, /^its last session ended 10m\d*s? ago, within --idle-for 2h$/);
	t.regex(reasonOf(result, 'busy')!, /^its session st-\w+ is active$/);
	t.deepEqual(Object.keys(await stagesLeft(emulator)).sort(), ['busy', 'idle-short']);

	// A shorter span takes the one that ended 10 minutes ago too.
	const shorter = await runPrune(emulator, ['--idle-for', '5m', '--yes']);
	t.is(shorter.code, 0, shorter.stderr);
	t.deepEqual(namesOf(JSON.parse(shorter.stdout) as PruneResult).deleted, ['idle-short']);
});

test('a stage with a participant connected is never deleted, whatever chose it; once they leave it goes', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'live', tags: {env: 'ci'}}, {name: 'empty', tags: {env: 'ci'}}]);
	t.is((await control(emulator, 'POST', '/_emulator/join', {stageArn: arns.live, userId: 'host'})).status, 200);
	const run = await runPrune(emulator, ['--tag', 'env=ci', '--yes']);
	t.is(run.code, 0, run.stderr);
	const result = JSON.parse(run.stdout) as PruneResult;
	t.deepEqual(namesOf(result), {deleted: ['empty'], kept: ['live'], failed: []});
	t.regex(reasonOf(result, 'live')!, /^a participant is connected \(session st-\w+\)$/);
	t.deepEqual(await stagesLeft(emulator), {live: arns.live});

	t.is((await control(emulator, 'POST', '/_emulator/leave', {stageArn: arns.live, userId: 'host'})).status, 200);
	const after = await runPrune(emulator, ['--tag', 'env=ci', '--yes']);
	t.deepEqual(namesOf(JSON.parse(after.stdout) as PruneResult).deleted, ['live']);
	t.deepEqual(await stagesLeft(emulator), {});
});

test('--dry-run prints the result a real run prints, and deletes nothing', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'a', tags: {env: 'ci'}}, {name: 'b', tags: {env: 'ci'}}, {name: 'c', tags: {env: 'ci'}}]);
	await control(emulator, 'POST', '/_emulator/join', {stageArn: arns.b, userId: 'guest'});
	const dry = await runPrune(emulator, ['--tag', 'env=ci', '--dry-run']);
	t.is(dry.stderr, '');
	t.is(dry.code, 0);
	t.is(emulator.rateCounts().DeleteStage, undefined, 'no DeleteStage sent');
	t.is(Object.keys(await stagesLeft(emulator)).length, 3);

	const real = await runPrune(emulator, ['--tag', 'env=ci', '--yes']);
	t.is(real.code, 0, real.stderr);
	t.is(dry.stdout, real.stdout);
	t.deepEqual(namesOf(JSON.parse(real.stdout) as PruneResult), {deleted: ['a', 'c'], kept: ['b'], failed: []});
});

test('without a terminal, deleting needs --yes: 252, one line, nothing sent', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	await makeStages(limited, [{name: 'a', tags: {env: 'ci'}}]);
	const before = emulator.rateCounts();
	const run = await runPrune(emulator, ['--tag', 'env=ci']);
	t.is(run.code, 252);
	t.is(run.stdout, '');
	t.is(run.stderr, 'prune deletes without asking only with --yes, and there is no terminal to ask in: add --yes, or --dry-run to see what it would delete; nothing was deleted\n');
	t.deepEqual(emulator.rateCounts(), before);
	t.deepEqual(Object.keys(await stagesLeft(emulator)), ['a']);
});

test('bad or missing selectors and options: one line each, 252, nothing sent', async t => {
	const {emulator} = await pruneEmulator(t);
	const cases: Array<[string[], string]> = [
		[['--yes'], 'prune needs at least one of --tag, --name, --idle-for or --from-runs: it never deletes every stage of a region by accident'],
		[['--tag', 'env', '--yes'], 'argument --tag: "env" is not KEY=VALUE (e.g. --tag env=ci)'],
		[['--tag', 'env=a', '--tag', 'env=b', '--yes'], 'argument --tag: the key "env" is given twice; a stage has one value per key, so give it once'],
		[['--idle-for', '2 hours', '--yes'], 'argument --idle-for: "2 hours" is not a duration: give a whole number and a unit, e.g. 30m, 2h, 1d or 1h30m (s, m, h, d, w)'],
		[['--idle-for', '0m', '--yes'], 'argument --idle-for: "0m" is not a duration: give a span longer than 0'],
		[['--name', '', '--yes'], 'argument --name: the glob must be 1 to 1024 characters (e.g. --name \'ci-*\')'],
		[['--name', 'x', '--output', 'yaml-stream', '--yes'], 'argument --output: Invalid choice \'yaml-stream\', valid choices are: json, table, text, yaml'],
		[['--name', 'x', '--query', 'deleted[', '--yes'], 'Bad value for --query deleted[: Invalid jmespath expression: Expected Star, got: EOF'],
		[['--name', 'x', 'everything', '--yes'], 'prune takes no words, only options: "everything" (see ivs-stage-wizard prune --help)'],
		[['--name', 'x', '--forse'], 'Unknown option --forse for prune (it takes --tag, --name, --idle-for, --from-runs, --dry-run, --yes, -y, --output, --query, --color, --region, --profile, --endpoint-url, --no-verify-ssl, --ca-bundle, --cli-read-timeout, --cli-connect-timeout, --debug).'],
		[['--name', 'x', '--dry-rnu'], 'Unknown option --dry-rnu for prune: did you mean --dry-run?'],
	];
	for (const [args, line] of cases) {
		const run = await runPrune(emulator, args);
		t.is(run.code, 252, args.join(' '));
		t.is(run.stdout, '', args.join(' '));
		t.is(run.stderr.split('\n')[0], line, args.join(' '));
		t.is(run.stderr.split('\n').length, 2, `one line: ${run.stderr}`);
	}

	t.deepEqual(emulator.rateCounts(), {});
});

test('--output table and text, and --query over the result', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	const arns = await makeStages(limited, [{name: 'gone-1'}, {name: 'gone-2'}]);
	const text = await runPrune(emulator, ['--name', 'gone-*', '--dry-run', '--output', 'text']);
	t.is(text.code, 0, text.stderr);
	t.is(text.stdout, `DELETED\t${arns['gone-1']}\tgone-1\nDELETED\t${arns['gone-2']}\tgone-2\n`);
	const table = await runPrune(emulator, ['--name', 'gone-*', '--dry-run', '--output', 'table']);
	t.regex(table.stdout, /\|\s+Prune\s+\|/);
	t.regex(table.stdout, /\|\|\s+deleted\s+\|\|/);
	t.true(table.stdout.includes(`${arns['gone-1']}  |  gone-1 |`), table.stdout);
	const query = await runPrune(emulator, ['--name', 'gone-*', '--yes', '--query', 'length(deleted)']);
	t.is(query.stdout, '2\n');
	t.deepEqual(await stagesLeft(emulator), {});
});

test('30 stages pruned inside the service\'s rates: no request is throttled', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	await makeStages(limited, Array.from({length: 30}, (_, index) => ({name: `batch-${index + 1}`, tags: {batch: 'yes'}})));
	// The next calls start with full buckets, as after a quiet second.
	limited.clock.advance(1000);
	const run = await runPrune(emulator, ['--tag', 'batch=yes', '--yes']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	t.is((JSON.parse(run.stdout) as PruneResult).deleted.length, 30);
	t.deepEqual(await stagesLeft(emulator), {});
	t.deepEqual(throttled(emulator), {});
	t.like(emulator.rateCounts(), {DeleteStage: {allowed: 30, throttled: 0}, GetStage: {allowed: 30, throttled: 0}, ListParticipants: {allowed: 30, throttled: 0}});
});

test('a stage the service will not delete goes under "failed" with its error; the others still go; exit 254', async t => {
	const limited = await pruneEmulator(t);
	const {emulator} = limited;
	await makeStages(limited, [{name: 'first', tags: {env: 'ci'}}, {name: 'second', tags: {env: 'ci'}}]);
	t.is((await control(emulator, 'POST', '/_emulator/faults', {spec: 'error500=1,ops=DeleteStage,count=1'})).status, 200);
	const run = await runPrune(emulator, ['--tag', 'env=ci', '--yes'], {AWS_MAX_ATTEMPTS: '1'});
	t.is(run.code, 254);
	const result = JSON.parse(run.stdout) as PruneResult;
	t.deepEqual(namesOf(result), {deleted: ['second'], kept: [], failed: ['first']});
	t.regex(reasonOf(result, 'first')!, /^DeleteStage: InternalServerException: /);
	t.is(run.stderr, '\n1 stage could not be checked or deleted (under "failed", with the service\'s error)\n');
	t.deepEqual(Object.keys(await stagesLeft(emulator)), ['first']);
});
