// Text from the service (names, attributes, tags) may hold control characters. AWS CLI v2's text
// and table output write them raw, so an ESC in a stage name reaches the terminal as a command
// (colours, titles, cursor moves, OSC 52 clipboard writes). Whatever is shown on a terminal goes
// through this first: C0 controls, DEL and C1 controls become visible escapes. The wizard uses it too.

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;

const named: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'};

/** "a\u001b[31mb" → "a\\x1b[31mb": every C0/C1 control and DEL as a visible escape; all else kept. */
export function neutraliseControlCharacters(text: string): string {
	return text.replaceAll(controlCharacters, character => named[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Whether the text holds anything neutraliseControlCharacters would change. */
export function hasControlCharacters(text: string): boolean {
	controlCharacters.lastIndex = 0;
	return controlCharacters.test(text);
}
