// dist/ takes Node's built-ins through require() (scripts/builtins-through-require.mjs). Each kind
// of import must still get what Node would give it: a fixture bundled with the plugin, as the build
// bundles the program, and run in its own process.
import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import {build} from 'esbuild';
import {builtinsThroughRequire, requireBanner} from '../../scripts/builtins-through-require.mjs';

const run = promisify(execFile);

const fixture = `
import {readFileSync, promises} from 'node:fs';
import fsDefault from 'node:fs';
import * as fsNamespace from 'node:fs';
import {request} from 'node:http';
import {createRequire} from 'node:module';
const nodeRequire = createRequire(import.meta.url);
const realFs = nodeRequire('node:fs');
const childProcess = await import('node:child_process');
const {AsyncLocalStorage} = await import('node:async_hooks');
const commonJs = (await import('./common.cjs')).default;
console.log(JSON.stringify({
	namedValue: readFileSync === realFs.readFileSync,
	namedGetter: promises === realFs.promises,
	defaultIsModule: fsDefault === realFs,
	namespaceGetter: fsNamespace.promises === realFs.promises,
	namespaceValue: fsNamespace.existsSync === realFs.existsSync,
	dynamicValue: childProcess.spawn === nodeRequire('node:child_process').spawn,
	dynamicDefault: childProcess.default === nodeRequire('node:child_process'),
	dynamicNamedGetter: AsyncLocalStorage === nodeRequire('node:async_hooks').AsyncLocalStorage,
	required: commonJs === nodeRequire('node:os').platform(),
	httpRequest: typeof request,
	undiciLoaded: process.moduleLoadList.some(name => name.includes('undici')),
}));
`;

test('named, default, namespace, dynamic and required built-ins are what Node gives, and no getter runs unasked', async t => {
	const folder = mkdtempSync(path.join(tmpdir(), 'builtins-plugin-'));
	writeFileSync(path.join(folder, 'entry.mjs'), fixture);
	writeFileSync(path.join(folder, 'common.cjs'), "module.exports = require('node:os').platform();\n");
	await build({
		entryPoints: [path.join(folder, 'entry.mjs')],
		outdir: path.join(folder, 'out'),
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		outExtension: {'.js': '.mjs'},
		plugins: [builtinsThroughRequire],
		banner: {js: requireBanner},
		logLevel: 'silent',
	});
	const {stdout} = await run(process.execPath, [path.join(folder, 'out', 'entry.mjs')], {encoding: 'utf8'});
	t.deepEqual(JSON.parse(stdout), {
		namedValue: true,
		namedGetter: true,
		defaultIsModule: true,
		namespaceGetter: true,
		namespaceValue: true,
		dynamicValue: true,
		dynamicDefault: true,
		dynamicNamedGetter: true,
		required: true,
		httpRequest: 'function',
		undiciLoaded: false,
	});
});
