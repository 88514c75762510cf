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

/** @param {Record<string, string>} order later module → the entry loaded before it, as paths from the project's root. */
export function loadedAfter(order) {
	const earlier = new Map(Object.entries(order).map(([later, before]) => [path.resolve(later), path.resolve(before)]));
	return {
		name: 'loaded-after',
		setup(build) {
			const filter = new RegExp(`^(?:${[...earlier.keys()].map(file => escapeForRegExp(file)).join('|')})$`);
			build.onLoad({filter}, ({path: file}) => ({
				contents: `${readFileSync(file, 'utf8')}\nimport ${JSON.stringify(earlier.get(file))};\n`,
				loader: loaders[path.extname(file)],
			}));
		},
	};
}

/**
 * The claims of `order` that the bundle does not bear out, one line each: a target that is no
 * import() target (so the line is stale), or one that some mode can load without the earlier entry.
 */
export function unprovenOrder(order, metafile) {
	const outputs = metafile.outputs;
	const files = Object.keys(outputs);
	const outputOf = source => files.find(file => outputs[file].entryPoint === source);
	const entries = files.filter(file => outputs[file].entryPoint !== undefined);
	const closureOf = new Map(entries.map(entry => [entry, staticClosure(entry, outputs)]));
	/** The entry points whose files include `file`: loading any of them loads it. */
	const reaching = file => entries.filter(entry => closureOf.get(entry).has(file));
	/** The files that hold an import() of `entry`. */
	const importers = entry => files.filter(file => outputs[file].imports.some(imported => imported.kind === 'dynamic-import' && imported.path === entry));
	return Object.entries(order).flatMap(([later, before]) => {
		const laterOutput = outputOf(later);
		const beforeOutput = outputOf(before);
		if (!laterOutput || !beforeOutput) {
			return [`${laterOutput ? before : later} is not an entry point of the bundle (nothing loads it with import())`];
		}

		// The entry points that are only ever loaded once `before` is: the largest set in which each
		// is `before`, or is imported only from files that only entries of the set load. (Whatever
		// loads first, cli.mjs, is imported by nothing, so it is never in the set but as `before`.)
		const after = new Set(entries);
		let changed = true;
		while (changed) {
			changed = false;
			for (const entry of after) {
				const from = importers(entry);
				if (entry !== beforeOutput && (from.length === 0 || from.some(file => reaching(file).some(other => !after.has(other))))) {
					after.delete(entry);
					changed = true;
				}
			}
		}

		return after.has(laterOutput) ? [] : [`${later} can be loaded without ${before}: it is loaded with import() from ${importers(laterOutput).join(', ')}`];
	});
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
