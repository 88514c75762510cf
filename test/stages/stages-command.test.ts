// `stages` and `watch` without a terminal, as a script runs them: the built CLI against the
// emulator, real processes and real HTTP.
import test from 'ava';
import {CreateStageCommand, DeleteStageCommand} from '@aws-sdk/client-ivs-realtime';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';

async function setUp(t: Parameters<typeof startTestEmulator>[0]) {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	const env = cleanEnv({
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_REGION: emulator.region,
		AWS_ENDPOINT_URL: emulator.url,
	});
	return {emulator, client, env};
}

type StagesJson = {stages: Array<{arn: string; name: string; activeSessionId: string | null; participantsConnected: number; tags: Record<string, string>}>};

test('stages --output json: every stage with its session, who is connected now and its tags', async t => {
	const {emulator, client, env} = await setUp(t);
	const busy = (await client.send(new CreateStageCommand({name: 'busy', tags: {team: 'video'}}))).stage!;
	const quiet = (await client.send(new CreateStageCommand({name: 'quiet'}))).stage!;
	const joined = await fetch(`${emulator.url}/_emulator/join`, {method: 'POST', body: JSON.stringify({stageArn: busy.arn, userId: 'guest'})});
	t.true(joined.ok);
	const result = await runCli(['stages', '--output', 'json'], {env});
	t.is(result.code, 0, result.stderr);
	const {stages} = JSON.parse(result.stdout) as StagesJson;
	t.deepEqual(Object.keys(stages[0]!), ['arn', 'name', 'activeSessionId', 'participantsConnected', 'tags']);
	const byName = new Map(stages.map(stage => [stage.name, stage]));
	t.like(byName.get('busy'), {arn: busy.arn, participantsConnected: 1, tags: {team: 'video'}});
	t.regex(byName.get('busy')!.activeSessionId ?? '', /^st-/);
	t.like(byName.get('quiet'), {arn: quiet.arn, participantsConnected: 0, tags: {}});
});

test('stages without --output and without a terminal prints the JSON; --output table and --query work', async t => {
	const {client, env} = await setUp(t);
	await client.send(new CreateStageCommand({name: 'tabled'}));
	const bare = await runCli(['stages'], {env});
	t.is(bare.code, 0, bare.stderr);
	t.is((JSON.parse(bare.stdout) as StagesJson).stages[0]?.name, 'tabled');
	const table = await runCli(['stages', '--output', 'table'], {env});
	t.is(table.code, 0, table.stderr);
	t.regex(table.stdout, /\|\s+Stages\s+\|/);
	t.regex(table.stdout, /name\s+\|\s+tabled/);
	const queried = await runCli(['stages', '--query', 'stages[].name', '--output', 'text'], {env});
	t.is(queried.stdout, 'tabled\n');
});

test('stages refuses create-stage\'s parameters and stray words with one line, exit 252', async t => {
	const {env} = await setUp(t);
	const withName = await runCli(['stages', '--name', 'x'], {env});
	t.is(withName.code, 252);
	t.is(withName.stderr.trim().split('\n').length, 1);
	t.regex(withName.stderr, /stages does not take --name/);
	const stray = await runCli(['stages', 'extra'], {env});
	t.is(stray.code, 252);
	t.regex(stray.stderr, /stages takes no words but options/);
});

test('watch without a terminal, or without a stage: one line, exit 252', async t => {
	const {env} = await setUp(t);
	const missing = await runCli(['watch', 'nobody-here'], {env});
	// Without a terminal the refusal comes first, before any call.
	t.is(missing.code, 252);
	t.regex(missing.stderr, /watch needs a terminal/);
	t.is(missing.stderr.trim().split('\n').length, 1);
	const none = await runCli(['watch'], {env});
	t.is(none.code, 252);
	t.regex(none.stderr, /watch needs the stage/);
});

test('a deleted stage is gone from stages --output json', async t => {
	const {client, env} = await setUp(t);
	const doomed = (await client.send(new CreateStageCommand({name: 'doomed'}))).stage!;
	await client.send(new DeleteStageCommand({arn: doomed.arn}));
	const result = await runCli(['stages', '--output', 'json'], {env});
	t.deepEqual((JSON.parse(result.stdout) as StagesJson).stages, []);
});

test('a mistyped option of stages or watch is one line as every command words it, the suggestion one they take (252)', async t => {
	const {env} = await setUp(t);
	for (const [args, line] of [
		[['stages', '--regoin', 'us-west-2'], 'Unknown option --regoin for stages: did you mean --region?'],
		[['watch', '--regoin', 'us-west-2', 'some-stage'], 'Unknown option --regoin for watch: did you mean --region?'],
		[['stages', '--plian'], 'Unknown option --plian for stages: did you mean --plain?'],
		// --name is create-stage's, which stages refuses: never offered.
		[['stages', '--nmae', 'x'], 'Unknown option --nmae for stages: ivs-stage-wizard stages --help lists its options'],
	] as const) {
		const run = await runCli([...args], {env});
		t.is(run.code, 252, args.join(' '));
		t.is(run.stderr, `${line}\n`);
		t.is(run.stdout, '');
	}
});

test('without credentials every command that calls IVS is exit 253, its hint a command that runs (not --sandbox, which events, token and prune refuse)', async t => {
	const env = cleanEnv({AWS_REGION: 'us-west-2'});
	for (const args of [['stages', '--output', 'json'], ['events', 'some-stage'], ['token', '--stage-arn', 'some-stage'], ['prune', '--name', 'x', '--dry-run']]) {
		const run = await runCli(args, {env});
		t.is(run.code, 253, `${args.join(' ')}: ${run.stderr}`);
		t.is(run.stderr.trim(), 'Unable to locate credentials. You can configure credentials by running "aws configure", or try the tool without AWS: ivs-stage-wizard --sandbox.', args.join(' '));
	}

	// The hint runs: the wizard's --sandbox is an option it takes (its help, exit 0).
	t.is((await runCli(['--sandbox', '--help'], {env})).code, 0);
});

test('stages --help and watch --help say the tokens added are printed when the screen ends', async t => {
	for (const command of ['stages', 'watch']) {
		const help = await runCli([command, '--help'], {env: cleanEnv()});
		t.is(help.code, 0);
		t.regex(help.stdout.replaceAll('\n', ' '), /The tokens added are printed when it ends \(q or Ctrl\+C\), as j prints/, command);
	}
});
