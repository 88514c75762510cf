// The store loads on non-interactive runs with --preset, where start-up time is the product: reading
// presets must not load conf (and its ajv), the AWS SDK, Ink or React. conf comes in at the first write.
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

test('reading presets loads no conf, SDK, Ink or React; the first write loads conf', t => {
	const output = execFileSync(process.execPath, ['--import=tsx', worker, tempConfigDir(t), 'write'], {encoding: 'utf8'});
	const {afterRead, afterWrite} = JSON.parse(output) as {afterRead: string[]; afterWrite: string[]};
	t.true(afterRead.some(url => url.endsWith('/source/presets/store.ts')));
	t.deepEqual(packagesIn(afterRead), []);
	const written = packagesIn(afterWrite);
	t.true(written.includes('conf'));
	for (const heavy of ['@aws-sdk/client-ivs-realtime', 'ink', 'react', '@inquirer/prompts']) {
		t.false(written.includes(heavy), heavy);
	}
});
