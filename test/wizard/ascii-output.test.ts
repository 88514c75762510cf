// The ASCII stand-ins keep every glyph's columns, so a frame Ink measured on the glyphs still fits.
import test from 'ava';
import {toAsciiGlyphs} from '../../source/wizard/ascii-output.js';
import {columnsOf} from '../../source/wizard/text-columns.js';

test('each stand-in is ASCII and as wide as what it stands for', t => {
	for (const text of ['Start › Name · Tags', 'role=host ▮▯▯ 8/1024 B', '←/→ 1 h · [1 d]', 'cut…', '✔ done ✗', '山田 🎥 café', '👩‍💻 e\u0301', '⠋ creating']) {
		const ascii = toAsciiGlyphs(text);
		t.regex(ascii, /^[\u0000-\u007F]*$/, text);
		t.is(columnsOf(ascii), columnsOf(text), text);
	}

	t.is(toAsciiGlyphs('Start › Name · Tags …'), 'Start > Name - Tags .');
	t.is(toAsciiGlyphs('▮▮▯'), '##-');
	t.is(toAsciiGlyphs('山田'), '????');
	t.is(toAsciiGlyphs('plain \u001B[1mbold\u001B[22m'), 'plain \u001B[1mbold\u001B[22m');
});
