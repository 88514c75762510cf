// A --help text made to fit a terminal of `width` columns (80: the terminal a newcomer opens first).
// The texts are written by hand with their own layout, so only a block holding a line too wide is
// re-flowed, and it keeps its shape: an option's description stays under its description column,
// a synopsis's continuation under the first word after the command, a paragraph at its indent.
// Help is ASCII with a few one-column marks (… — ↑), so a code point is a column.

const columns = (text: string) => [...text].length;

/** Where a line's continuation lines start: its description column, else its indent. */
function hangOf(line: string): number {
	const item = /^( {0,7}\S(?:.*?\S)?) {2,}(?=\S)/.exec(line);
	if (item) {
		return item[0].length;
	}

	const synopsis = /^(?:[Uu]sage: | {7})ivs-stage-wizard (?:[a-z-]+ )?(?:(?:list|show|save|delete|rename|export|import|create) )?/.exec(line);
	return synopsis ? synopsis[0].length : line.length - line.trimStart().length;
}

/** Words for wrapping: a bracketed or parenthesised group in a synopsis is one word. */
function wordsOf(text: string, keepGroups: boolean): string[] {
	if (!keepGroups) {
		return text.split(' ').filter(Boolean);
	}

	const words: string[] = [];
	let depth = 0;
	let word = '';
	for (const character of text) {
		depth += character === '[' || character === '(' ? 1 : character === ']' || character === ')' ? -1 : 0;
		if (character === ' ' && depth <= 0) {
			if (word) {
				words.push(word);
			}

			word = '';
		} else {
			word += character;
		}
	}

	// An option and its value stay together: `--stage-arn <value>`.
	return (word ? [...words, word] : words).reduce<string[]>((joined, next) => {
		const last = joined.at(-1);
		return last?.startsWith('--') && /^<[^>]+>$/.test(next) ? [...joined.slice(0, -1), `${last} ${next}`] : [...joined, next];
	}, []);
}

function reflow(block: string[], hang: number, width: number): string[] {
	const prefix = block[0]!.slice(0, hang);
	const text = [block[0]!.slice(hang), ...block.slice(1).map(line => line.trim())].join(' ');
	const room = Math.max(20, width - hang);
	const indent = ' '.repeat(width - room);
	const lines: string[] = [];
	let line = '';
	const synopsis = /^(?:[Uu]sage: | {7})ivs-stage-wizard /.test(block[0]!);
	// A group wider than the room is broken at its spaces after all.
	for (const word of wordsOf(text, synopsis).flatMap(group => (columns(group) > room ? group.split(' ') : [group]))) {
		if (line !== '' && columns(line) + 1 + columns(word) > room) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}

	lines.push(line);
	// A hang wider than the room left leaves its first words on the first line and the rest further left.
	return lines.map((text, index) => (index === 0 ? `${prefix}${text}` : `${hang <= width - room ? ' '.repeat(hang) : indent}${text}`));
}

export function fitHelp(text: string, width = 80): string {
	const lines = text.split('\n');
	const fitted: string[] = [];
	let index = 0;
	while (index < lines.length) {
		const first = lines[index]!;
		const hang = hangOf(first);
		let end = index + 1;
		// A continuation line starts exactly at the hang and is not an option line of its own.
		while (first.trim() !== '' && end < lines.length && lines[end]!.trim() !== '' && lines[end]!.length - lines[end]!.trimStart().length === hang && hangOf(lines[end]!) === hang) {
			end++;
		}

		const block = lines.slice(index, end);
		fitted.push(...(block.some(line => columns(line) > width) ? reflow(block, hang, width) : block));
		index = end;
	}

	return fitted.join('\n');
}
