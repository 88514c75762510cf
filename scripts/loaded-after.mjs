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

// Checked on the module graph (the metafile's inputs), without the imports the plugin added: the
// roots are the entry and every import() target; a root loads a module if its static imports reach it.
function unprovenOrder(rules, injected, metafile) {
	const modules = metafile.inputs;
	const nameOf = file => inputName(path.resolve(file));
	const added = (module, imported) => injected.get(module) !== undefined && nameOf(injected.get(module)) === imported;
	const roots = [...new Set([
		...Object.values(metafile.outputs).flatMap(({entryPoint}) => (entryPoint === undefined ? [] : [entryPoint])),
		...Object.values(modules).flatMap(({imports}) => imports.filter(({kind}) => kind === 'dynamic-import').map(({path: target}) => target)),
	])].filter(root => modules[root]);
	const closureOf = new Map(roots.map(root => {
		const seen = new Set();
		const visit = module => {
			if (seen.has(module) || !modules[module]) {
				return;
			}

			seen.add(module);
			for (const {path: imported, kind} of modules[module].imports) {
				if (kind !== 'dynamic-import' && !added(module, imported)) {
					visit(imported);
				}
			}
		};

		visit(root);
		return [root, seen];
	}));
	/** The roots that load `module`. */
	const reaching = module => roots.filter(root => closureOf.get(root).has(module));
	/** The modules that hold an import() of `root`. */
	const importers = root => Object.keys(modules).filter(module => modules[module].imports.some(({path: target, kind}) => kind === 'dynamic-import' && target === root));
	/**
	 * The roots loaded only once `before` is: the largest set in which each loads `before` itself,
	 * or is imported only from modules that only roots of the set load. (The entry, cli.ts, is
	 * imported by nothing: it is in the set only if it loads `before`.)
	 */
	const loadedOnlyAfter = before => {
		const after = new Set(roots);
		let changed = true;
		while (changed) {
			changed = false;
			for (const root of after) {
				const from = importers(root);
				if (!closureOf.get(root).has(before) && (from.length === 0 || from.some(module => reaching(module).some(other => !after.has(other))))) {
					after.delete(root);
					changed = true;
				}
			}
		}

		return after;
	};

	const afterEach = new Map();
	return [
		...rules.filter(({hits}) => hits === 0).map(({later}) => `${later} is in no file of the bundle`),
		...[...new Set(rules.map(({before}) => before))].filter(before => !roots.includes(nameOf(before))).map(before => `${before} is not an entry point of the bundle (nothing loads it with import())`),
		...[...injected].flatMap(([module, before]) => {
			const beforeName = nameOf(before);
			if (!roots.includes(beforeName)) {
				return [];
			}

			if (!afterEach.has(beforeName)) {
				afterEach.set(beforeName, loadedOnlyAfter(beforeName));
			}

			const after = afterEach.get(beforeName);
			return reaching(module).filter(root => !after.has(root)).map(root => `${module} can be loaded without ${before}: ${root} loads it, and is not only loaded after it`);
		}),
	];
}
