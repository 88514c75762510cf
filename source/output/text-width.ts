// awscli/table.py's get_text_length: code points, East Asian wide, full-width and ambiguous ones
// counting two (Unicode 14, the Python of v2 2.9.19). Not what a terminal shows for ambiguous
// characters, but what v2 pads by.
import {isEastAsianWide} from './east-asian-width.js';

export function textLength(text: string): number {
	let length = 0;
	for (const character of text) {
		length += isEastAsianWide(character.codePointAt(0)!) ? 2 : 1;
	}

	return length;
}
