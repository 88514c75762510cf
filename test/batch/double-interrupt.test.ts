// A second Ctrl+C during a batch without a terminal exits at once, and still names every stage
// made: the first one waits for the stage in flight so the output can be printed, the second
// gives up on that, so the ARNs go to stderr, and the stage still out is named as one that may
// exist. The emulator holds every CreateStage (latency), and a proxy in front of it shows which
// request is out; the signals go while one is, whichever it is. The built bin as a real process.
import {spawn} from 'node:child_process';
import test from 'ava';
import {startTestEmulator} from '../emulator/helpers.js';
import {startAnswerLosingProxy, seen} from '../helpers/answer-losing-proxy.js';
import {collectOutput} from '../helpers/collect-output.js';
import {signalPending} from '../helpers/processes.js';
import {cliPath, cleanEnv} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {emulatorStageNames} from './helpers.js';

test('a second SIGINT mid-batch exits 130 and names every stage made, and the one in flight', async t => {
	const emulator = await startTestEmulator(t, {limits: true, faults: 'latency=2s,ops=CreateStage'});
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	const child = spawn(process.execPath, [cliPath, '--endpoint-url', proxy.url, '--region', emulator.region, '--count', '20', '--name', 'twice-{n}'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const output = collectOutput(child);
	t.teardown(() => {
		child.kill('SIGKILL');
	});
	// A stage made and the next one out, held by the emulator.
	await waitFor(() => {
		const creates = seen(proxy, 'CreateStage');
		return creates.length >= 2 && creates.at(-1)!.forwarded === 0;
	}, () => `a stage made and another out; stderr: ${output.stderr()}`);
	child.kill('SIGINT');
	await waitFor(() => !signalPending(child.pid!, 'SIGINT'), () => 'the first SIGINT taken');
	child.kill('SIGINT');
	const {code, signal} = await output.ended;
	t.is(code, 130, `${signal} ${output.stderr()}`);
	// Every request that went out makes its stage in the end, answered or not.
	await waitFor(() => seen(proxy, 'CreateStage').every(event => event.forwarded === 1), () => 'every CreateStage answered by the emulator');
	const state = await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{name: string; arn: string}>};
	const said = output.stdout() + output.stderr();
	t.true(state.stages.length >= 2, `stages made: ${state.stages.map(stage => stage.name).join(', ')}`);
	for (const {name, arn} of state.stages) {
		t.true(said.includes(arn) || output.stderr().includes(`"${name}" was being created: it may exist too`), `${name} (${arn}) is named; stdout: ${output.stdout()} stderr: ${output.stderr()}`);
	}
});

test('one stage: SIGINT while CreateStage is out exits 130 at once, as the AWS CLI does, naming the stage that may exist', async t => {
	const emulator = await startTestEmulator(t, {limits: true, faults: 'latency=2s,ops=CreateStage'});
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	const child = spawn(process.execPath, [cliPath, '--endpoint-url', proxy.url, '--region', emulator.region, '--name', 'single'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const output = collectOutput(child);
	t.teardown(() => {
		child.kill('SIGKILL');
	});
	await waitFor(() => seen(proxy, 'CreateStage').length === 1, () => 'CreateStage out');
	child.kill('SIGINT');
	const {code} = await output.ended;
	t.is(code, 130, output.stderr());
	t.is(output.stdout(), '');
	t.true(output.stderr().includes('Interrupted while the stage "single" was being created: it may exist too'), output.stderr());
	// The request out still makes its stage (before the emulator closes under the proxy).
	await waitFor(() => seen(proxy, 'CreateStage')[0]!.forwarded === 1, () => 'CreateStage answered by the emulator');
	t.deepEqual(await emulatorStageNames(emulator), ['single']);
});
