// Text from the service (stage name, tags, attributes, user IDs, error messages) goes through here
// before it reaches the terminal, so no escape sequence in someone's data can move the cursor,
// retitle the window or set the clipboard. The rule itself is the output folder's, shared with
// --output text/table; this only lets the view pass fields that may be absent.
import {neutraliseControlCharacters} from '../../output/control-characters.js';

export function safeText(text: string | undefined): string {
	return text === undefined ? '' : neutraliseControlCharacters(text);
}
