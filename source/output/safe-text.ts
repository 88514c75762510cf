// Text from the service or the user (stage name, tags, attributes, user IDs, error messages) goes
// through here before it reaches the terminal, so no escape sequence in someone's data can move the
// cursor, retitle the window or set the clipboard. The rule is neutraliseControlCharacters, shared
// with --output text/table, so both interactive modes show such text exactly as the formatters do.
import {neutraliseControlCharacters} from '../basics/control-characters.js';

/** A field that may be absent reads as ''. */
export function safeText(text: string | undefined): string {
	return text === undefined ? '' : neutraliseControlCharacters(text);
}

/** Multi-line text (a command, a JSON body): each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
	return text
		.split('\n')
		.map(line => safeText(line))
		.join('\n');
}
