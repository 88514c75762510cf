// Builds dist/ as a few bundled files. Start-up is a feature: Node resolving and compiling some
// 700 small modules one by one cost more than everything else before the first wizard frame, so
// esbuild bundles them. Each mode stays a chunk of its own, loaded only when chosen (`--splitting`),
// so the non-interactive path still never loads Ink or React. Type-checking is tsc's job
// (`npm run typecheck`); this only bundles. dist/meta.json records which source went into which
// chunk, for the test that checks what each mode loads.
import {rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';

rmSync('dist', {recursive: true, force: true});
const result = await build({
	entryPoints: {cli: 'source/cli.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	chunkNames: 'chunks/[name]-[hash]',
	// Prefer each package's ES module build: it tree-shakes, and a dynamic import() of it keeps its
	// named exports (the AWS SDK's CommonJS build would hide them behind `default`).
	mainFields: ['module', 'main'],
	metafile: true,
	logLevel: 'warning',
	// React and Ink pick their production build at run time otherwise; a CLI has no use for the other.
	define: {'process.env.NODE_ENV': '"production"'},
	external: [
		// Loaded lazily through createRequire, each only by the mode or option that needs it.
		'conf',
		'jmespath',
		'yaml',
		// Finds its fallback binaries beside its own files, which a bundle would move.
		'clipboardy',
		// Ink's optional developer tools, never used here.
		'react-devtools-core',
	],
	// CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
});
writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
