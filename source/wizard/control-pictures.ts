// Control characters shown as their Unicode pictures (ESC → ␛), one code unit for one, so a value
// pre-filled from a file can be shown and edited (in the Ink text input or a line-mode prompt)
// without its escapes reaching the terminal, and written back unchanged where the user did not touch it.
const pictureBase = 0x24_00;
const deletePicture = 0x24_21;

export function toPictures(text: string): string {
	return text.replaceAll(/[\u0000-\u001F\u007F]/g, char => {
		const code = char.codePointAt(0)!;
		return String.fromCodePoint(code === 0x7f ? deletePicture : pictureBase + code);
	});
}

/**
 * Back from what an input shows to the value: pictures become their controls again. Raw controls
 * can only have been typed just now: backspaces that arrived together in one read (key repeat, a
 * busy terminal) reach the input as text, so each still deletes the character before it; any
 * other control (a pasted line's \r) is dropped.
 */
export function fromPictures(text: string): string {
	const kept: string[] = [];
	for (const char of text) {
		if (char === '\u007F' || char === '\b') {
			kept.pop();
		} else if (!/[\u0000-\u001F]/.test(char)) {
			kept.push(char);
		}
	}

	return kept.join('').replaceAll(/[\u2400-\u241F\u2421]/g, char => {
		const code = char.codePointAt(0)!;
		return String.fromCodePoint(code === deletePicture ? 0x7f : code - pictureBase);
	});
}
