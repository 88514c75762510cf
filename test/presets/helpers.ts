// Shared by the preset tests: a real config folder in a temp dir per test, and streams to capture.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import type {ExecutionContext} from 'ava';

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
