// Polls an async check (an SDK call, a control route) until it gives something truthy: the media
// tests wait on what the stage saw, never on time.
export async function until<T>(check: () => Promise<T | undefined | false>, describe: string, timeoutMs = 40_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const result = await check();
		if (result) {
			return result;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${describe}`);
		}

		await new Promise(resolve => {
			// Within the emulator's request rates (GetParticipant's is a few a second).
			setTimeout(resolve, 300);
		});
	}
}
