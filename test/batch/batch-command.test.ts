// `--count N` without a terminal, end to end: the built bin, the SDK's real
// client, the emulator with its limits on. What reached the service, what stdout and stderr hold,
// and the exit code, for a batch that works, one the quota stops, and ones refused beforehand.
import test from 'ava';
import {stageQuota} from '../../source/stage/service-quotas.js';
import {emulatorStageNames, fillStages, limitedEmulator, runAgainst} from './helpers.js';

type Results = {results: Array<{stage: {arn: string; name: string}; participantTokens: Array<{userId: string; token: string}>}>};

test('--count 3 prints {"results": [...]} in the order of n, each a full CreateStage response', async t => {
	const {emulator} = await limitedEmulator(t);
	const run = await runAgainst(emulator, ['--count', '3', '--name', 'room-{n}', '--participant-token-configurations', 'userId=host']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	const printed = JSON.parse(run.stdout) as Results;
	t.deepEqual(Object.keys(printed), ['results']);
	t.deepEqual(printed.results.map(result => result.stage.name), ['room-1', 'room-2', 'room-3']);
	t.true(printed.results.every(result => result.participantTokens[0]!.userId === 'host' && result.participantTokens[0]!.token.split('.').length === 3));
	t.true(run.stdout.startsWith('{\n    "results": [\n        {\n            "stage": {'), 'json as v2 prints it: 4 spaces, the model order');
	t.deepEqual((await emulatorStageNames(emulator)).sort(), ['room-1', 'room-2', 'room-3']);
	t.deepEqual(emulator.rateCounts().CreateStage, {allowed: 3, throttled: 0});
});

test('a batch that meets the quota at 100: every stage it made on stdout, the AWS CLI error on stderr, exit 254', async t => {
	const limited = await limitedEmulator(t);
	await fillStages(limited, stageQuota - 10);
	const run = await runAgainst(limited.emulator, ['--count', '12', '--name', 'room-{n}', '--no-quota-check']);
	t.is(run.code, 254);
	const printed = JSON.parse(run.stdout) as Results;
	t.deepEqual(printed.results.map(result => result.stage.name), Array.from({length: 10}, (_, index) => `room-${index + 1}`));
	const lines = run.stderr.trim().split('\n');
	t.regex(lines[0]!, /^An error occurred \(ServiceQuotaExceededException\) when calling the CreateStage operation: Request would exceed the quota of 100 stages/);
	t.is(lines[1], 'The batch stopped at stage 11: 10 of 12 stages created (on stdout).');
	// Every stage made is among those printed: nothing left unreported.
	const names = await emulatorStageNames(limited.emulator);
	t.is(names.length, stageQuota);
	t.deepEqual(names.filter(name => name.startsWith('room-')).sort(), printed.results.map(result => result.stage.name).sort());
	t.is(limited.emulator.rateCounts().CreateStage?.throttled, 0);
});

test('the quota check: a batch that cannot fit is refused before anything is created (252)', async t => {
	const limited = await limitedEmulator(t);
	await fillStages(limited, stageQuota - 10);
	const allowedBefore = limited.emulator.rateCounts().CreateStage?.allowed;
	const run = await runAgainst(limited.emulator, ['--count', '12', '--name', 'room-{n}']);
	t.is(run.code, 252);
	t.is(run.stdout, '');
	t.is(run.stderr, '--count 12: 90 of the quota of 100 stages in us-west-2 exist already, so there is room for 10; nothing was created. Delete stages, lower --count, or give --no-quota-check to create until the quota stops it\n');
	t.is(limited.emulator.rateCounts().CreateStage?.allowed, allowedBefore);
	// The same batch fits exactly when it is 10.
	const fits = await runAgainst(limited.emulator, ['--count', '10', '--name', 'room-{n}', '--query', 'length(results)']);
	t.is(fits.stderr, '');
	t.is(fits.code, 0);
	t.is(fits.stdout, '10\n');
});

test('the {n} rule, the count\'s range and type: one line, 252, nothing sent', async t => {
	const {emulator} = await limitedEmulator(t);
	const cases: Array<[string[], string]> = [
		[['--count', '3', '--name', 'room'], '--count 3 makes 3 stages, and each needs a name of its own: put {n} (1…3) in the name, e.g. --name "room-{n}", or give no name'],
		[['--count', '0'], 'argument --count: 0 is out of range: a batch is 1 to 100 stages (the region\'s stage quota)'],
		[['--count', '101', '--name', 'a{n}'], 'argument --count: 101 is out of range: a batch is 1 to 100 stages (the region\'s stage quota)'],
		[['--count', 'three'], 'argument --count: invalid int value: \'three\' (a whole number from 1 to 100)'],
		[['--count', '2.5'], 'argument --count: invalid int value: \'2.5\' (a whole number from 1 to 100)'],
		[['--name', 'room-{n}'], 'The name holds {n}, which numbers the stages of a batch: give --count N (1-100), or take {n} out of the name'],
		// The longest name ({n} = 100) must fit the 128 characters a name may hold.
		[['--count', '100', '--name', `${'a'.repeat(126)}{n}`], `Stage 100 of --count 100 ({n} = 100): Invalid parameter name: "${'a'.repeat(56)}… must have at most 128 characters`],
	];
	for (const [args, line] of cases) {
		// eslint-disable-next-line no-await-in-loop
		const run = await runAgainst(emulator, args);
		t.is(run.code, 252, args.join(' '));
		t.is(run.stdout, '');
		t.is(run.stderr, `${line}\n`, args.join(' '));
	}

	t.deepEqual(emulator.rateCounts(), {});
});

test('an empty name and --count 1 are batches too: no name needed, {"results"} all the same', async t => {
	const {emulator} = await limitedEmulator(t);
	const unnamed = await runAgainst(emulator, ['--count', '2', '--query', 'results[].stage.name']);
	t.is(unnamed.code, 0);
	t.deepEqual(JSON.parse(unnamed.stdout), ['', '']);
	const one = await runAgainst(emulator, ['--count', '1', '--name', 'solo-{n}', '--query', 'results[].stage.name']);
	t.deepEqual(JSON.parse(one.stdout), ['solo-1']);
});
