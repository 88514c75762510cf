// --query in a terminal: the wizard and line mode apply it only once the stage exists, so a query
// that cannot apply to CreateStage's answer is refused at their entry, with one line and 252,
// before any screen and before a request reaches the endpoint (a recording server counts them).
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {startRecordingServer} from '../helpers/recording-server.js';
import {temporaryDir} from './helpers/temporary-dir.js';

const refusal = 'Bad value for --query length(stages): it fails on CreateStage\'s answer';

for (const [front, modeArgs] of [['line mode', ['--plain']], ['the wizard', []]] as const) {
	test(`${front}: a --query that cannot apply is refused before any screen, nothing sent`, async t => {
		const server = await startRecordingServer(() => ({status: 500, body: {}}));
		t.teardown(async () => server.close());
		const configDir = temporaryDir(t, 'ivs-query-entry-');
		const session = spawnCli([...modeArgs, '--endpoint-url', server.url, '--region', 'us-west-2', '--output', 'json', '--query', 'length(stages)'], {
			env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret'},
		});
		t.teardown(() => {
			session.kill();
		});

		const {exitCode} = await session.exited;
		const screen = await session.waitForText(refusal);
		t.is(exitCode, 252);
		t.is(screen.trim().split('\n').length, 1, screen);
		t.false(session.raw().includes('\u001B[?1049h'), 'no full screen opened');
		t.false(screen.includes('IVS stage wizard'), screen);
		t.is(server.requests.length, 0);
	});
}

test('line mode: a --query that fits the answer opens the questions as before', async t => {
	const configDir = temporaryDir(t, 'ivs-query-entry-');
	const session = spawnCli(['--plain', '--sandbox', '--output', 'json', '--query', 'stage.arn'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}});
	// Its config folder goes once it has ended: a killed line mode still writes its draft there.
	t.teardown(async () => {
		session.kill();
		await session.exited;
	});

	await session.waitForText(/^\? Stage name/m);
	t.false(session.history().includes('Bad value for --query'));
});
