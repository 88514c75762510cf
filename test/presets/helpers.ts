// Shared by the preset tests: a real config folder in a temp dir per test, streams to capture, and
// `presets …` run in process as the bin runs it, against that folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import type {ExecutionContext} from 'ava';
import {runInProcess, type TestIo} from '../helpers/run-in-process.js';
import {openPresetStore, type PresetInput} from '../../source/presets/store.js';

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures/presets');

export function tempConfigDir(t: ExecutionContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-presets-'));
	t.teardown(() => {
		fs.rmSync(dir, {recursive: true, force: true});
	});
	return dir;
}

/** A fixed clock: every test that checks times passes this. */
export function fixedClock(iso = '2026-11-28T11:00:00.000Z'): () => Date {
	return () => new Date(iso);
}

export type Captured = {stream: PassThrough; text: () => string};

export function capture(): Captured {
	const stream = new PassThrough();
	const chunks: Buffer[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(chunk));
	return {stream, text: () => Buffer.concat(chunks).toString('utf8')};
}

/** Every file in the folder, recursively, with its contents. */
export function readAllFiles(dir: string): Array<{file: string; text: string}> {
	return fs
		.readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile())
		.map(entry => {
			const file = path.join(entry.parentPath, entry.name);
			return {file, text: fs.readFileSync(file, 'utf8')};
		});
}

export type PresetsRun = {code: number; stdout: string; stderr: string};

/**
 * A config folder (holding `seed` when given, saved through the real store) and `run`, which runs
 * `ivs-stage-wizard presets ARGV` in process against it: no terminal, empty stdin, the fixed clock.
 */
export function presetsCommand(t: ExecutionContext, seed?: PresetInput) {
	const configDir = tempConfigDir(t);
	if (seed) {
		openPresetStore({configDir}).savePreset(seed);
	}

	const run = async (argv: string[], extra: TestIo = {}): Promise<PresetsRun> => {
		const stdout = capture();
		const stderr = capture();
		const code = await runInProcess(['presets', ...argv], {
			stdout: stdout.stream,
			stderr: stderr.stream,
			stdin: Readable.from([]),
			env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir},
			isTerminal: false,
			now: fixedClock(),
			...extra,
		});
		return {code, stdout: stdout.text(), stderr: stderr.text()};
	};

	return {configDir, run, store: () => openPresetStore({configDir})};
}
