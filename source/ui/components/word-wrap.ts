// Word wrapping for messages and help lines. Ink's own wrapping keeps the space it breaks at as the
// first character of the next line; this breaks at spaces and drops them, and cuts a word longer
// than the line. Widths count code points: the text wrapped here is the wizard's own wording.

export function wordWrap(text: string, width: number): string[] {
	const limit = Math.max(1, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			let rest = [...word];
			if (line !== '' && [...line].length + 1 + rest.length <= limit) {
				line += ` ${word}`;
				continue;
			}

			if (line !== '') {
				lines.push(line);
			}

			while (rest.length > limit) {
				lines.push(rest.slice(0, limit).join(''));
				rest = rest.slice(limit);
			}

			line = rest.join('');
		}

		lines.push(line);
	}

	return lines;
}
