// Text from the service (names, attributes, tags) may hold control characters. AWS CLI v2's text
// and table output write them raw, so an ESC in a stage name reaches the terminal as a command
// (colours, titles, cursor moves, OSC 52 clipboard writes). Whatever is shown on a terminal goes
// through this first: C0 controls, DEL and C1 controls become visible escapes. The wizard uses it too.
//
// Invisible characters go the same way: format characters (Unicode category Cf: bidi overrides
// such as U+202E, which reorder what follows; zero-width spaces and joiners; the BOM; tag
// characters) and the line and paragraph separators (Zl, Zp, which some terminals break lines on).
// Shown raw, `t` and `t\u202e` look the same, and a name can read backwards. They become `\u202e`.
// Emoji keep the invisible parts they are made of: a zero-width joiner between two pictographs
// (👩‍💻) and a flag's tag sequence (🏴 plus tags) are one picture, not a trick.

const emojiJoined = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)?(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)?)+`;
const emojiTagged = String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}`;
const hidden = String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]`;
/** An emoji sequence (kept whole, group 1) or one character to show as an escape. */
const shownAsEscapes = new RegExp(`(${emojiJoined}|${emojiTagged})|${hidden}`, 'gu');
const hiddenCharacter = new RegExp(hidden, 'u');

const named: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'};

function escapeOf(character: string): string {
	const code = character.codePointAt(0)!;
	if (code <= 0xff) {
		return named[character] ?? `\\x${code.toString(16).padStart(2, '0')}`;
	}

	return code <= 0xff_ff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * "a\u001b[31mb" → "a\\x1b[31mb", "t\u202e" → "t\\u202e": every C0/C1 control, DEL, format
 * character and line or paragraph separator as a visible escape; all else kept.
 */
export function neutraliseControlCharacters(text: string): string {
	return replaceHiddenCharacters(text, escapeOf);
}

/** Each character neutraliseControlCharacters would escape, replaced by what `replace` makes of it. */
export function replaceHiddenCharacters(text: string, replace: (character: string) => string): string {
	return text.replaceAll(shownAsEscapes, (character, emoji: string | undefined) => emoji ?? replace(character));
}

/** Whether the text holds anything neutraliseControlCharacters would change. */
export function hasControlCharacters(text: string): boolean {
	return hiddenCharacter.test(text) && neutraliseControlCharacters(text) !== text;
}
