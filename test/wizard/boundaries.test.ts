// Dependencies point one way: cli → (ui | line) → wizard → stage. What both modes share (the wizard,
// the tokens' services) lives below them, so line mode never reaches into the Ink wizard, and the
// shared code never into either mode or into Ink. Type imports count too: a type from source/ui is
// as much a sign of a misplaced boundary as a function is.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(root, 'source');

function filesUnder(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name));
}

/** Every module a file names: static imports and re-exports (type-only ones too), imports for effect and import(). */
function specifiers(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [
		...text.matchAll(/^\s*(?:import|export)\s[^'";]*?\sfrom\s+'([^']+)'/gm),
		...text.matchAll(/^\s*import\s+'([^']+)'/gm),
		...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
	].map(match => match[1]!);
}

/** `folder/…` for a relative import that lands in source/, else the package name. */
function target(file: string, specifier: string): string {
	if (!specifier.startsWith('.')) {
		return specifier;
	}

	return path.relative(source, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
}

function offending(folder: string, forbidden: (target: string) => boolean): string[] {
	return filesUnder(path.join(source, folder)).flatMap(file =>
		specifiers(file)
			.map(specifier => target(file, specifier))
			.filter(name => forbidden(name))
			.map(name => `${path.relative(root, file)} → ${name}`),
	);
}

const inkOrReact = (name: string) => name === 'ink' || name.startsWith('ink-') || name === 'react' || name.startsWith('react/');

test('line mode imports nothing from the Ink wizard', t => {
	t.deepEqual(
		offending('line', name => name.startsWith('ui/')),
		[],
	);
});

for (const folder of ['wizard', 'tokens']) {
	test(`source/${folder} imports nothing from either mode, nor Ink or React`, t => {
		t.deepEqual(
			offending(folder, name => name.startsWith('ui/') || name.startsWith('line/') || inkOrReact(name)),
			[],
		);
	});
}

for (const folder of ['stage', 'ivs', 'output', 'presets']) {
	test(`source/${folder} imports nothing from either mode`, t => {
		t.deepEqual(
			offending(folder, name => name.startsWith('ui/') || name.startsWith('line/') || inkOrReact(name)),
			[],
		);
	});
}

/** Every module `file` loads, through relative imports: files under source/ and the packages they name. */
function reachable(file: string): Set<string> {
	const seen = new Set<string>();
	const files = [file];
	for (let next = files.pop(); next !== undefined; next = files.pop()) {
		for (const specifier of specifiers(next)) {
			const name = target(next, specifier);
			if (seen.has(name)) {
				continue;
			}

			seen.add(name);
			if (specifier.startsWith('.')) {
				files.push(path.join(source, name.replace(/\.js$/, '.ts')));
			}
		}
	}

	return seen;
}

test('the stage session both front ends call loads no React, Ink, prompts or commander, even indirectly', t => {
	const loaded = [...reachable(path.join(source, 'wizard/stage-session.ts'))];
	t.true(loaded.includes('core/create-one-stage.js'), 'the walk follows imports');
	t.deepEqual(
		loaded.filter(name => inkOrReact(name) || name.startsWith('@inquirer/') || name === 'commander' || name.startsWith('ui/') || name.startsWith('line/')),
		[],
	);
});

test('the walk sees imports at all (so the checks above can fail)', t => {
	t.true(offending('ui', name => name.startsWith('wizard/')).length > 10);
	t.true(offending('line', name => name.startsWith('wizard/')).length > 10);
});
