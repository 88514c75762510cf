// Text from the service or the user (tags, attributes, user IDs, error messages), made safe to
// print: no control character from data reaches the terminal. The output folder's rule, so the
// wizard shows such text exactly as --output table would.
import {neutraliseControlCharacters} from '../../output/control-characters.js';

export function safe(text: string | undefined): string {
	return neutraliseControlCharacters(text ?? '');
}

/** Multi-line text (a command, a JSON body): each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
	return text.split('\n').map(line => safe(line)).join('\n');
}
