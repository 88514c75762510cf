// The folders of source/ in ranks (source/README.md's table): a module may import only from a
// folder of a lower rank, so each layer can be read, tested and changed without the ones above it,
// and no two folders reach each other. Imports of every kind count: static, type-only and dynamic.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';

const root = path.resolve(import.meta.dirname, '..');
const sourceRoot = path.join(root, 'source');

/** The table in source/README.md: `| rank | folder | holds |`, one row per folder. */
function rankTable(): Map<string, number> {
	const text = fs.readFileSync(path.join(sourceRoot, 'README.md'), 'utf8');
	const ranks = new Map<string, number>();
	for (const [, rank, folder] of text.matchAll(/^\|\s*(\d+)\s*\|\s*`([^`]+)`\s*\|/gm)) {
		ranks.set(folder!.replace(/\/$/, ''), Number(rank));
	}

	return ranks;
}

/** Every import between two top-level parts of source/: a folder, or `cli.ts`, the entry. */
function folderImports(): Array<{from: string; to: string; file: string; specifier: string}> {
	const files = fs.readdirSync(sourceRoot, {recursive: true, encoding: 'utf8'}).filter(file => /\.tsx?$/.test(file));
	const part = (file: string) => file.split(path.sep)[0]!;
	const found: Array<{from: string; to: string; file: string; specifier: string}> = [];
	for (const file of files) {
		const text = fs.readFileSync(path.join(sourceRoot, file), 'utf8');
		for (const [, specifier] of text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
			const target = path.relative(sourceRoot, path.join(sourceRoot, path.dirname(file), specifier!));
			if (target.startsWith('..')) {
				continue; // outside source/: package.json
			}

			if (part(target) !== part(file)) {
				found.push({from: part(file), to: part(target), file: path.join('source', file), specifier: specifier!});
			}
		}
	}

	return found;
}

const entry = 'cli.ts';

test('every top-level folder of source/ has a rank, and only the entry lives at the top', t => {
	const ranks = rankTable();
	const parts = fs.readdirSync(sourceRoot).filter(name => name !== 'README.md');
	const unranked = parts.filter(name => name !== entry && !ranks.has(name));
	t.deepEqual(unranked, [], 'give each folder a row in source/README.md (or move a lone file into one)');
	t.deepEqual([...ranks.keys()].filter(folder => !parts.includes(folder)), [], 'a row for a folder that is gone');
});

test('no import from a lower rank to a higher or equal one, so no two folders reach each other', t => {
	const ranks = rankTable();
	const top = Math.max(...ranks.values()) + 1;
	const rankOf = (part: string) => (part === entry ? top : ranks.get(part) ?? Number.NaN);
	const wrong = folderImports()
		.filter(({from, to}) => !(rankOf(to) < rankOf(from)))
		.map(({from, to, file, specifier}) => `${from} (${rankOf(from)}) → ${to} (${rankOf(to)}): ${file} imports ${specifier}`);
	t.deepEqual([...new Set(wrong)], []);
});

test('the rank check can fail: an import upward is seen', t => {
	const imports = folderImports();
	// The entry imports commands, the highest folder, which sits above the rest.
	t.true(imports.some(({from, to}) => from === entry && to === 'commands'));
	t.true(imports.some(({from, to}) => from === 'commands' && to === 'ui'));
});

test('core, the stage\'s work every front end calls, loads no front end: no Ink, React, inquirer or commander', t => {
	const frontEnd = /^(?:ink|ink-.+|react|react\/.+|@inquirer\/.+|commander)$/;
	const files = fs.readdirSync(path.join(sourceRoot, 'core'), {recursive: true, encoding: 'utf8'}).filter(file => /\.tsx?$/.test(file));
	t.true(files.length > 0);
	const wrong = files.flatMap(file => [...fs.readFileSync(path.join(sourceRoot, 'core', file), 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)]
		.map(([, name]) => name!)
		.filter(name => frontEnd.test(name))
		.map(name => `source/core/${file} imports ${name}`));
	t.deepEqual(wrong, []);
});

test('readme.md shows the same table, so a newcomer reads the ranks the test enforces', t => {
	const table = (text: string) => text.slice(text.indexOf('| rank | folder | holds |')).split('\n\n')[0]!.trim();
	const source = fs.readFileSync(path.join(sourceRoot, 'README.md'), 'utf8');
	const readme = fs.readFileSync(path.join(root, 'readme.md'), 'utf8');
	t.true(source.includes('| rank | folder | holds |'));
	t.is(table(readme), table(source));
});
