// Every front end records the stages it makes, through the real services port: the built CLI,
// the SDK's real client over real HTTP to an emulator started here, a config folder of the
// test's own. The drop-in, a batch (with a lost answer adopted), run (which deletes its stage:
// gone from the record), line mode in a real terminal; the sandbox records nothing; a record that
// cannot be written costs nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {readRecentStages, recentStagesPath} from '../../source/recent-stages/recent-stages-file.js';
import {startAnswerLosingProxy} from '../helpers/answer-losing-proxy.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {keys, spawnLine} from '../line/helpers/line-pty.js';

const arnPattern = /^arn:aws:ivs:us-west-2:123456789012:stage\/[a-zA-Z0-9]+$/;

async function setUp(t: ExecutionContext): Promise<{emulator: RunningEmulator; configDir: string; env: NodeJS.ProcessEnv}> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-recent-cli-'));
	const emulator = await startEmulator();
	t.teardown(async () => {
		await emulator.close();
		fs.rmSync(root, {recursive: true, force: true});
	});
	const configDir = path.join(root, 'config');
	return {emulator, configDir, env: cleanEnv({AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-west-2', IVS_STAGE_WIZARD_CONFIG_DIR: configDir})};
}

test('the drop-in records the stage it made: ARN, name, region, time; never the token', async t => {
	const {emulator, configDir, env} = await setUp(t);
	const result = await runCli(['--endpoint-url', emulator.url, '--name', 'class-101', '--participant-token-configurations', 'userId=teacher', '--output', 'json'], {env});
	t.is(result.code, 0, result.stderr);
	const answer = JSON.parse(result.stdout) as {stage: {arn: string}; participantTokens: Array<{token: string}>};
	const file = recentStagesPath(configDir);
	const [stage, ...others] = readRecentStages(file);
	t.deepEqual(others, []);
	t.is(stage?.arn, answer.stage.arn);
	t.regex(stage!.arn, arnPattern);
	t.is(stage?.name, 'class-101');
	t.is(stage?.region, 'us-west-2');
	t.true(Math.abs(Date.parse(stage!.createdAt) - Date.now()) < 10 * 60_000, stage?.createdAt);
	t.false(fs.readFileSync(file, 'utf8').includes(answer.participantTokens[0]!.token));
	t.is(fs.statSync(file).mode & 0o777, 0o600);
});

test('a batch records each stage, newest first, an adopted one (its answer lost) too', async t => {
	const {emulator, configDir, env} = await setUp(t);
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	proxy.plans.push('pass', 'lose-answer');
	const result = await runCli(['--endpoint-url', proxy.url, '--count', '3', '--name', 'room-{n}', '--query', 'results[].stage.arn', '--output', 'json'], {env});
	t.is(result.code, 0, result.stderr);
	const arns = JSON.parse(result.stdout) as string[];
	t.is(arns.length, 3);
	t.true(proxy.events.some(event => event.plan === 'lose-answer'), 'the second answer was lost');
	t.deepEqual(readRecentStages(recentStagesPath(configDir)).map(stage => [stage.arn, stage.name]), [[arns[2], 'room-3'], [arns[1], 'room-2'], [arns[0], 'room-1']]);
});

test('run records its stage while the command runs and removes it once deleted', async t => {
	const {emulator, configDir, env} = await setUp(t);
	const file = recentStagesPath(configDir);
	const earlier = await runCli(['--endpoint-url', emulator.url, '--name', 'kept', '--query', 'stage.arn', '--output', 'text'], {env});
	t.is(earlier.code, 0, earlier.stderr);
	const script = 'const fs = require("fs"); const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); console.log(r.stages.map(s => s.arn).includes(process.env.IVS_STAGE_ARN) ? "recorded" : "missing")';
	const result = await runCli(['run', '--endpoint-url', emulator.url, '--name', 'throwaway', '--', process.execPath, '-e', script, file], {env});
	t.is(result.code, 0, result.stderr);
	t.is(result.stdout, 'recorded\n');
	t.deepEqual(readRecentStages(file).map(stage => stage.name), ['kept'], 'the deleted stage is gone, the other kept');
	t.is(readRecentStages(file)[0]!.arn, earlier.stdout.trim());
});

test('line mode records the stage it made', async t => {
	const {emulator, configDir, env} = await setUp(t);
	const session = spawnLine(['--plain', '--endpoint-url', emulator.url], {env, cwd: path.dirname(configDir)});
	t.teardown(() => {
		session.kill();
	});
	await session.answer('What would you like to do?', keys.enter);
	await session.answer('Stage name', 'line-made', keys.enter);
	await session.answer('How many stages', keys.enter);
	await session.answer('Tags', keys.enter);
	await session.answer('Participants', keys.down, keys.enter);
	await session.answer('Record each participant', keys.enter);
	await session.answer('Ready?', keys.enter);
	await session.answer('What next?', keys.enter);
	t.is((await session.exited).exitCode, 0);
	await session.waitForText(/Stage created: arn:/);
	const stages = readRecentStages(recentStagesPath(configDir));
	t.is(stages.length, 1);
	t.is(stages[0]!.name, 'line-made');
	t.true(session.transcript().includes(`Stage created: ${stages[0]!.arn}`), 'the stage it said it made is the one recorded');
});

test('--sandbox records nothing: its stages end with the process', async t => {
	const {configDir, env} = await setUp(t);
	const result = await runCli(['--sandbox', '--name', 'sandboxed', '--query', 'stage.arn', '--output', 'text'], {env});
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout.trim(), arnPattern);
	t.false(fs.existsSync(recentStagesPath(configDir)));
});

test('a record that cannot be written never fails the creation', async t => {
	const {emulator, configDir, env} = await setUp(t);
	// The record's name is taken by a folder: the rename over it fails.
	fs.mkdirSync(recentStagesPath(configDir), {recursive: true});
	const result = await runCli(['--endpoint-url', emulator.url, '--name', 'still-made', '--query', 'stage.name', '--output', 'text'], {env});
	t.is(result.stderr, '');
	t.is(result.code, 0);
	t.is(result.stdout, 'still-made\n');
	t.deepEqual(fs.readdirSync(configDir), ['recent-stages.json'], 'no temporary file left behind');
});
