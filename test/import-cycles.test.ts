// No module in source/ may reach itself through its imports (static, type-only or dynamic): a cycle
// makes load order matter and keeps layers from being read, tested or split on their own.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';

const root = path.resolve(import.meta.dirname, '..');

function importGraph(): Map<string, string[]> {
	const files = fs.readdirSync(path.join(root, 'source'), {recursive: true, encoding: 'utf8'})
		.filter(file => /\.tsx?$/.test(file))
		.map(file => path.join('source', file));
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const text = fs.readFileSync(path.join(root, file), 'utf8');
		const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(match => match[1]!);
		graph.set(file, specifiers.flatMap(specifier => {
			const base = path.join(path.dirname(file), specifier).replace(/\.js$/, '');
			return [`${base}.ts`, `${base}.tsx`].filter(candidate => files.includes(candidate));
		}));
	}

	return graph;
}

/** Tarjan's strongly connected components of more than one module, each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (stack.includes(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}

		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				component.push(member);
			} while (member !== node);
			if (component.length > 1) {
				found.push(component.sort());
			}
		}
	};

	for (const node of graph.keys()) {
		if (!index.has(node)) {
			visit(node);
		}
	}

	return found;
}

test('source/ has no import cycle', t => {
	const graph = importGraph();
	t.true(graph.size > 100, 'the scan found the source files');
	t.true(graph.get('source/presets/store.ts')!.includes('source/presets/config-file.ts'), 'the scan follows imports');
	t.deepEqual(cycles(graph), []);
});
