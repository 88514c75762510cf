// Writes and waits until the bytes are handed to the OS, so an exit right after loses nothing. One
// module both interactive modes, the presets command and the entry share (cli/io.ts re-exports it).

export async function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
	if (text === '') {
		return;
	}

	await new Promise<void>((resolve, reject) => {
		stream.write(text, error => {
			if (error) {
				reject(error);
			} else {
				resolve();
			}
		});
	});
}
