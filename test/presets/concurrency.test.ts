import {spawn} from 'node:child_process';
import {once} from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {openPresetStore} from '../../source/presets/store.js';
import {tempConfigDir} from './helpers.js';

const worker = path.join(import.meta.dirname, 'save-worker.ts');

function startWorker(configDir: string, prefix: string, count: number) {
	const child = spawn(process.execPath, ['--import=tsx', worker, configDir, prefix, String(count)], {stdio: ['pipe', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ready = new Promise<void>(resolve => {
		child.stdout.on('data', () => {
			if (stdout.includes('ready')) {
				resolve();
			}
		});
	});
	const exited = once(child, 'exit') as Promise<[number | null]>;
	return {child, ready, exited, output: () => ({stdout, stderr})};
}

test('two processes saving 25 presets each at the same moment lose none of the 50', async t => {
	const configDir = tempConfigDir(t);
	// A preset saved before, which neither process knows about, must survive too.
	openPresetStore({configDir}).savePreset({name: 'before', request: {}});
	const workers = [startWorker(configDir, 'a', 25), startWorker(configDir, 'b', 25)];
	await Promise.all(workers.map(async ({ready}) => ready));
	for (const {child} of workers) {
		child.stdin.write('go\n');
	}

	const codes = await Promise.all(workers.map(async ({exited}) => exited));
	for (const [index, [code]] of codes.entries()) {
		t.is(code, 0, workers[index]!.output().stderr);
	}

	const names = openPresetStore({configDir}).listPresets().map(({name}) => name);
	const expected = ['before', ...['a', 'b'].flatMap(prefix => Array.from({length: 25}, (_, index) => `${prefix}-${index}`))];
	t.is(names.length, 51);
	t.deepEqual([...names].sort(), [...expected].sort());
	// The lock is gone and no temporary file is left.
	t.deepEqual(fs.readdirSync(configDir), ['config.json']);
});
