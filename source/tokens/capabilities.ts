// A token's capabilities in the short form the live table and line mode's table both print.

/** PUBLISH/SUBSCRIBE as pub+sub, pub, sub, or — for none. */
export function shortCapabilities(capabilities: readonly string[] | undefined): string {
	const publish = capabilities?.includes('PUBLISH') ?? false;
	const subscribe = capabilities?.includes('SUBSCRIBE') ?? false;
	if (publish && subscribe) {
		return 'pub+sub';
	}

	if (publish) {
		return 'pub';
	}

	return subscribe ? 'sub' : '—';
}
