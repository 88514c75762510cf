// Start-up fixes applied to bundled packages while esbuild reads them. Each names the exact text it
// replaces; if a package update changes that text, the build stops and says so, rather than
// shipping the package unpatched or patched wrongly. test/build/bundle-patches.test.ts checks that
// each patched package still gives the same answers as the original.

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
				'\tif (/^[\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u0370-\\u0482\\u048A-\\u052F\\u2010-\\u2027\\u2030-\\u205E\\u2070-\\u20CF\\u2100-\\u2BFF]*$/.test(string)) {',
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

export const bundlePatches = [stringWidth];

/** The patched source, or an error naming what no longer matches. */
export function applyPatch(patch, source, version) {
	if (version !== patch.version) {
		throw new Error(`bundle patch for ${patch.name} was written for ${patch.version}, found ${version}: check scripts/bundle-patches.mjs against the new code`);
	}

	let patched = source;
	for (const {find, replace} of patch.replacements) {
		const at = patched.indexOf(find);
		if (at === -1 || patched.includes(find, at + 1)) {
			throw new Error(`bundle patch for ${patch.name}@${version}: expected exactly one ${JSON.stringify(find.slice(0, 60))}`);
		}

		patched = patched.slice(0, at) + replace + patched.slice(at + find.length);
	}

	return patched;
}
