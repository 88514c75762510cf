// dist/ is cut into few files because the build tells esbuild which entry point is always loaded
// before an import() target (scripts/loaded-after.mjs). A fixture bundled as the build bundles the
// program: a route that imports a later module, both using one shared module.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {build, type Metafile} from 'esbuild';
import {loadedAfter, type LoadOrder} from '../../scripts/loaded-after.mjs';

function fixture(files: Record<string, string>): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'loaded-after-'));
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(path.join(folder, name), text);
	}

	return folder;
}

const routeAndLater = {
	'entry.js': 'export const load = () => import(\'./route.js\');\n',
	'route.js': 'import {shared} from \'./shared.js\';\nimport {own} from \'./own.js\';\nexport const run = async () => (await import(\'./later.js\')).later(shared + own);\n',
	'later.js': 'import {shared} from \'./shared.js\';\nexport const later = text => text + shared;\n',
	'shared.js': 'export const shared = \'shared\';\n',
	'own.js': 'export const own = \'own\';\n',
};

async function bundle(folder: string, order?: LoadOrder): Promise<{metafile: Metafile; unproven: string[]}> {
	const loadOrder = order && loadedAfter(order);
	const {metafile} = await build({
		entryPoints: [path.join(folder, 'entry.js')],
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		outdir: path.join(folder, 'out'),
		write: false,
		metafile: true,
		logLevel: 'silent',
		plugins: loadOrder ? [loadOrder.plugin] : [],
	});
	return {metafile, unproven: loadOrder ? loadOrder.unproven(metafile) : []};
}

/** The output file that holds the code of the fixture's `name`. */
function fileHolding(metafile: Metafile, name: string): string | undefined {
	return Object.entries(metafile.outputs).find(([, output]) => Object.entries(output.inputs).some(([input, {bytesInOutput}]) => input.endsWith(`/${name}`) && bytesInOutput > 0))?.[0];
}

test('without the load order, esbuild cuts the code a route shares with its import() target into a file of its own', async t => {
	const {metafile} = await bundle(fixture(routeAndLater));
	t.not(fileHolding(metafile, 'shared.js'), fileHolding(metafile, 'own.js'));
});

test('told that the import() target is loaded after the route, esbuild keeps the shared code with the route\'s own', async t => {
	const folder = fixture(routeAndLater);
	const {metafile, unproven} = await bundle(folder, [[path.join(folder, 'later.js'), path.join(folder, 'route.js')]]);
	t.deepEqual(unproven, []);
	t.truthy(fileHolding(metafile, 'own.js'));
	t.is(fileHolding(metafile, 'shared.js'), fileHolding(metafile, 'own.js'));
});

test('a claim the bundle does not bear out is named: the target is also loaded without the route', async t => {
	const folder = fixture({...routeAndLater, 'entry.js': `${routeAndLater['entry.js']}export const direct = () => import('./later.js');\n`});
	const {unproven} = await bundle(folder, [[path.join(folder, 'later.js'), path.join(folder, 'route.js')]]);
	t.is(unproven.length, 1);
	t.regex(unproven[0]!, /later\.js can be loaded without .*route\.js/);
});

test('a rule that matches no module, and an earlier module that is no entry point, are named', async t => {
	const folder = fixture(routeAndLater);
	const {unproven} = await bundle(folder, [[/[\\/]gone[\\/]index\.js$/, path.join(folder, 'route.js')], [path.join(folder, 'later.js'), path.join(folder, 'own.js')]]);
	t.true(unproven.some(line => /gone.*is in no file of the bundle/.test(line)), unproven.join('\n'));
	t.true(unproven.some(line => /own\.js is not an entry point/.test(line)), unproven.join('\n'));
});
