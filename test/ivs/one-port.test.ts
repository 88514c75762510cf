// Every call to IVS Real-Time goes through the one services port (ivs/ivs-api.ts): outside
// source/ivs (and the emulator, which serves the API rather than calling it) nothing loads the
// SDK at run time. Type imports are fine: they name the service's data shapes and vanish at build.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../source');

/** Files that import the SDK at run time: static imports other than `import type`, and import(). */
function sdkImporters(): string[] {
	return readdirSync(source, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name))
		.filter(file => {
			const text = readFileSync(file, 'utf8');
			return /^\s*import\s+(?!type\b)[^;]*?from\s+'@aws-sdk\/client-ivs-realtime'/m.test(text) || /\bimport\(\s*'@aws-sdk\/client-ivs-realtime'\s*\)/.test(text);
		})
		.map(file => path.relative(source, file).split(path.sep).join('/'));
}

test('only source/ivs loads the SDK; the live table, the wizard, line mode and the command go through the port', t => {
	const importers = sdkImporters();
	t.deepEqual(importers.filter(file => !file.startsWith('ivs/') && !file.startsWith('emulator/')), []);
	// So the check above can fail: the port's real side is found.
	t.true(importers.includes('ivs/sdk-ivs-api.ts'), importers.join(', '));
});
