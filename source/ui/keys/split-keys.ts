// Splits what one read from the terminal holds into keys, in order: each escape sequence (arrows,
// Shift+Tab, Delete…), each control character (Enter, Tab, Backspace, Ctrl+C…) on its own, and a
// run of printable text between them as one piece, so a paste stays one insertion. Ink itself
// keeps `\r` and `\t` inside a run of text (a paste may hold them) and then sees neither an Enter
// nor the text; here they are keys, because a slow link or type-ahead delivers `\rmy-stage` in one
// read just as often as a paste does. A bracketed paste (ESC[200~ … ESC[201~) stays whole.
// The rules for escape sequences follow Ink 8's input parser, so each piece parses there as one key.

const escape = '\u001B';
const pasteStart = `${escape}[200~`;
const pasteEnd = `${escape}[201~`;

/** A run of text, a pasted Windows line end (one Enter, not an Enter and a Ctrl+J), or a control character: every C0 but ESC, and DEL (Backspace). */
const plainKey = /[^\u0000-\u001F\u007F]+|\r\n?|[^\u001B]/y;
/** A bracketed paste, to its end or to the end of the read. */
const bracketedPaste = /\u001B\[200~[^]*?(?:\u001B\[201~|$)/y;
// A CSI sequence after its `[`: rxvt's shifted editing keys (ESC[2$), or Ink's legacy ESC[[A (that
// second `[` taken whole, never given back as a final byte), parameters and intermediates, a final
// byte; an SS3 sequence: digits and semicolons, a final byte. Either may follow a second ESC (Meta).
// Anything else after ESC is Meta with one character.
const escapeKey = /\u001B(?:\u001B?(?:\[(?:[235678]\$|(?=(\[?))\1[\u0020-\u003F]*[\u0040-\u007E])|O[\d;]*[\u0040-\u007E])|[^])/uy;
/** What the rest of a read may still grow into: ESC, ESC ESC, a CSI or SS3 sequence cut off. */
const cutOff = /\u001B\u001B?(?:\[(?![235678]\$)(?=(\[?))\1[\u0020-\u003F]*|O[\d;]*)?$/y;

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0];
}

/** The key at `at`, or undefined when the read ended inside it. */
function keyAt(text: string, at: number): string | undefined {
	if (text[at] !== escape) {
		return matchAt(plainKey, text, at);
	}

	const paste = matchAt(bracketedPaste, text, at);
	if (paste !== undefined) {
		return paste.endsWith(pasteEnd) ? paste : undefined;
	}

	return matchAt(cutOff, text, at) === undefined ? matchAt(escapeKey, text, at) : undefined;
}

export type SplitResult = {keys: string[]; pending: string};

/** Splits `text`; an escape sequence cut off at the end comes back as `pending`, for the next read. */
export function splitKeys(text: string): SplitResult {
	const keys: string[] = [];
	for (let index = 0; index < text.length; ) {
		const key = keyAt(text, index);
		if (key === undefined) {
			return {keys, pending: text.slice(index)};
		}

		keys.push(key === '\r\n' ? '\r' : key);
		index += key.length;
	}

	return {keys, pending: ''};
}

/**
 * What a read that stopped inside a key means once nothing more came, as a key Ink takes whole: Esc
 * and Alt+Esc in the kitty keyboard protocol's spelling (Ink would hold a lone ESC for 20 ms in
 * case more follows, and the next key must not be that more), a paste closed where it stopped.
 * Anything else (ESC [ with no end) is no key at all.
 */
export function completeKey(cutOff: string): string | undefined {
	if (cutOff.startsWith(pasteStart)) {
		return cutOff + pasteEnd;
	}

	return cutOff === escape ? `${escape}[27u` : cutOff === escape + escape ? `${escape}[27;3u` : undefined;
}

/** A run of printable text (typed or pasted) rather than a key with a meaning of its own. */
export function isText(key: string): boolean {
	return /^[^\u0000-\u001F\u007F]/.test(key);
}

/** Text a field may take: typed or pasted, a bracketed paste included. */
export function insertsText(key: string): boolean {
	return isText(key) || key.startsWith(pasteStart);
}

export const ctrlC = '\u0003';
/** Ctrl+Z: suspend, as in any terminal program (the terminal is raw, so it sends no SIGTSTP itself). */
export const ctrlZ = '\u001A';
