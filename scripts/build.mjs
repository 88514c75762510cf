// Builds dist/: the whole program, every package it runs included, as a few minified files, so the
// published package has no dependencies and a first `npx ivs-stage-wizard` downloads one small
// tarball. Start-up is a feature too: Node resolving and compiling hundreds of small modules one by
// one cost more than everything else before the first wizard frame. Each mode stays in chunks of
// its own, loaded only when chosen (`splitting`), so the non-interactive path never loads Ink or
// React; and the few import()s that remain are ordered (loadOrder below), so the code a mode shares
// with what it loads later stays in a few large files: 23 on the non-interactive create path, where
// every import() target cut it into 70.
// Type-checking is tsc's job (`npm run typecheck`); this only bundles.
//
// build/meta.json (not published) records which source went into which file, for the test that
// checks what each mode loads; build/bundled-packages.json lists the packages inside dist/.
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {patchedPackages} from './bundle-patches.mjs';
import {builtinsThroughRequire, requireBanner} from './builtins-through-require.mjs';
import {loadedAfter} from './loaded-after.mjs';

const dist = 'dist';
const chunks = path.join(dist, 'chunks');
const buildInfo = 'build';

// `node scripts/build.mjs --no-minify` keeps names and lines readable, for a --cpu-prof session.
const minify = !process.argv.includes('--no-minify');
const common = {
	bundle: true,
	platform: 'node',
	target: 'node22',
	minify,
	// Error classes name themselves after their class (`this.name = new.target.name`), and so do
	// some libraries': minified names would change what users read.
	keepNames: true,
	legalComments: 'none',
	metafile: true,
	logLevel: 'warning',
	// React and Ink pick their production build at run time otherwise; a CLI has no use for the other.
	define: {'process.env.NODE_ENV': '"production"'},
};

// Packages the code requires synchronously on first use (see source/basics/require-package.ts): each is
// bundled on its own as dist/chunks/<name>.cjs, and require-package.ts is swapped for a module that
// loads those files. The names come from the source, so adding one needs no change here.
const requirePackageSource = path.resolve('source/basics/require-package.ts');
const lazyPackages = [...readFileSync(requirePackageSource, 'utf8').match(/export type LazyPackage = ([^;]+);/)[1].matchAll(/'([^']+)'/g)].map(match => match[1]);
const lazyFile = name => `${name.replace('/', '+')}.cjs`;
const lazyPackagesFromChunks = {
	name: 'lazy-packages-from-chunks',
	setup(build) {
		build.onLoad({filter: /require-package\.ts$/}, args => {
			if (args.path !== requirePackageSource) {
				return undefined;
			}

			const files = Object.fromEntries(lazyPackages.map(name => [name, `./${lazyFile(name)}`]));
			return {
				loader: 'js',
				contents: [
					"import {createRequire} from 'node:module';",
					'const requireHere = createRequire(import.meta.url);',
					`const files = ${JSON.stringify(files)};`,
					'export function requirePackage(name) { return requireHere(files[name]); }',
				].join('\n'),
			};
		});
	},
};

// The modules loaded with import() only after another entry point is loaded, and that entry: each
// shares that entry's files instead of cutting them into smaller ones (scripts/loaded-after.mjs).
// What stays behind an import() is what a mode must not pay for unless it needs it: the three
// command routes (commands/table.ts), the SDK, the wizard and line mode, the emulator, werift.
const router = 'source/commands/main.ts';
const createCommands = 'source/commands/create-commands.ts';
const moreCommands = 'source/commands/more-commands.ts';
const sdk = 'source/ivs/sdk.ts';
const loadOrder = [
	[createCommands, router],
	[moreCommands, router],
	['source/commands/presets/index.ts', router],
	['source/commands/emulator.ts', router],
	['source/emulator/start-emulator.ts', router],
	['source/emulator/whip/whip-peer.ts', router],
	['source/presets/store.ts', router],
	['source/basics/prompt-library.ts', router],
	['source/args/create-stage-parsing.ts', 'source/commands/presets/index.ts'],
	[sdk, createCommands],
	['source/ui/run-wizard.ts', createCommands],
	['source/ui/stages/run-stages-screen.tsx', moreCommands],
	['source/ui/live-table/live-table.tsx', createCommands],
	['source/line/run-line-mode.ts', createCommands],
	['source/line/stages/run-stages-line-mode.ts', moreCommands],
	['source/publish/publish.ts', moreCommands],
	['source/publish/create-and-publish.ts', moreCommands],
	['source/media/publisher.ts', createCommands],
	['source/media/video-source.ts', createCommands],
	['source/media/whip-client.ts', createCommands],
	['source/media/test-pattern-publisher.ts', createCommands],
	// The SDK's own import()s: the credential providers it tries in turn, and the clients they use.
	[/[\\/]node_modules[\\/]@aws-sdk[\\/](?:credential-provider-[a-z-]+[\\/]dist-es[\\/](?:index|loadSso)|nested-clients[\\/]dist-es[\\/]submodules[\\/][a-z-]+[\\/]index)\.js$/, sdk],
	[/[\\/]node_modules[\\/]@smithy[\\/]credential-provider-imds[\\/]dist-es[\\/]index\.js$/, sdk],
];
const order = loadedAfter(loadOrder);

rmSync(dist, {recursive: true, force: true});
rmSync(buildInfo, {recursive: true, force: true});
mkdirSync(buildInfo);

const built = await build({
	...common,
	entryPoints: {cli: 'source/cli.ts'},
	outdir: dist,
	splitting: true,
	format: 'esm',
	chunkNames: 'chunks/[name]-[hash]',
	// .mjs: Node knows each file is an ES module from its name, instead of looking up the folders
	// for a package.json to read its "type" for every one of the files a run loads.
	outExtension: {'.js': '.mjs'},
	// Prefer each package's ES module build: it tree-shakes, and a dynamic import() of it keeps its
	// named exports (the AWS SDK's CommonJS build would hide them behind `default`).
	mainFields: ['module', 'main'],
	// Ink's optional developer tools: Ink loads them only with DEV=true and only if installed.
	external: ['react-devtools-core'],
	plugins: [builtinsThroughRequire, lazyPackagesFromChunks, patchedPackages, order.plugin],
	banner: {js: requireBanner},
});

const unproven = order.unproven(built.metafile);
if (unproven.length > 0) {
	throw new Error(`The load order the build assumes (loadOrder) does not hold:\n${unproven.join('\n')}`);
}

// The bin keeps its name (package.json, scripts and docs run dist/cli.js); it only starts cli.mjs.
writeFileSync(path.join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli.mjs';\n", {mode: 0o755});

const lazy = await Promise.all(lazyPackages.map(async name => build({
	...common,
	stdin: {contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), sourcefile: `lazy-${name}.cjs`},
	outfile: path.join(chunks, lazyFile(name)),
	format: 'cjs',
})));

// Files that bundled libraries look for beside their own code. clipboardy runs its own xsel (Linux)
// or clipboard_*.exe (Windows) when the system has no clipboard tool, from ../fallbacks relative to
// its code, which is now a chunk in dist/chunks.
const besideCode = [{package: 'clipboardy', from: 'fallbacks', to: path.join(dist, 'fallbacks'), codeIn: chunks}];

const outputs = {...built.metafile.outputs, ...Object.assign({}, ...lazy.map(result => result.metafile.outputs))};
const inputs = {...built.metafile.inputs, ...Object.assign({}, ...lazy.map(result => result.metafile.inputs))};
// Every package whose code is in dist/, with its version and licence, for the notices file.
const packages = new Map();
// Only what made it into an output file: esbuild also reads files whose code tree shaking drops.
const emitted = new Set(Object.values(outputs).flatMap(output => Object.entries(output.inputs).filter(([, {bytesInOutput}]) => bytesInOutput > 0).map(([input]) => input)));
for (const input of [...emitted].filter(input => !input.startsWith('builtin:'))) {
	const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
	if (match && !packages.has(match[1])) {
		const directory = input.slice(0, match.index + match[0].length - 1);
		const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'));
		packages.set(match[1], {name: match[1], version: manifest.version, license: manifest.license, directory});
	}
}

for (const {package: name, from, to, codeIn} of besideCode) {
	const holders = Object.entries(outputs).filter(([, output]) => Object.keys(output.inputs).some(input => input.startsWith(`node_modules/${name}/`) || input.includes(`/node_modules/${name}/`)));
	const misplaced = holders.filter(([file]) => path.dirname(file) !== codeIn);
	if (holders.length === 0 || misplaced.length > 0) {
		throw new Error(`${name} must be bundled into ${codeIn} to find its ${from}; found in: ${holders.map(([file]) => file).join(', ') || 'nothing'}`);
	}

	cpSync(path.join(packages.get(name).directory, from), to, {recursive: true});
}

// The test pattern `publish` sends (source/media/test-pattern, made by scripts/make-media-fixtures.ts):
// the media modules look for it beside the chunks, in dist/test-pattern.
cpSync('source/media/test-pattern', path.join(dist, 'test-pattern'), {recursive: true, filter: source => !source.endsWith('.md')});

const swapped = Object.entries(built.metafile.outputs).find(([, output]) => Object.keys(output.inputs).includes('source/basics/require-package.ts'));
if (swapped && path.dirname(swapped[0]) !== chunks) {
	throw new Error(`source/basics/require-package.ts landed in ${swapped[0]}, not in ${chunks} beside the packages it loads`);
}

const bundled = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
const licenceText = directory => {
	const file = readdirSync(directory).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name));
	return file ? readFileSync(path.join(directory, file), 'utf8').trim() : undefined;
};

// Packages with the very same licence text (the AWS SDK's many packages) share one copy of it.
const byText = new Map();
for (const {name, version, license, directory} of bundled) {
	const text = licenceText(directory) ?? `Licensed under ${license}; the package ships no licence file.`;
	byText.set(text, [...(byText.get(text) ?? []), `${name}@${version} (${license})`]);
}

writeFileSync(
	path.join(dist, 'THIRD-PARTY-LICENSES.txt'),
	[
		'ivs-stage-wizard bundles the following packages into dist/. Their licences follow.\n',
		...[...byText].map(([text, names]) => `${'-'.repeat(72)}\n${names.join('\n')}\n\n${text}\n`),
	].join('\n'),
);
writeFileSync(path.join(buildInfo, 'meta.json'), JSON.stringify({inputs, outputs}));
writeFileSync(path.join(buildInfo, 'bundled-packages.json'), `${JSON.stringify(bundled.map(({name, version, license}) => ({name, version, license})), undefined, '\t')}\n`);
