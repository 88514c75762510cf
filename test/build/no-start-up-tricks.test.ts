// Start-up speed is bought at the build, never with tricks a Node release or a dependency bump can
// break: no V8 flags set at run time (Node's docs: "may result in unpredictable behavior, including
// crashes and data loss"), no global patched or hidden while a package loads. A patch of a bundled
// package stays only where it earns its keep, measured, and its fix is written up for the package's
// maintainers (upstream/).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {bundlePatches} from '../../scripts/bundle-patches.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

function filesUnder(folder: string, extensions: RegExp): string[] {
	return readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile() && extensions.test(entry.name))
		.map(entry => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const tricks: Array<[string, RegExp]> = [
	['a V8 flag set at run time', /\bsetFlagsFromString\b/],
	['a global redefined', /(?:Object|Reflect)\.defineProperty\(\s*globalThis\b/],
	['a global assigned', /\bglobalThis(?:\.[\w$]+|\[[^\]]+\])\s*(?:=(?!=)|\?\?=|\|\|=)/],
	['a global deleted', /\bdelete\s+globalThis\b/],
];

function tricksIn(files: string[], which = tricks): string[] {
	return files.flatMap(file => {
		const text = readFileSync(path.join(root, file), 'utf8');
		return which.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}`);
	});
}

test('the program, its scripts and the built bundle set no V8 flags and patch no globals', t => {
	const sources = [...filesUnder('source', /\.tsx?$/), ...filesUnder('scripts', /\.[cm]?[jt]s$/)];
	t.true(sources.includes('source/cli.ts'), 'the scan reads the sources');
	t.deepEqual(tricksIn(sources), []);
	// dist/ holds every bundled package too: none may set V8 flags or redefine a global either. (The
	// AWS SDK keeps a namespace of its own, globalThis.awslambda, for Lambda's runtime: that replaces
	// nothing that Node or another package reads, so plain assignments are not looked for there.)
	const bundle = filesUnder('dist', /\.[cm]?js$/);
	t.true(bundle.length > 1, 'the scan reads the bundle (npm run build first)');
	t.deepEqual(tricksIn(bundle, tricks.slice(0, 2)), []);
});

test('the scan finds each trick it looks for (so the test above can fail)', t => {
	const samples = [
		"v8.setFlagsFromString('--efficiency-mode')",
		"Object.defineProperty(globalThis, 'fetch', {value: undefined})",
		'globalThis.fetch = undefined',
		"globalThis['fetch'] ??= shim",
		'delete globalThis.fetch',
	];
	for (const sample of samples) {
		t.true(tricks.some(([, pattern]) => pattern.test(sample)), sample);
	}

	t.false(tricks.some(([, pattern]) => pattern.test('if (globalThis.fetch === undefined) {}')));
});

test('every bundle patch names its measured gain (at least 5 ms) and a note for its maintainers that exists', t => {
	t.true(bundlePatches.length > 0);
	for (const patch of bundlePatches) {
		t.regex(patch.gain, /\d+(?:\.\d+)? ms\b/, `${patch.name}: the gain as measured, in ms`);
		const measured = Number(/(\d+(?:\.\d+)?) ms\b/.exec(patch.gain)?.[1]);
		t.true(measured >= 5, `${patch.name} earns ${measured} ms, less than the 5 ms a patch must earn`);
		t.regex(patch.upstream, /^upstream\/[\w.-]+\.md$/, `${patch.name}: its note under upstream/`);
		const note = path.join(root, patch.upstream);
		t.true(existsSync(note), `${patch.upstream} exists`);
		const text = existsSync(note) ? readFileSync(note, 'utf8') : '';
		t.true(text.includes(patch.name) && text.includes(patch.version), `${patch.upstream} names ${patch.name}@${patch.version}`);
	}
});
