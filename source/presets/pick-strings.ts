// A preset's defaults, a draft's settings and a version-1 file's settings are all a few optional
// text fields: this keeps those, in the order named, and nothing else a caller or a file brought.

/** The named keys that hold text ('' only with keepEmpty); undefined when none does. */
export function pickStrings<Key extends string>(source: object | undefined, keys: readonly Key[], keepEmpty = false): Partial<Record<Key, string>> | undefined {
	const picked = Object.fromEntries(keys.flatMap(key => {
		const value = (source as Record<string, unknown> | undefined)?.[key];
		return typeof value === 'string' && (keepEmpty || value !== '') ? [[key, value]] : [];
	})) as Partial<Record<Key, string>>;
	return Object.keys(picked).length > 0 ? picked : undefined;
}
