// "Did you mean …" for a mistyped command, subcommand or option: the nearest known names by
// optimal-string-alignment distance (Damerau-Levenshtein where a transposition counts as one edit
// and no substring is edited twice). A suggestion must be close relative to what was typed, so a
// short word is not "corrected" into an unrelated one: `lst` → `list`, never `x` → `--yes`.

/** At most this many edits, and fewer for short words (see allowedEdits). */
const maxEdits = 2;
/** Names offered at once when several are equally near. */
const maxSuggestions = 3;
/** Longer words are typos of nothing we know; also keeps the work bounded for hostile input. */
const maxWordLength = 64;

export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const columns = b.length + 1;
	const distance: number[][] = Array.from({length: rows}, (_, row) => Array.from({length: columns}, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
	for (let row = 1; row < rows; row++) {
		for (let column = 1; column < columns; column++) {
			const cost = a[row - 1] === b[column - 1] ? 0 : 1;
			let best = Math.min(distance[row - 1]![column]! + 1, distance[row]![column - 1]! + 1, distance[row - 1]![column - 1]! + cost);
			if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
				best = Math.min(best, distance[row - 2]![column - 2]! + 1);
			}

			distance[row]![column] = best;
		}
	}

	return distance[a.length]![b.length]!;
}

/** One edit for up to 4 letters, two from 5: a third of a short word is a different word. */
function allowedEdits(word: string): number {
	const letters = word.replace(/^-+/, '').length;
	return Math.min(maxEdits, Math.max(1, Math.floor(letters * 0.4)));
}

/** The known names nearest to `word`, nearest first (ties in the order given); none if none is near. */
export function nearestNames(word: string, known: readonly string[]): string[] {
	if (word.length === 0 || word.length > maxWordLength) {
		return [];
	}

	const limit = allowedEdits(word);
	const scored = known
		.map((name, index) => ({name, index, distance: editDistance(word.toLowerCase(), name.toLowerCase())}))
		.filter(({name, distance}) => distance <= limit && name !== word);
	const best = Math.min(...scored.map(({distance}) => distance));
	return scored.filter(({distance}) => distance === best).slice(0, maxSuggestions).map(({name}) => name);
}

/** `--ouptut` → `did you mean --output?`; undefined when nothing known is near. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
	const names = nearestNames(word, known);
	if (names.length === 0) {
		return undefined;
	}

	const last = names.at(-1)!;
	return `did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}?`;
}
