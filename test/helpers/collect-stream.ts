// A writable stream that keeps what is written to it, for a run's stdout or stderr in-process.
import {PassThrough} from 'node:stream';

export function collector(): {stream: NodeJS.WriteStream; text: () => string} {
	const stream = new PassThrough();
	let text = '';
	stream.setEncoding('utf8').on('data', (chunk: string) => {
		text += chunk;
	});
	return {stream: stream as unknown as NodeJS.WriteStream, text: () => text};
}
