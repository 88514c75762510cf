// The emulator as its own process, where its rough edges showed: SIGTERM with a request held by an
// injected latency, a client that hangs up mid-request, a state file that is valid JSON but junk,
// and a disk that fills up under the state file.
import {spawn} from 'node:child_process';
import {readdirSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {collectOutput, type CollectedOutput} from '../helpers/collect-output.js';
import {cliPath} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {control, signedRequest} from '../emulator/helpers.js';
import {temporaryDirectory} from './helpers.js';

type EmulatorProcess = {emulator: RunningEmulator; output: CollectedOutput; terminate: () => void};

/** `ivs-stage-wizard emulator ARGS` in a child process (under `ulimit -f` blocks of 1 KiB, if given), once it names its URL. */
async function startEmulatorProcess(t: ExecutionContext, args: string[], fileSizeLimitKiB?: number): Promise<EmulatorProcess> {
	const command = [process.execPath, cliPath, 'emulator', ...args];
	const child = fileSizeLimitKiB === undefined
		? spawn(command[0]!, command.slice(1), {stdio: ['ignore', 'pipe', 'pipe']})
		: spawn('bash', ['-c', `ulimit -f ${fileSizeLimitKiB} && exec "$@"`, 'bash', ...command], {stdio: ['ignore', 'pipe', 'pipe']});
	const output = collectOutput(child);
	t.teardown(() => {
		child.kill('SIGKILL');
	});
	const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(output.stdout())?.[1], () => `the URL; stderr: ${output.stderr()}`);
	const emulator = {url, region: 'us-west-2', credentials: {accessKeyId: 'test', secretAccessKey: 'test'}} as RunningEmulator;
	return {emulator, output, terminate: () => child.kill('SIGTERM')};
}

/** Asks `ask` again until it answers something truthy: for states only a request can see. */
async function askUntil<T>(ask: () => Promise<T | undefined | false>): Promise<T> {
	for (;;) {
		const answer = await ask();
		if (answer) {
			return answer;
		}
	}
}

test('SIGTERM stops the emulator at once, even with a request held by an injected latency', async t => {
	// An hour: without the fix the process outlives the test's own timeout.
	const {emulator, output, terminate} = await startEmulatorProcess(t, ['--faults', 'latency=3600s']);
	const held = signedRequest(emulator, {path: '/ListStages', body: '{}'}).then(() => 'answered', () => 'closed');
	await askUntil(async () => (await control(emulator, 'GET', '/_emulator/faults')).json().delayed === 1);
	terminate();
	const {code} = await output.ended;
	t.is(code, 0);
	t.is(await held, 'closed', 'the held request ends with its connection');
	t.is(output.stderr(), 'IVS Real-Time emulator stopped.\n');
});

test('a client that hangs up mid-request is not logged (no stack)', async t => {
	const {emulator, output, terminate} = await startEmulatorProcess(t, []);
	const {port} = new URL(emulator.url);
	await new Promise<void>(resolve => {
		const socket = connect(Number(port), '127.0.0.1', () => {
			// Half a body, then gone.
			socket.write(`POST /CreateStage HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100\r\n\r\n{"name":`, () => socket.destroy());
		});
		socket.on('close', () => resolve());
	});
	// A full request after it: once answered, the server has handled the hang-up before it.
	t.is((await signedRequest(emulator, {path: '/ListStages', body: '{}'})).status, 200);
	terminate();
	await output.ended;
	t.is(output.stderr(), 'IVS Real-Time emulator stopped.\n');
});

const emptyLists = {sessions: [], participants: [], tokens: [], storageConfigurations: []};

for (const [what, state, problem] of [
	['a stage that is null', {version: 1, seq: 0, stages: [null], ...emptyLists}, 'stages[0] must be an object'],
	['a tag that is a number', {version: 1, seq: 0, stages: [{arn: 'a', name: 'n', tags: {team: 5}}], ...emptyLists}, 'stages[0].tags.team must be a string'],
	['capabilities that are a string', {version: 1, seq: 0, stages: [], ...emptyLists, tokens: [{participantId: 'p', stageArn: 'a', capabilities: 'PUBLISH', duration: 1, issuedAt: 1, expiresAt: 2}]}, 'tokens[0].capabilities must be a list of strings'],
	['a signing key that is not a key', {version: 1, seq: 0, signingKey: {keyId: 'k', privateKeyPem: 'junk'}, stages: [], ...emptyLists}, 'signingKey.privateKeyPem is not a private key'],
] as const) {
	test(`a state file with ${what}: one line naming the file and the problem, no TypeError`, async t => {
		const statePath = path.join(temporaryDirectory(), 'state.json');
		writeFileSync(statePath, JSON.stringify(state));
		const child = spawn(process.execPath, [cliPath, 'emulator', '--state', statePath], {stdio: ['ignore', 'pipe', 'pipe']});
		const output = collectOutput(child);
		const {code} = await output.ended;
		t.is(code, 255);
		t.is(output.stderr(), `ivs-stage-wizard emulator: cannot start: The emulator state ${statePath} is damaged: ${problem}; move it away to start afresh\n`);
		t.is(output.stdout(), '');
	});
}

test('a full disk under the state file: said once, no temporary file left, the emulator keeps serving', async t => {
	const directory = temporaryDirectory();
	// 8 KiB: room for the first saves, not for a few dozen stages.
	const {emulator, output, terminate} = await startEmulatorProcess(t, ['--state', path.join(directory, 'state.json'), '--no-limits'], 8);
	let created = 0;
	await askUntil(async () => {
		t.is((await signedRequest(emulator, {path: '/CreateStage', body: JSON.stringify({name: `stage-${created}`})})).status, 200);
		created++;
		return output.stderr().includes('cannot save the state');
	});
	for (let more = 0; more < 5; more++) {
		t.is((await signedRequest(emulator, {path: '/CreateStage', body: JSON.stringify({name: `after-${more}`})})).status, 200);
	}

	const stages = (await control(emulator, 'GET', '/_emulator/state')).json().stages as unknown[];
	t.is(stages.length, created + 5, 'every stage is served from memory');
	terminate();
	const {code} = await output.ended;
	t.is(code, 255, 'the state it stops with could not be saved either');
	t.regex(output.stderr(), /\nivs-stage-wizard emulator: stopping: EFBIG: file too large, write\n$/);
	// Stopped: its last write has ended, so whatever is left in the folder stays.
	t.deepEqual(readdirSync(directory), ['state.json'], 'no .tmp left behind');
	const said = output.stderr().split('\n').filter(line => line.includes('cannot save the state'));
	t.is(said.length, 1, output.stderr());
	t.regex(said[0]!, /^emulator: cannot save the state to .+state\.json \(EFBIG: file too large, write\); still serving, and trying again at each change$/);
});
