// The names a batch will make, for the review (both front ends): the first few and the last.
import {expandNamePlaceholders} from '../stage/name-placeholders.js';

/** "12: room-1, room-2 … room-12", or "12, without names". */
export function batchNames(name: string | undefined, count: number): string {
	if (!name) {
		return `${count}, without names`;
	}

	const nth = (n: number) => expandNamePlaceholders(name, {n});
	return count <= 3 ? `${count}: ${Array.from({length: count}, (_, index) => nth(index + 1)).join(', ')}` : `${count}: ${nth(1)}, ${nth(2)} … ${nth(count)}`;
}
