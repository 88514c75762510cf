// The bundle patches a few of its packages for start-up (scripts/bundle-patches.mjs): tables and
// segmenters built on first use, plain text measured and split without them, yoga's WebAssembly
// read without fetch. Patched, each must answer exactly as the original. These tests load the
// original and the patched module side by side and compare them, and check the one fact the text
// fast paths rest on: each of their characters is a grapheme of its own, whatever its neighbours.
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import test from 'ava';
import {applyPatch, bundlePatches, simpleCharacters} from '../../scripts/bundle-patches.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const run = promisify(execFile);
/** Each patched module's temp file, by the node_modules path it stands for. */
const patchedFiles = new Map<string, string>();

/**
 * A module of node_modules as the bundle has it, patched, loaded from a temp file that resolves
 * its imports as the original does: relative ones to the original's folder, packages through the
 * same node_modules folders in the same order.
 */
async function loadPatched<T>(file: string): Promise<T> {
	const absolute = path.join(root, file);
	const patch = bundlePatches.find(candidate => candidate.file.test(absolute));
	if (!patch) {
		throw new Error(`no bundle patch for ${file}`);
	}

	const packageDirectory = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(absolute)![1]!;
	const {version} = JSON.parse(readFileSync(path.join(packageDirectory, 'package.json'), 'utf8')) as {version: string};
	const source = applyPatch(patch, readFileSync(absolute, 'utf8'), version).replaceAll(
		/(from\s*|import\s*\(\s*)(["'])(\.{1,2}\/[^"']+)\2/g,
		(_match, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${pathToFileURL(path.resolve(path.dirname(absolute), specifier)).href}${quote}`,
	);
	const lookups: string[] = [];
	for (let directory = path.dirname(absolute); directory.length >= root.length; directory = path.dirname(directory)) {
		if (existsSync(path.join(directory, 'node_modules')) && path.basename(directory) !== 'node_modules') {
			lookups.push(path.join(directory, 'node_modules'));
		}
	}

	let folder = mkdtempSync(path.join(tmpdir(), 'bundle-patch-'));
	for (const [index, lookup] of [...lookups].reverse().entries()) {
		symlinkSync(lookup, path.join(folder, 'node_modules'));
		if (index < lookups.length - 1) {
			folder = path.join(folder, `level-${index}`);
			mkdirSync(folder);
		}
	}

	const patchedFile = path.join(folder, `${path.basename(file, '.js')}.patched.mjs`);
	writeFileSync(patchedFile, source);
	patchedFiles.set(file, pathToFileURL(patchedFile).href);
	return (await import(pathToFileURL(patchedFile).href)) as T;
}

async function loadOriginal<T>(file: string): Promise<T> {
	return (await import(pathToFileURL(path.join(root, file)).href)) as T;
}

const fastCharacters = new RegExp(`^[${simpleCharacters}]$`, 'u');
const simple = Array.from({length: 0x10000}, (_, codePoint) => String.fromCodePoint(codePoint)).filter(character => fastCharacters.test(character));
const controls = Array.from({length: 0xA0}, (_, codePoint) => String.fromCodePoint(codePoint)).filter(character => /\p{Cc}/u.test(character) && character !== '\r' && character !== '\n');

// Text the wizard shows, and text it must still measure right: CJK, Hangul, combining marks, emoji
// (with ZWJ, modifiers, flags, keycaps, variation selectors), zero-width characters, colours, links.
const samples = [
	'Start › Name › Tags › Participants',
	'Token lifetime  1440 min = 1 d  ←/→ 1 h · 12 h · [1 d]',
	'▮▯▯▯▯▯▯▯▯▯ 8/1024 B — ✓ done … × ± ° µ ½ ™ ⚠ ☑',
	'\u001B[1mbold\u001B[22m · \u001B[32mgreen\u001B[39m and \u001B[38;2;255;0;0mred\u001B[39m',
	'\u001B]8;;https://example.com\u0007a link\u001B]8;;\u0007 › next',
	'日本語のテキスト、幅は二',
	'한국어 각 각',
	'e\u0301 a\u0308 n\u0303 Ю\u0483',
	'👩‍💻 👍🏽 🇺🇸 🇺 1️⃣ ❤️ ☺ ☺️ ⌚ ✅',
	'ｶﾞ ﾊﾟ ｰ',
	'\u200B\u200D\u2060 zero width \u00AD soft',
	'mixed › 日本 · 👍 — ok',
	'\t tab and \u0007 bell',
	'Ελληνικά Кириллица Ǆ ɐ ʰ',
	'',
];

test('each fast-path character is a grapheme of its own beside any other', t => {
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const split = (text: string) => [...segmenter.segment(text)].map(({segment}) => segment);
	const joined: string[] = [];
	const characters = [...simple, ...controls];
	for (const character of characters) {
		for (const text of [character, `a${character}`, `${character}a`, `${character}${character}`, `\u001B${character}`, `${character}\u001B`, `é${character}`]) {
			if (split(text).length !== [...text].length && joined.length < 20) {
				joined.push(JSON.stringify(text));
			}
		}
	}

	// And any run of them, in random order (a fixed seed: the same strings every run).
	let seed = 42;
	const next = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed;
	};

	for (let index = 0; index < 2000; index += 1) {
		const text = Array.from({length: 1 + (next() % 24)}, () => characters[next() % characters.length]!).join('');
		if (split(text).length !== [...text].length && joined.length < 20) {
			joined.push(JSON.stringify(text));
		}
	}

	t.deepEqual(joined, []);
	t.true(simple.length > 3000, `${simple.length} characters take the fast paths`);
});

test('string-width: the same width for every fast-path character, alone and beside others, and for any text', async t => {
	type StringWidth = (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;
	const file = 'node_modules/string-width/index.js';
	const {default: original} = await loadOriginal<{default: StringWidth}>(file);
	const {default: patched} = await loadPatched<{default: StringWidth}>(file);
	const mismatches: string[] = [];
	for (const text of [...simple.flatMap(character => [character, `a${character}`, `${character}a`, `${character}${character}`]), ...controls, ...samples]) {
		for (const options of [{}, {ambiguousIsNarrow: false}, {countAnsiEscapeCodes: true}]) {
			if (original(text, options) !== patched(text, options) && mismatches.length < 20) {
				mismatches.push(`${JSON.stringify(text)} ${JSON.stringify(options)}: ${patched(text, options)}, not ${original(text, options)}`);
			}
		}
	}

	t.deepEqual(mismatches, []);
});

test("wrap-ansi (Ink's copy): the same lines at every width", async t => {
	type WrapAnsi = (text: string, columns: number, options?: {hard?: boolean; trim?: boolean; wordWrap?: boolean}) => string;
	const file = 'node_modules/ink/node_modules/wrap-ansi/index.js';
	const {default: original} = await loadOriginal<{default: WrapAnsi}>(file);
	const {default: patched} = await loadPatched<{default: WrapAnsi}>(file);
	const texts = [...samples, samples.join(' '), simple.slice(0, 400).join(''), `${simple.slice(1000, 1200).join(' ')} ${controls.join('')}`];
	for (const text of texts) {
		for (const columns of [1, 2, 3, 5, 8, 13, 21, 40, 80]) {
			for (const options of [{}, {hard: true}, {trim: false}, {wordWrap: false}, {hard: true, trim: false}]) {
				t.is(patched(text, columns, options), original(text, columns, options), `${JSON.stringify(text.slice(0, 40))} at ${columns} ${JSON.stringify(options)}`);
			}
		}
	}
});

test("@alcalzone/ansi-tokenize (Ink's output): the same tokens", async t => {
	type Tokenize = {tokenize: (text: string, endCharacter?: number) => unknown};
	const file = 'node_modules/@alcalzone/ansi-tokenize/build/tokenize.js';
	const original = await loadOriginal<Tokenize>(file);
	const patched = await loadPatched<Tokenize>(file);
	for (const text of [...samples, samples.join('\u001B[0m'), simple.join(''), controls.join('')]) {
		for (const endCharacter of [undefined, 0, 3, 10]) {
			t.deepEqual(patched.tokenize(text, endCharacter), original.tokenize(text, endCharacter), JSON.stringify(text.slice(0, 40)));
		}
	}
});

test("Ink's line-update: the same redraw for every pair of lines", async t => {
	type LineUpdate = (previous: string, next: string, columns?: number) => string;
	const file = 'node_modules/ink/build/line-update.js';
	const {default: original} = await loadOriginal<{default: LineUpdate}>(file);
	const {default: patched} = await loadPatched<{default: LineUpdate}>(file);
	const lines = [...samples, 'Updated 00:57:21 · every 3 s', 'Updated 00:57:22 · every 3 s', '\u001B[33mUpdated\u001B[39m 00:57:22 · every 3 s', 'Start › Name', 'Start › Nam€', '日本語のテキ', '日本語のテキスト'];
	for (const previous of lines) {
		for (const next of lines) {
			for (const columns of [undefined, 10, 80]) {
				t.is(patched(previous, next, columns), original(previous, next, columns), `${JSON.stringify(previous)} → ${JSON.stringify(next)} at ${columns}`);
			}
		}
	}
});

test('slice-ansi: the same tokens', async t => {
	type TokenizeAnsi = (text: string, options?: {endCharacter?: number | undefined}) => unknown;
	const file = 'node_modules/slice-ansi/tokenize-ansi.js';
	const {default: original} = await loadOriginal<{default: TokenizeAnsi}>(file);
	const {default: patched} = await loadPatched<{default: TokenizeAnsi}>(file);
	for (const text of samples) {
		for (const endCharacter of [undefined, 2, 7]) {
			t.deepEqual(patched(text, {endCharacter}), original(text, {endCharacter}), JSON.stringify(text.slice(0, 40)));
		}
	}
});

test('yoga-layout: the same layout, and its data: URL read without loading fetch (undici)', async t => {
	type Node = {setWidth(width: number): void; setFlexDirection(direction: number): void; insertChild(child: Node, index: number): void; setMeasureFunc(measure: () => {width: number; height: number}): void; calculateLayout(width: number, height: number | undefined, direction: number): void; getComputedLayout(): unknown; getChild(index: number): Node};
	type Yoga = {Node: {create(): Node}; FLEX_DIRECTION_ROW: number; DIRECTION_LTR: number};
	const file = 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
	const {default: wrapAssembly} = await loadOriginal<{default: (assembly: unknown) => Yoga}>('node_modules/yoga-layout/dist/src/wrapAssembly.js');
	const layOut = async (load: () => Promise<unknown>) => {
		const yoga = wrapAssembly(await load());
		const parent = yoga.Node.create();
		parent.setWidth(80);
		for (let index = 0; index < 5; index += 1) {
			const child = yoga.Node.create();
			child.setFlexDirection(yoga.FLEX_DIRECTION_ROW);
			child.setMeasureFunc(() => ({width: 10 + index, height: 1 + (index % 2)}));
			parent.insertChild(child, index);
		}

		parent.calculateLayout(80, undefined, yoga.DIRECTION_LTR);
		return [parent.getComputedLayout(), ...Array.from({length: 5}, (_, index) => parent.getChild(index).getComputedLayout())];
	};

	const {default: loadOriginalYoga} = await loadOriginal<{default: () => Promise<unknown>}>(file);
	const {default: loadPatchedYoga} = await loadPatched<{default: () => Promise<unknown>}>(file);
	t.deepEqual(await layOut(loadPatchedYoga), await layOut(loadOriginalYoga));
	// In a process of its own, as the wizard loads it: the original fetches its own bytes, loading undici.
	const undiciAfter = async (module: string) => {
		const script = `const {default: load} = await import(${JSON.stringify(module)}); await load(); console.log(process.moduleLoadList.some(name => name.includes('undici')));`;
		const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'});
		return stdout.trim();
	};

	t.is(await undiciAfter(patchedFiles.get(file)!), 'false');
	t.is(await undiciAfter(pathToFileURL(path.join(root, file)).href), 'true', 'the original does load it (so the line above can fail)');
});
