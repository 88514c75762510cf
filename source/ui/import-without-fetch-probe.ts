// Start-up: Ink's layout engine (yoga, compiled by emscripten) checks `typeof fetch` while it
// loads, and that one check makes Node load its whole fetch implementation (undici), about 25 ms
// before the first wizard frame. Hiding the global for the length of the import lets yoga take
// its synchronous path; the original, still lazy, property is put back at once, so fetch works
// for anything that wants it later.
export async function importWithoutFetchProbe<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) {
		return load();
	}

	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
