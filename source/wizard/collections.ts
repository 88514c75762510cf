// Editing maps (tags, attributes) and lists (participants) entry by entry, keeping their order.
// An emptied collection becomes undefined, so the request leaves it out rather than sending {}.

export type StringMap = Record<string, string>;

export function mapEntries(map: unknown): Array<[string, string]> {
	if (map === undefined || map === null || typeof map !== 'object' || Array.isArray(map)) {
		return [];
	}

	return Object.entries(map as Record<string, unknown>).map(([key, value]) => [key, String(value)]);
}

/** Why `key` cannot be saved in place of `previousKey`, or undefined when it can. */
export function entryKeyConflict(map: unknown, previousKey: string | undefined, key: string): string | undefined {
	if (key !== previousKey && mapEntries(map).some(([existing]) => existing === key)) {
		return key === '' ? 'there is already an entry with an empty key' : `there is already a key "${key}"`;
	}

	return undefined;
}

/** Saves an entry where `previousKey` stood (renaming it), or at the end when it is new. */
export function saveEntry(map: unknown, previousKey: string | undefined, key: string, value: string): StringMap {
	const entries = mapEntries(map);
	const index = previousKey === undefined ? -1 : entries.findIndex(([existing]) => existing === previousKey);
	const kept = entries.filter(([existing]) => existing !== key && existing !== previousKey);
	const position = index === -1 ? kept.length : Math.min(index, kept.length);
	kept.splice(position, 0, [key, value]);
	return Object.fromEntries(kept);
}

export function removeEntry(map: unknown, key: string): StringMap | undefined {
	const kept = mapEntries(map).filter(([existing]) => existing !== key);
	return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

export function listItems<T>(list: unknown): T[] {
	return Array.isArray(list) ? (list as T[]) : [];
}

/** Replaces the item at `index`, or appends when `index` is undefined. */
export function saveItem<T>(list: unknown, index: number | undefined, item: T): T[] {
	const items = [...listItems<T>(list)];
	if (index === undefined || index >= items.length) {
		items.push(item);
	} else {
		items[index] = item;
	}

	return items;
}

/** A copy right after the original, so the list reads as "host, host (copy)". */
export function duplicateItem<T>(list: unknown, index: number): T[] {
	const items = [...listItems<T>(list)];
	const item = items[index];
	if (item !== undefined) {
		items.splice(index + 1, 0, structuredClone(item));
	}

	return items;
}

export function removeItem<T>(list: unknown, index: number): T[] | undefined {
	const items = listItems<T>(list).filter((_, position) => position !== index);
	return items.length === 0 ? undefined : items;
}
