// An esbuild plugin that tells the bundler what is already loaded when a module is loaded with
// import(), so the code it shares with what came before stays in the earlier files (scripts/
// build.mjs uses it; test/build/loaded-after.test.ts checks it).
//
// esbuild's splitting puts each module in a chunk per distinct set of entry points that reach it,
// counting every import() target as an entry point. It does not know that a target is only ever
// loaded after its importer, so a module that the create-stage commands and the wizard both use
// lands in a chunk of its own ({commands, wizard}), apart from the commands' other modules
// ({commands}): dozens of import() targets cut the shared code into a hundred-odd small files,
// and Node pays for each file it loads (resolve, read, compile, link) some 1 ms.
//
// `order` says, for such a target, which entry point is always loaded before it. The target gets a
// static import of that entry (`import "…/stage-commands.ts"`), so every module the entry reaches
// is reached by the target too, and the two sets become one. At run time the import does nothing:
// the module is already loaded and evaluated. checkLoadedAfter proves each claim on the finished
// bundle (every import() of the target comes from code the earlier entry loads), so a claim that
// stops being true fails the build instead of making a mode load more than it needs.
import {readFileSync} from 'node:fs';
import path from 'node:path';

const loaders = {'.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js'};
const escapeForRegExp = text => text.replaceAll(/[\\^$.*+?()[\]{}|/]/g, String.raw`\$&`);
/** A path as the metafile names its inputs: from the working folder, with forward slashes. */
const inputName = file => path.relative(process.cwd(), file).split(path.sep).join('/');

/**
 * `order`: pairs of a later module (a path from the project's root, or a pattern for a package's
 * files) and the entry point loaded before it. Returns the plugin, and `unproven(metafile)`: the
 * claims the finished bundle does not bear out, one line each.
 */
export function loadedAfter(order) {
	const rules = order.map(([later, before]) => ({later, before, hits: 0, matches: typeof later === 'string' ? file => file === path.resolve(later) : file => later.test(file)}));
	/** Each module the plugin gave an import, by its metafile name, and the entry it imports. */
	const injected = new Map();
	const plugin = {
		name: 'loaded-after',
		setup(build) {
			const filter = new RegExp(rules.map(({later}) => (typeof later === 'string' ? `^${escapeForRegExp(path.resolve(later))}$` : later.source)).join('|'));
			build.onLoad({filter}, ({path: file}) => {
				const rule = rules.find(({matches}) => matches(file));
				if (!rule) {
					return undefined;
				}

				rule.hits += 1;
				injected.set(inputName(file), rule.before);
				return {contents: `${readFileSync(file, 'utf8')}\nimport ${JSON.stringify(path.resolve(rule.before))};\n`, loader: loaders[path.extname(file)]};
			});
		},
	};
	return {plugin, unproven: metafile => unprovenOrder(rules, injected, metafile)};
}

function unprovenOrder(rules, injected, metafile) {
	const outputs = metafile.outputs;
	const files = Object.keys(outputs);
	const entries = files.filter(file => outputs[file].entryPoint !== undefined);
	const closureOf = new Map(entries.map(entry => [entry, staticClosure(entry, outputs)]));
	/** The entry points whose files include `file`: loading any of them loads it. */
	const reaching = file => entries.filter(entry => closureOf.get(entry).has(file));
	/** The files that hold an import() of `entry`. */
	const importers = entry => files.filter(file => outputs[file].imports.some(imported => imported.kind === 'dynamic-import' && imported.path === entry));
	/**
	 * The entry points that load `before`'s files whenever they are loaded: the largest set in which
	 * each loads them itself, or is imported only from files that only entries of the set load.
	 * (Whatever loads first, cli.mjs, is imported by nothing: it is in the set only if it loads them.)
	 */
	const loadedOnlyAfter = before => {
		// The files that hold code of its modules: an entry whose code esbuild moved into a shared
		// chunk is left as a file of re-exports, which an entry loading the same modules never loads.
		const needed = [...closureOf.get(before)].filter(file => Object.values(outputs[file].inputs).some(({bytesInOutput}) => bytesInOutput > 0));
		const loadsThem = entry => needed.every(file => closureOf.get(entry).has(file));
		const after = new Set(entries);
		let changed = true;
		while (changed) {
			changed = false;
			for (const entry of after) {
				const from = importers(entry);
				if (!loadsThem(entry) && (from.length === 0 || from.some(file => reaching(file).some(other => !after.has(other))))) {
					after.delete(entry);
					changed = true;
				}
			}
		}

		return after;
	};

	const afterEach = new Map();
	return [
		...rules.filter(({hits}) => hits === 0).map(({later}) => `${later} is in no file of the bundle`),
		...[...new Set(rules.map(({before}) => before))].filter(before => !entries.some(entry => outputs[entry].entryPoint === before)).map(before => `${before} is not an entry point of the bundle (nothing loads it with import())`),
		...[...injected].flatMap(([module, before]) => {
			const beforeOutput = entries.find(entry => outputs[entry].entryPoint === before);
			if (!beforeOutput) {
				return [];
			}

			if (!afterEach.has(before)) {
				afterEach.set(before, loadedOnlyAfter(beforeOutput));
			}

			const after = afterEach.get(before);
			return files
				.filter(file => Object.hasOwn(outputs[file].inputs, module))
				.flatMap(holder => reaching(holder).filter(entry => !after.has(entry)))
				.map(entry => `${module} can be loaded without ${before}: ${outputs[entry].entryPoint} loads it, and is not only loaded after it`);
		}),
	];
}

function staticClosure(file, outputs) {
	const seen = new Set();
	const visit = current => {
		if (seen.has(current)) {
			return;
		}

		seen.add(current);
		for (const imported of outputs[current]?.imports ?? []) {
			if (imported.kind === 'import-statement') {
				visit(imported.path);
			}
		}
	};

	visit(file);
	return seen;
}
