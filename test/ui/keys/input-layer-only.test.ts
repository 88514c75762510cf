// Ink's useInput is called in one place: the key router (source/ui/keys/key-router.tsx). A
// component that called it elsewhere would hear keys outside the router's order and the
// rules it carries (one key at a time, holds, the key table's scopes).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';

const sourceDir = path.resolve(import.meta.dirname, '../../../source');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
	});
}

/** Whether a file uses Ink's useInput: imported by name (also renamed), or reached through the module object. */
export function usesInkUseInput(text: string): boolean {
	const fromInk = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]ink['"]/g;
	for (const match of text.matchAll(fromInk)) {
		if (/\buseInput\b/.test(match[1]!)) {
			return true;
		}
	}

	const namespace = /\bimport\s*\*\s*as\s+\w+\s+from\s*['"]ink['"]/.test(text) && /\.useInput\b/.test(text);
	const dynamic = /\bimport\(\s*['"]ink['"]\s*\)/.test(text) && /\buseInput\b/.test(text);
	const deep = /\bink\/build\/hooks\/use-input/.test(text);
	return namespace || dynamic || deep;
}

test('the check itself finds useInput however it is imported', t => {
	t.true(usesInkUseInput("import {Box, useInput} from 'ink';"));
	t.true(usesInkUseInput("import {\n\tuseInput as onKey,\n} from 'ink';"));
	t.true(usesInkUseInput("import * as ink from 'ink';\nink.useInput(() => {});"));
	t.true(usesInkUseInput("import useInput from 'ink/build/hooks/use-input.js';"));
	t.false(usesInkUseInput("import {Box, Text} from 'ink';\n// useInput is not used here"));
	t.false(usesInkUseInput("import {useKeys} from '../keys/key-router.js';"));
});

test('only the key router calls Ink’s useInput', t => {
	const offenders = sourceFiles(sourceDir)
		.filter(file => usesInkUseInput(readFileSync(file, 'utf8')))
		.map(file => path.relative(sourceDir, file))
		.filter(file => file !== path.join('ui', 'keys', 'key-router.tsx'));
	t.deepEqual(offenders, []);
	// And the layer does use it: the check is looking at the right files.
	t.true(usesInkUseInput(readFileSync(path.join(sourceDir, 'ui/keys/key-router.tsx'), 'utf8')));
});
