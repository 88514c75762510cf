// parse-argv runs on every start, and the non-interactive process has ~0.4 s in all: what it
// loads must stay small. This walks its import graph (value imports only: `import type` is
// erased) and refuses the heavy packages.
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import test from 'ava';

const sourceRoot = resolve(import.meta.dirname, '../../source');

/** Every package (bare specifier) that loading `entry` loads, through relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
	const packages = new Set<string>();
	const seen = new Set<string>();
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) {
			continue;
		}

		seen.add(file);
		const text = readFileSync(file, 'utf8');
		// `import x from`, `import {a, type b} from`, `import 'x'`, `export … from`; not `import type`.
		for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
			const specifier = match[1]!;
			if (specifier.startsWith('.')) {
				const target = join(dirname(file), specifier).replace(/\.js$/, '.ts');
				queue.push(target);
			} else {
				packages.add(specifier);
			}
		}
	}

	return packages;
}

// Not even commander: typing each option's words is a loop over the table, where a commander
// Command built from the whole table cost every start some 50 Option objects and a second parse.
test('parsing the command line loads no package at all: no SDK, UI, YAML library or commander', t => {
	const packages = [...packagesLoadedBy(join(sourceRoot, 'args/parse-argv.ts'))].filter(name => !name.startsWith('node:'));
	t.deepEqual(packages.sort(), []);
});

test('the command renderer and the skeletons load no package at all', t => {
	for (const file of ['args/render-command.ts', 'args/skeleton.ts']) {
		const packages = [...packagesLoadedBy(join(sourceRoot, file))].filter(name => !name.startsWith('node:'));
		t.deepEqual(packages, [], file);
	}
});

test('the YAML library is loaded only when --cli-input-yaml needs it', t => {
	const text = readFileSync(join(sourceRoot, 'args/cli-input.ts'), 'utf8');
	t.regex(text, /^import type \* as Yaml from 'yaml';$/m);
	t.regex(text, /requirePackage\('yaml'\)/);
});
