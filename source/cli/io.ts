// The process's streams and environment, passed in so tests can run main() in-process.
export type CliIo = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
};

export function processIo(): CliIo {
	return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env};
}

/** Writes and waits until the bytes are handed to the OS, so an exit right after loses nothing. */
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
