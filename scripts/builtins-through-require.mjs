// An esbuild plugin for bundles that run on Node (scripts/build.mjs uses it; test/build/
// builtins-through-require.test.ts checks what each kind of import gets).
//
import {readFileSync} from 'node:fs';
import {builtinModules, createRequire} from 'node:module';
import path from 'node:path';

const requireHere = createRequire(import.meta.url);

/**
 * The first line of every output file: CommonJS packages inside an ES module bundle, and the
 * wrappers below, call require(). Most files never do, so the real one is made on the first call.
 */
export const requireBanner = "import {createRequire as __createRequire} from 'node:module'; let __requireHere; const require = id => (__requireHere ??= __createRequire(import.meta.url))(id);";

// Node's built-in modules are taken with require() rather than `import`. An ES import of a built-in
// makes Node build the module's ES facade, which reads every export, and reading node:http's
// WebSocket export loads Node's whole fetch implementation (undici): some 40 ms of every start;
// node:process's facade loads a dozen modules more. require() returns the module object.
//
// Each importing file gets its own little wrapper (the importer's path is part of the wrapper's),
// so the wrappers ride in the importers' chunks instead of becoming a dozen tiny chunks of their
// own: every extra file is one more module for Node to resolve, read and link at start.
// - import {a} / import x: an ES module exporting each of the built-in's properties, of which
//   esbuild keeps the ones the file imports, read when the file loads, as Node's own would.
// - import(): a namespace, all of it built on import: the default, the plain values, and only those
//   getters whose names the importing file mentions (node-http-handler's import('node:http') must
//   not run node:http's WebSocket getter).
// - require() and import * as: the module object itself, whose properties are read only when used.
const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
const identifier = /^[A-Za-z_$][\w$]*$/;
const exportsOf = new Map();
/** The built-in's export names, split into plain values and getters (node:fs's promises, node:http's WebSocket). */
const namesOf = specifier => {
	if (!exportsOf.has(specifier)) {
		const builtin = requireHere(specifier);
		const names = Object.keys(builtin).filter(name => identifier.test(name) && name !== 'default');
		const isGetter = name => !('value' in Object.getOwnPropertyDescriptor(builtin, name));
		exportsOf.set(specifier, {values: names.filter(name => !isGetter(name)), getters: names.filter(name => isGetter(name))});
	}

	return exportsOf.get(specifier);
};

const sources = new Map();
const sourceOf = file => {
	if (!sources.has(file)) {
		sources.set(file, readFileSync(file, 'utf8'));
	}

	return sources.get(file);
};

const takesWholeNamespace = (importer, request) => {
	const quoted = request.replaceAll(/[/\\]/g, String.raw`\$&`);
	return new RegExp(String.raw`(?:import|export)\s*\*\s*(?:as\s+[\w$]+\s*)?from\s*(["'])${quoted}\1`).test(sourceOf(importer));
};

export const builtinsThroughRequire = {
	name: 'builtins-through-require',
	setup(build) {
		build.onResolve({filter: /^[a-z0-9_:/]+$/}, args => {
			if (!builtins.has(args.path)) {
				return undefined;
			}

			const specifier = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
			if (args.namespace === 'builtin') {
				return {path: specifier, external: true};
			}

			let format = 'object';
			let getters = [];
			if (args.kind === 'import-statement' && !takesWholeNamespace(args.importer, args.path)) {
				format = 'names';
				getters = namesOf(specifier).getters;
			} else if (args.kind === 'dynamic-import') {
				format = 'namespace';
				getters = namesOf(specifier).getters.filter(name => new RegExp(String.raw`\b${name}\b`).test(sourceOf(args.importer)));
			}

			// The importer's name is in parentheses: a path ending in .mjs would make esbuild read the
			// wrapper as an ES module whatever it holds.
			return {path: `${specifier} ${format} (for ${path.relative('.', args.importer)})`, namespace: 'builtin', sideEffects: false, pluginData: {specifier, format, getters}};
		});
		build.onLoad({filter: /.*/, namespace: 'builtin'}, ({pluginData: {specifier, format, getters}}) => {
			const load = `require(${JSON.stringify(specifier)})`;
			if (format === 'object') {
				return {contents: `module.exports = ${load};`, loader: 'js'};
			}

			return {
				loader: 'js',
				contents: [
					`const $builtin = ${load};`,
					'const $read = name => $builtin[name];',
					'export default $builtin;',
					...[...namesOf(specifier).values, ...getters].map(name => `export const ${name} = /* @__PURE__ */ $read(${JSON.stringify(name)});`),
				].join('\n'),
			};
		});
	},
};
