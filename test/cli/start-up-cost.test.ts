// Speed is a feature: the non-interactive path must never load Ink or React, and the emulator
// and presets commands load only themselves.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

const recorder = fileURLToPath(new URL('../fixtures/cli/record-loaded-modules.mjs', import.meta.url));

async function loadedModules(args: string[]): Promise<{code: number | null; modules: string[]}> {
	const record = path.join(mkdtempSync(path.join(tmpdir(), 'loaded-modules-')), 'modules.txt');
	const child = spawn(process.execPath, ['--import', recorder, cliPath, ...args], {
		env: cleanEnv({RECORD_LOADED_MODULES: record, IVS_STAGE_WIZARD_CONFIG_DIR: path.dirname(record)}),
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code, modules: readFileSync(record, 'utf8').split('\n')};
}

const uiPackages = /\/node_modules\/(?:ink|react|react-reconciler|ink-text-input|@inquirer)\//;

test('a non-interactive create-stage loads no Ink, React or prompt library', async t => {
	const {code, modules} = await loadedModules(['--sandbox', '--name', 'fast', '--output', 'table', '--query', 'stage']);
	t.is(code, 0);
	t.true(modules.some(url => url.includes('/client-ivs-realtime/')), 'the recorder saw the SDK load');
	t.deepEqual(modules.filter(url => uiPackages.test(url) || url.includes('/dist/ui/') || url.includes('/dist/line/')), []);
});

test('--version loads neither the SDK nor the UI', async t => {
	const {code, modules} = await loadedModules(['--version']);
	t.is(code, 0);
	t.deepEqual(modules.filter(url => uiPackages.test(url) || url.includes('/client-ivs-realtime/')), []);
});
