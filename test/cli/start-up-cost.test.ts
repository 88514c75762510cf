// Speed is a feature: the non-interactive path must never load Ink or React, and the emulator
// and presets commands load only themselves.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {startTestEmulator} from '../emulator/helpers.js';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

const recorder = fileURLToPath(new URL('../fixtures/cli/record-loaded-modules.mjs', import.meta.url));

type Metafile = {outputs: Record<string, {inputs: Record<string, unknown>}>};

// dist/ is a bundle: a loaded chunk stands for the sources esbuild put in it, which the build
// records in build/meta.json (beside dist/, not published).
const metafile = JSON.parse(readFileSync(fileURLToPath(new URL('../../build/meta.json', import.meta.url)), 'utf8')) as Metafile;

function sourcesOf(urls: string[]): string[] {
	const sources = new Set<string>();
	for (const url of urls) {
		const output = /\/(dist\/.+\.m?js)$/.exec(url)?.[1];
		const inputs = output ? metafile.outputs[output]?.inputs : undefined;
		for (const input of Object.keys(inputs ?? {})) {
			sources.add(input);
		}

		if (url.includes('/node_modules/')) {
			sources.add(url.slice(url.lastIndexOf('node_modules/')));
		}
	}

	return [...sources];
}

async function loadedModules(args: string[], env: Record<string, string> = {}): Promise<{code: number | null; modules: string[]; builtins: string[]}> {
	const record = path.join(mkdtempSync(path.join(tmpdir(), 'loaded-modules-')), 'modules.txt');
	const child = spawn(process.execPath, ['--import', recorder, cliPath, ...args], {
		env: cleanEnv({RECORD_LOADED_MODULES: record, IVS_STAGE_WIZARD_CONFIG_DIR: path.dirname(record), ...env}),
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	const urls = readFileSync(record, 'utf8').split('\n');
	return {code, modules: sourcesOf(urls), builtins: urls.filter(url => url.startsWith('node:'))};
}

const uiPackages = /node_modules\/(?:ink|react|react-reconciler|yoga-layout|@inquirer)\//;

test('a non-interactive create-stage loads no Ink, React or prompt library', async t => {
	const {code, modules} = await loadedModules(['--sandbox', '--name', 'fast', '--output', 'table', '--query', 'stage']);
	t.is(code, 0);
	t.true(modules.some(source => source.includes('/client-ivs-realtime/')), 'the recorder saw the SDK load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.startsWith('source/ui/') || source.startsWith('source/line/')), []);
});

test('stages --output json loads no Ink, React or prompt library', async t => {
	const {code, modules} = await loadedModules(['stages', '--sandbox', '--output', 'json']);
	t.is(code, 0);
	t.true(modules.some(source => source.includes('/client-ivs-realtime/')), 'the recorder saw the SDK load');
	t.true(modules.includes('source/core/list-all-stages.ts'), 'the recorder saw the listing load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.startsWith('source/ui/') || source.startsWith('source/line/')), []);
});

test('--version loads neither the SDK nor the UI', async t => {
	const {code, modules} = await loadedModules(['--version']);
	t.is(code, 0);
	t.true(modules.includes('source/cli/version.ts'), 'the recorder saw the version module load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.includes('/client-ivs-realtime/')), []);
});

// node:crypto costs ~12 ms to load; the temporary file names that need it (new-file.ts) and the
// SDK's config reader that brings it (its SSO token file names) are loaded when used.
test('--version loads no node:crypto: what needs it loads when used', async t => {
	const {code, builtins} = await loadedModules(['--version']);
	t.is(code, 0);
	t.true(builtins.includes('node:fs'), 'the recorder saw the built-ins load');
	t.false(builtins.includes('node:crypto'));
});

test('`template` loads neither the SDK nor the UI: it sends nothing', async t => {
	const {code, modules} = await loadedModules(['template', '--name', 'fast', '--tags', 'team=video']);
	t.is(code, 0);
	t.true(modules.some(source => source.startsWith('source/template/')), 'the recorder saw the template modules load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.startsWith('source/ui/') || source.includes('/client-ivs-realtime/')), []);
});

test('`run` loads no Ink, React or prompt library, and not the wizard\'s screens', async t => {
	const {code, modules} = await loadedModules(['run', '--sandbox', '--name', 'fast', '--', process.execPath, '-e', '']);
	t.is(code, 0);
	t.true(modules.includes('source/run/run-around-stages.ts'), 'the recorder saw the run modules load');
	t.true(modules.some(source => source.includes('/client-ivs-realtime/')), 'and the SDK');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || /^source\/(?:ui|line)\//.test(source)), []);
	t.deepEqual(modules.filter(source => source.includes('node_modules/werift/') || /^source\/media\/(?:publisher|test-pattern-publisher|webrtc-peer)\.ts$/.test(source)), [], 'the publisher only with --publish');
});

test('the bundle does hold Ink and React, in chunks of their own (so the checks above can fail)', t => {
	const inputs = Object.values(metafile.outputs).flatMap(output => Object.keys(output.inputs));
	t.true(inputs.some(input => input.startsWith('node_modules/ink/')));
	t.true(inputs.some(input => input.startsWith('node_modules/react/')));
});

test('presets list loads neither the SDK, the UI, create-stage\'s parser nor the emulator', async t => {
	const {code, modules} = await loadedModules(['presets', 'list']);
	t.is(code, 0);
	t.true(modules.includes('source/commands/presets/list.ts'), 'the recorder saw the command load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.includes('/client-ivs-realtime/') || /^source\/(?:args|emulator|ui|line|commands\/create-stage)\//.test(source)), []);
});

test('emulator loads neither the SDK client, the UI, presets nor create-stage\'s parser', async t => {
	const {code, modules} = await loadedModules(['emulator', '--help']);
	t.is(code, 0);
	t.true(modules.includes('source/emulator/main.ts'), 'the recorder saw the emulator load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.includes('/client-ivs-realtime/') || /^source\/(?:args|presets|ui|line|commands\/(?:create-stage|presets))\//.test(source)), []);
});

test('events loads no Ink, React or prompt library, and none of the live table\'s components', async t => {
	const emulator = await startTestEmulator(t);
	const {code, modules} = await loadedModules(['events', 'arn:aws:ivs:us-west-2:123456789012:stage/none', '--endpoint-url', emulator.url, '--output', 'json'], {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: emulator.region});
	// The stage is not there: the command still ran as far as asking the service.
	t.is(code, 254);
	t.true(modules.includes('source/commands/events.ts'), 'the recorder saw the command load');
	t.true(modules.some(source => source.includes('/client-ivs-realtime/')), 'and the SDK');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.endsWith('.tsx') || /^source\/line\//.test(source)), []);
});

test('werift is a chunk of its own: create-stage with --sandbox (the emulator in the process) never loads it', async t => {
	const {code, modules} = await loadedModules(['--sandbox', '--name', 'fast', '--output', 'json']);
	t.is(code, 0);
	t.true(modules.includes('source/emulator/whip/whip-routes.ts'), 'the recorder saw the emulator\'s WHIP routes load');
	t.deepEqual(modules.filter(source => source.includes('node_modules/werift/') || source === 'source/emulator/whip/whip-peer.ts' || source === 'source/media/webrtc-peer.ts'), []);
});

test('publish --help loads neither werift, the UI nor the SDK client', async t => {
	const {code, modules} = await loadedModules(['publish', '--help']);
	t.is(code, 0);
	t.true(modules.includes('source/commands/publish.ts'), 'the recorder saw the command load');
	t.deepEqual(modules.filter(source => uiPackages.test(source) || source.includes('node_modules/werift/') || source.includes('/client-ivs-realtime/')), []);
});

test('the bundle does hold werift, outside the chunks every run loads (so the checks above can fail)', t => {
	const holders = Object.entries(metafile.outputs).filter(([, output]) => Object.keys(output.inputs).some(input => input.includes('node_modules/werift/')));
	t.true(holders.length > 0);
	t.false(holders.some(([file]) => file === 'dist/cli.mjs'));
});
