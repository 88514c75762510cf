// Ctrl+C during a batch without a terminal: the stage in flight is finished, no other is started,
// every stage made is printed on stdout, and the exit is 130. The built bin as a real process.
import {spawn} from 'node:child_process';
import test from 'ava';
import {collectOutput} from '../helpers/collect-output.js';
import {cliPath, cleanEnv} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {emulatorStageNames, limitedEmulator} from './helpers.js';

test('SIGINT stops a batch after the stage in flight and reports every stage made (130)', async t => {
	const {emulator} = await limitedEmulator(t);
	const child = spawn(process.execPath, [cliPath, '--endpoint-url', emulator.url, '--region', emulator.region, '--count', '50', '--name', 'stop-{n}'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const output = collectOutput(child);
	t.teardown(() => {
		child.kill('SIGKILL');
	});
	await waitFor(() => (emulator.rateCounts().CreateStage?.allowed ?? 0) >= 3, () => 'three stages made');
	child.kill('SIGINT');
	const {code} = await output.ended;
	const stdout = output.stdout();
	const stderr = output.stderr();
	t.is(code, 130, stderr);
	const printed = JSON.parse(stdout) as {results: Array<{stage: {name: string}}>};
	const made = await emulatorStageNames(emulator);
	t.true(printed.results.length >= 3 && printed.results.length < 50);
	t.deepEqual(printed.results.map(result => result.stage.name), made.map((_, index) => `stop-${index + 1}`));
	t.deepEqual([...made].sort(), printed.results.map(result => result.stage.name).sort());
	t.is(stderr, `Interrupted: ${made.length} of 50 stages created (on stdout); stopped before stage ${made.length + 1}\n`);
});
