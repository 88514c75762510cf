// Line mode must run where Ink cannot: nothing it loads at run time may import Ink or React. What it
// shares with the Ink wizard (source/wizard, source/tokens, …) is pure of both; this walks the real
// import graph to keep it so.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lineFolder = path.join(root, 'source', 'line');

/** Runtime imports only: `import type` and `export type` vanish at build time. */
function runtimeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found: string[] = [];
	for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
		found.push(match[1]!);
	}

	for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
		found.push(match[1]!);
	}

	return found;
}

function resolveSource(from: string, specifier: string): string {
	const target = path.resolve(path.dirname(from), specifier);
	return target.replace(/\.js$/, '.ts');
}

test('nothing line mode loads imports ink or react, or any .tsx file', t => {
	const seen = new Set<string>();
	const packages = new Set<string>();
	const queue = readdirSync(lineFolder).filter(name => name.endsWith('.ts')).map(name => path.join(lineFolder, name));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) {
			continue;
		}

		seen.add(file);
		t.false(file.endsWith('.tsx'), `${path.relative(root, file)} is a component`);
		for (const specifier of runtimeImports(file)) {
			if (specifier.startsWith('.')) {
				queue.push(resolveSource(file, specifier));
			} else {
				packages.add(specifier);
			}
		}
	}

	t.false(packages.has('ink'), [...packages].join(', '));
	t.false(packages.has('react'));
	t.false([...packages].some(name => name.startsWith('ink-')));
	t.true(packages.has('@inquirer/prompts'));
	t.true(seen.size > 20);
});
