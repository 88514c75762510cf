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

const isCsiParameter = (code: number) => code >= 0x30 && code <= 0x3f;
const isCsiIntermediate = (code: number) => code >= 0x20 && code <= 0x2f;
const isFinal = (code: number) => code >= 0x40 && code <= 0x7e;

type Parsed = {end: number} | 'pending' | undefined;

/** CSI from `start` (the `[`): parameters, intermediates, a final byte. */
function csiEnd(text: string, start: number): Parsed {
	const payload = start + 1;
	for (let index = payload; index < text.length; index++) {
		const code = text.charCodeAt(index);
		// Legacy ESC[[A (Cygwin, PuTTY) and rxvt's shifted editing keys (ESC[2$).
		if (code === 0x5b && index === payload) {
			continue;
		}

		if ((code === 0x24 && index === payload + 1 && '235678'.includes(text[payload]!)) || isFinal(code)) {
			return {end: index + 1};
		}

		if (!isCsiParameter(code) && !isCsiIntermediate(code)) {
			return undefined;
		}
	}

	return 'pending';
}

/** SS3 from `start` (the `O`): optional digits and semicolons, then a final byte. */
function ss3End(text: string, start: number): Parsed {
	for (let index = start + 1; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isFinal(code)) {
			return {end: index + 1};
		}

		if (code !== 0x3b && (code < 0x30 || code > 0x39)) {
			return undefined;
		}
	}

	return 'pending';
}

function controlSequenceEnd(text: string, start: number): Parsed {
	const kind = text[start];
	if (kind === undefined) {
		return 'pending';
	}

	if (kind === '[') {
		return csiEnd(text, start);
	}

	return kind === 'O' ? ss3End(text, start) : undefined;
}

/** Where the key that starts with ESC at `at` ends, or 'pending' when the read ended inside it. */
function escapeKeyEnd(text: string, at: number): {end: number} | 'pending' {
	if (at === text.length - 1) {
		return 'pending';
	}

	if (text.startsWith(pasteStart, at)) {
		const close = text.indexOf(pasteEnd, at + pasteStart.length);
		return close === -1 ? 'pending' : {end: close + pasteEnd.length};
	}

	// ESC ESC [A and the like: Meta with a key that has its own sequence.
	const prefix = text[at + 1] === escape ? 2 : 1;
	if (prefix === 2 && at + 2 >= text.length) {
		return 'pending';
	}

	const sequence = controlSequenceEnd(text, at + prefix);
	if (sequence === 'pending' || sequence) {
		return sequence;
	}

	if (prefix === 2) {
		return {end: at + 2};
	}

	// Meta (Alt) with one character: ESC and that code point.
	const code = text.codePointAt(at + 1)!;
	return {end: at + 1 + (code > 0xff_ff ? 2 : 1)};
}

/** Control characters that are keys of their own: every C0 character but ESC, and DEL (Backspace). */
function isControlKey(char: string): boolean {
	const code = char.charCodeAt(0);
	return (code < 0x20 && code !== 0x1b) || code === 0x7f;
}

export type SplitResult = {keys: string[]; pending: string};

/** Splits `text`; an escape sequence cut off at the end comes back as `pending`, for the next read. */
export function splitKeys(text: string): SplitResult {
	const keys: string[] = [];
	let index = 0;
	let textStart = -1;
	const endText = () => {
		if (textStart !== -1) {
			keys.push(text.slice(textStart, index));
			textStart = -1;
		}
	};

	while (index < text.length) {
		const char = text[index]!;
		if (char === escape) {
			endText();
			const found = escapeKeyEnd(text, index);
			if (found === 'pending') {
				return {keys, pending: text.slice(index)};
			}

			keys.push(text.slice(index, found.end));
			index = found.end;
		} else if (isControlKey(char)) {
			endText();
			// A pasted Windows line end is one Enter, not an Enter and a Ctrl+J.
			const end = char === '\r' && text[index + 1] === '\n' ? index + 2 : index + 1;
			keys.push(char === '\r' ? '\r' : char);
			index = end;
		} else {
			if (textStart === -1) {
				textStart = index;
			}

			index++;
		}
	}

	endText();
	return {keys, pending: ''};
}

/** A run of printable text (typed or pasted) rather than a key with a meaning of its own. */
export function isText(key: string): boolean {
	return key.length > 0 && key[0] !== escape && !isControlKey(key[0]!);
}

/** Text a field may take: typed or pasted, a bracketed paste included. */
export function insertsText(key: string): boolean {
	return isText(key) || key.startsWith(pasteStart);
}

/** The first character of a run of text, whole (é, 🎥), and the rest. */
export function firstCharacter(text: string): [string, string] {
	const code = text.codePointAt(0) ?? 0;
	const length = code > 0xff_ff ? 2 : 1;
	return [text.slice(0, length), text.slice(length)];
}

export const ctrlC = '\u0003';
/** Ctrl+Z: suspend, as in any terminal program (the terminal is raw, so it sends no SIGTSTP itself). */
export const ctrlZ = '\u001A';
