// Start-up fixes applied to bundled packages while esbuild reads them. Each names the exact text it
// replaces; if a package update changes that text, the build stops and says so, rather than
// shipping the package unpatched or patched wrongly. test/build/bundle-patches.test.ts checks that
// each patched package still gives the same answers as the original.
//
// A patch stays only while it earns at least 5 ms of first frame or start-up, measured and written
// in its `gain`, and while its fix is written up for the package's maintainers (`upstream`, a note
// under upstream/ to send as an issue or pull request); test/build/no-start-up-tricks.test.ts
// checks both. Once the package ships the fix, the build's version check stops on the next update
// and the patch goes. Measured and dropped (no gain above the noise): yoga's base64 decoding with
// Buffer instead of its JavaScript loop.
import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Characters each of which is a grapheme cluster of its own whatever stands beside it, visible,
 * and never part of an emoji sequence on its own: printable ASCII, Latin-1 and Latin Extended,
 * IPA, spacing modifiers, Greek, Cyrillic without its combining marks, general punctuation
 * without the zero-width and direction controls, super- and subscripts, currency, letterlike
 * symbols, number forms, arrows, mathematical and technical symbols, box drawing, blocks,
 * geometric shapes, miscellaneous symbols and dingbats: what the wizard's own text is made of.
 * test/build/bundle-patches.test.ts checks each of them against Intl.Segmenter and string-width.
 */
export const simpleCharacters = String.raw`\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2070-\u20CF\u2100-\u2BFF`;

/** Controls but CR and LF (a CR LF pair is one grapheme): each is a grapheme cluster of its own. */
const lineControls = String.raw`\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F`;

/**
 * What replaces a module's own Intl.Segmenter: one made on first use, and segments of text made
 * only of the characters above (and controls) without it: the same segments, one per code point.
 * The first Intl.Segmenter of a process costs 11–19 ms (ICU loads its data), and four of Ink's
 * packages each made one as they loaded, before the first frame.
 */
const segmenterSource = options => [
	'let lazySegmenter;',
	`const getSegmenter = () => (lazySegmenter ??= new Intl.Segmenter(${options}));`,
	`const segmentableByCodePoint = /^[${simpleCharacters}${lineControls}]*$/;`,
	'function* codePointSegments(input) {',
	'	let index = 0;',
	'	for (const segment of input) {',
	'		yield {segment, index, input};',
	'		index += segment.length;',
	'	}',
	'}',
	'const segmentsOf = input => (segmentableByCodePoint.test(input) ? codePointSegments(input) : getSegmenter().segment(input));',
].join('\n');

/**
 * string-width (Ink's text measure): at load it builds an Intl.Segmenter (~11 ms) and the
 * \p{RGI_Emoji} regular expression (~19 ms, and ~18 ms more the first time it runs), all before the
 * wizard's first frame, because the first frame measures text with a "›" or "·" in it. Patched:
 * both are built on first use, and text made only of characters that each stand alone as a
 * grapheme and are never emoji sequences on their own (Latin, Greek, Cyrillic, punctuation,
 * arrows, box drawing, symbols) is measured one character at a time with the same East Asian
 * Width rule the original applies to each such cluster. Anything else takes the original path.
 */
const stringWidth = {
	name: 'string-width',
	gain: 'first wizard frame: 26 ms of main-thread CPU and 3 MiB resident (15 runs interleaved, this patch left out vs all in; `npm run bench` machine, loaded)',
	upstream: 'upstream/string-width.md',
	file: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
	version: '8.3.0',
	replacements: [
		{
			find: 'const segmenter = new Intl.Segmenter();',
			replace: 'let segmenter;\nconst getSegmenter = () => (segmenter ??= new Intl.Segmenter());',
		},
		{
			find: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
			replace: 'let rgiEmojiRegex;\nconst getRgiEmojiRegex = () => (rgiEmojiRegex ??= /^\\p{RGI_Emoji}$/v);',
		},
		{
			find: 'if (rgiEmojiRegex.test(segment) ||',
			replace: 'if (getRgiEmojiRegex().test(segment) ||',
		},
		{
			find: '\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};\n\n\tfor (const {segment} of segmenter.segment(string)) {',
			replace: [
				'\tlet width = 0;',
				'\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};',
				'',
				'\t// Each character here is a grapheme of its own, visible, and not an emoji sequence: its width is its East Asian Width.',
				`\tif (/^[${simpleCharacters}]*$/.test(string)) {`,
				'\t\tfor (const character of string) {',
				'\t\t\twidth += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);',
				'\t\t}',
				'',
				'\t\treturn width;',
				'\t}',
				'',
				'\tfor (const {segment} of getSegmenter().segment(string)) {',
			].join('\n'),
		},
	],
};

/**
 * commander loads node:child_process (some 5 ms, and a dozen modules) when it loads, for the one
 * thing it spawns: a stand-alone subcommand's executable, which this program never has. Patched: it
 * requires the module the moment it would spawn.
 */
const commander = {
	name: 'commander',
	gain: 'start-up of every command: 7 ms of CPU (`--version`, 21 runs interleaved, this patch left out vs all in)',
	upstream: 'upstream/commander.md',
	file: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/,
	version: '15.1.0',
	replacements: [
		{
			find: "import childProcess from 'node:child_process';",
			replace: "const childProcess = {spawn: (...parameters) => require('node:child_process').spawn(...parameters)};",
		},
	],
	// Every use of the module must be a spawn() call, which the stand-in forwards.
	uses: /childProcess\.(?!spawn\()/,
};

/** wrap-ansi (Ink's text wrapping): its segmenter made on first use, and simple text without it. */
const wrapAnsi = {
	name: 'wrap-ansi',
	gain: 'first wizard frame, with the three other segmenter patches (one fix: no Intl.Segmenter made at load): 25 ms of main-thread CPU and 2 MiB resident (13 runs interleaved, the four left out vs all in)',
	upstream: 'upstream/lazy-intl-segmenter.md',
	file: /[\\/]node_modules[\\/]ink[\\/]node_modules[\\/]wrap-ansi[\\/]index\.js$/,
	version: '10.0.2',
	replacements: [
		{find: 'const segmenter = new Intl.Segmenter();', replace: segmenterSource('')},
		{find: 'for (const {segment} of segmenter.segment(plainText)) {', replace: 'for (const {segment} of segmentsOf(plainText)) {'},
	],
	uses: /\bsegmenter\./,
};

/** @alcalzone/ansi-tokenize (Ink's output, every line of every frame): the same. */
const ansiTokenize = {
	name: '@alcalzone/ansi-tokenize',
	gain: 'first wizard frame, with the three other segmenter patches (one fix: no Intl.Segmenter made at load): 25 ms of main-thread CPU and 2 MiB resident (13 runs interleaved, the four left out vs all in)',
	upstream: 'upstream/lazy-intl-segmenter.md',
	file: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
	version: '0.3.2',
	replacements: [
		{find: 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', replace: segmenterSource('undefined, {granularity: "grapheme"}')},
		{find: 'for (const { segment, index } of segmenter.segment(str)) {', replace: 'for (const { segment, index } of segmentsOf(str)) {'},
	],
	uses: /\bsegmenter\./,
};

/** Ink's line-update (redrawing only the changed end of a line): the same. */
const inkLineUpdate = {
	name: 'ink',
	gain: 'first wizard frame, with the three other segmenter patches (one fix: no Intl.Segmenter made at load): 25 ms of main-thread CPU and 2 MiB resident (13 runs interleaved, the four left out vs all in)',
	upstream: 'upstream/lazy-intl-segmenter.md',
	file: /[\\/]node_modules[\\/]ink[\\/]build[\\/]line-update\.js$/,
	version: '8.0.0',
	replacements: [
		{find: "const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });", replace: segmenterSource("undefined, {granularity: 'grapheme'}")},
		{find: 'const previousSegments = segmenter.segment(previousText)[Symbol.iterator]();', replace: 'const previousSegments = segmentsOf(previousText)[Symbol.iterator]();'},
		{find: 'for (const { segment, index } of segmenter.segment(nextText)) {', replace: 'for (const { segment, index } of segmentsOf(nextText)) {'},
	],
	uses: /\bsegmenter\./,
};

/** slice-ansi (cli-truncate, which Ink loads): its segmenter made on first use. */
const sliceAnsi = {
	name: 'slice-ansi',
	gain: 'first wizard frame, with the three other segmenter patches (one fix: no Intl.Segmenter made at load): 25 ms of main-thread CPU and 2 MiB resident (13 runs interleaved, the four left out vs all in)',
	upstream: 'upstream/lazy-intl-segmenter.md',
	file: /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
	version: '10.0.1',
	replacements: [
		{find: "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});", replace: "let graphemeSegmenter;\nconst getGraphemeSegmenter = () => (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));"},
		{find: 'GRAPHEME_SEGMENTER.segment(', replace: 'getGraphemeSegmenter().segment(', all: true},
	],
	uses: /\bGRAPHEME_SEGMENTER\b/,
};

/**
 * yoga-layout (Ink's layout engine) carries its WebAssembly inline as a data: URL, but the
 * emscripten loader it was built with hands any URL to fetch() when fetch exists, so Node loads its
 * whole fetch implementation (undici) to read bytes that are already in memory. Patched: a data: URL
 * is decoded in place, as the loader's own fallback does (the same check the loader already makes
 * before instantiateStreaming).
 */
const yogaLayout = {
	name: 'yoga-layout',
	gain: 'first wizard frame: ~100 ms of CPU and 7.5 MiB resident (9 runs interleaved, this patch left out vs in: undici loaded to fetch the data: URL)',
	upstream: 'upstream/yoga-layout.md',
	file: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
	version: '3.2.1',
	replacements: [
		{
			find: 'function ya(){return w||"function"!=typeof fetch?',
			replace: 'function ya(){return w||ua(H)||"function"!=typeof fetch?',
		},
	],
};

export const bundlePatches = [stringWidth, commander, wrapAnsi, ansiTokenize, inkLineUpdate, sliceAnsi, yogaLayout];

/** The patched source, or an error naming what no longer matches. */
export function applyPatch(patch, source, version) {
	if (version !== patch.version) {
		throw new Error(`bundle patch for ${patch.name} was written for ${patch.version}, found ${version}: check scripts/bundle-patches.mjs against the new code`);
	}

	let patched = source;
	for (const {find, replace, all} of patch.replacements) {
		const at = patched.indexOf(find);
		if (at === -1 || (!all && patched.includes(find, at + 1))) {
			throw new Error(`bundle patch for ${patch.name}@${version}: expected ${all ? 'at least' : 'exactly'} one ${JSON.stringify(find.slice(0, 60))}`);
		}

		patched = all ? patched.replaceAll(find, replace) : patched.slice(0, at) + replace + patched.slice(at + find.length);
	}

	if (patch.uses?.test(patched)) {
		throw new Error(`bundle patch for ${patch.name}@${version}: the code now uses what the patch stands in for in another way (${patch.uses})`);
	}

	return patched;
}

/** The esbuild plugin that applies them as esbuild reads each patched file (the build's, and the bench's floors'). */
export const patchedPackages = {
	name: 'patched-packages',
	setup(build) {
		for (const patch of bundlePatches) {
			build.onLoad({filter: patch.file}, args => {
				const packageDirectory = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(args.path)[1];
				const {version} = JSON.parse(readFileSync(path.join(packageDirectory, 'package.json'), 'utf8'));
				return {contents: applyPatch(patch, readFileSync(args.path, 'utf8'), version), loader: 'js'};
			});
		}
	},
};
