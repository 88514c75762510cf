// The store loads on non-interactive runs with --preset, where start-up time is the product: reading
// presets must not load conf (and ajv's compiler behind it), the lock library, the AWS SDK, Ink or
// React. Reading takes only the schema's pre-generated check (with two small runtime helpers of
// ajv and ajv-formats) and env-paths; conf and proper-lockfile come in at the first write.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import test from 'ava';
import {tempConfigDir} from './helpers.js';

const worker = path.join(import.meta.dirname, 'read-path-worker.ts');

function packagesIn(urls: string[]): string[] {
	const names = urls
		.map(url => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
		.filter((name): name is string => name !== undefined && name !== 'tsx' && !name.startsWith('@esbuild'));
	return [...new Set(names)].sort();
}

function filesOf(urls: string[], name: string): string[] {
	return [...new Set(urls.flatMap(url => url.split(`/node_modules/${name}/`)[1] ?? []))].sort();
}

test('reading presets loads no conf, ajv compiler, lock, SDK, Ink or React; the first write loads conf and the lock', t => {
	const output = execFileSync(process.execPath, ['--import=tsx', worker, tempConfigDir(t), 'write'], {encoding: 'utf8'});
	const {afterRead, afterWrite} = JSON.parse(output) as {afterRead: string[]; afterWrite: string[]};
	t.true(afterRead.some(url => url.endsWith('/source/presets/store.ts')));
	t.deepEqual(packagesIn(afterRead), ['ajv', 'ajv-formats', 'env-paths', 'is-safe-filename']);
	t.deepEqual(filesOf(afterRead, 'ajv'), ['dist/runtime/ucs2length.js']);
	t.deepEqual(filesOf(afterRead, 'ajv-formats'), ['dist/formats.js']);
	const written = packagesIn(afterWrite);
	t.true(written.includes('conf'));
	t.true(written.includes('proper-lockfile'));
	for (const heavy of ['@aws-sdk/client-ivs-realtime', 'ink', 'react', '@inquirer/prompts']) {
		t.false(written.includes(heavy), heavy);
	}
});
