// The emulator's own inputs: a --state path that is a FIFO or a device, a state file nested past
// the limit, and request bodies nested past it. Each is one clear refusal, never a hang.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import test from 'ava';
import {runInProcess} from '../helpers/run-in-process.js';
import {control, rawRequest, signedRequest, startTestEmulator} from '../emulator/helpers.js';
import {makeFifo, rawControl, temporaryDirectory} from './helpers.js';

function captured() {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk: Buffer) => {
		text += chunk.toString('utf8');
	});
	return {stream, text: () => text};
}

for (const [what, statePath] of [['a FIFO', () => makeFifo(temporaryDirectory())], ['a device', () => '/dev/zero'], ['a directory', () => temporaryDirectory()]] as const) {
	test(`--state naming ${what}: cannot start, one line, exit 255, no hang`, async t => {
		const stdout = captured();
		const stderr = captured();
		const code = await runInProcess(['emulator', '--state', statePath()], {stdout: stdout.stream, stderr: stderr.stream});
		t.is(code, 255);
		const lines = stderr.text().split('\n').filter(line => line.trim() !== '');
		t.is(lines.length, 1, stderr.text());
		t.regex(lines[0]!, /^ivs-stage-wizard emulator: cannot start: Cannot read the emulator state .+ is a (FIFO|character device|directory), not a regular file$/);
		t.notRegex(stderr.text(), rawControl);
		t.is(stdout.text(), '', 'it never said it was listening');
	});
}

test('a state file nested past the limit: cannot start, one line', async t => {
	const statePath = path.join(temporaryDirectory(), 'state.json');
	writeFileSync(statePath, `{"version": 1, "stages": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
	const stderr = captured();
	const code = await runInProcess(['emulator', '--state', statePath], {stdout: new PassThrough(), stderr: stderr.stream});
	t.is(code, 255);
	t.regex(stderr.text(), /^ivs-stage-wizard emulator: cannot start: The emulator state .+ is not valid JSON \(nested more than 32 levels deep/);
	t.is(stderr.text().split('\n').filter(line => line.trim() !== '').length, 1);
});

test('request bodies nested past the limit: a ValidationException (API) or a 400 (control), no crash', async t => {
	const emulator = await startTestEmulator(t);
	const deep = `{"name": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
	const api = await signedRequest(emulator, {path: '/CreateStage', body: deep});
	t.is(api.status, 400);
	t.is(api.headers['x-amzn-errortype'], 'ValidationException');
	t.regex(api.json().message as string, /nested more than 32 levels deep/);
	const join = await rawRequest(emulator.url, {method: 'POST', path: '/_emulator/join', headers: {'content-type': 'application/json'}, body: `{"token": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`});
	t.is(join.status, 400);
	t.regex(join.text, /nested more than 32 levels deep/);
	const state = await control(emulator, 'GET', '/_emulator/state');
	t.deepEqual(state.json().stages, [], 'nothing was created');
});
