// Every file a user, the environment or a config names is read through here: opened without
// blocking, checked to be a regular file on the descriptor that was opened (so a FIFO, a device or
// a directory is refused before a byte is read, and a swap after a check cannot slip past it), and
// read to a limit. `file:///dev/zero`, a FIFO with no writer or a 2 GB file then cost nothing.
import fs from 'node:fs';

/** What a path turned out to be, for the one line that refuses it. */
export type FileKind = 'directory' | 'FIFO' | 'character device' | 'block device' | 'socket' | 'symbolic link' | 'special file';

export class NotRegularFileError extends Error {
	constructor(
		readonly path: string,
		readonly kind: FileKind,
	) {
		super(`${path} is a ${kind}, not a regular file`);
		this.name = 'NotRegularFileError';
	}
}

export class FileTooLargeError extends Error {
	constructor(
		readonly path: string,
		readonly limitBytes: number,
	) {
		super(`${path} is larger than ${formatBytes(limitBytes)}`);
		this.name = 'FileTooLargeError';
	}
}

/** 1048576 → "1 MiB (1048576 bytes)". */
export function formatBytes(bytes: number): string {
	const mebibytes = bytes / (1024 * 1024);
	return Number.isInteger(mebibytes) ? `${mebibytes} MiB (${bytes} bytes)` : `${bytes} bytes`;
}

export function kindOf(stat: fs.Stats): FileKind | undefined {
	if (stat.isFile()) {
		return undefined;
	}

	if (stat.isDirectory()) {
		return 'directory';
	}

	if (stat.isFIFO()) {
		return 'FIFO';
	}

	if (stat.isCharacterDevice()) {
		return 'character device';
	}

	if (stat.isBlockDevice()) {
		return 'block device';
	}

	if (stat.isSocket()) {
		return 'socket';
	}

	return stat.isSymbolicLink() ? 'symbolic link' : 'special file';
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. It changes nothing for
// a regular file. Windows has neither flag; there, named pipes do not live in the file system.
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file of at most limitBytes. Throws NotRegularFileError, FileTooLargeError,
 * or the OS error (ENOENT, EACCES…) as fs does.
 */
export function readRegularFileSync(path: string, limitBytes: number): Buffer {
	let fd: number;
	try {
		fd = fs.openSync(path, openFlags);
	} catch (error) {
		// Some systems refuse to open a socket at all; say what it is rather than ENXIO.
		if ((error as NodeJS.ErrnoException).code === 'ENXIO' || (error as NodeJS.ErrnoException).code === 'EOPNOTSUPP') {
			const kind = statKind(path);
			if (kind) {
				throw new NotRegularFileError(path, kind);
			}
		}

		throw error;
	}

	try {
		const kind = kindOf(fs.fstatSync(fd));
		if (kind) {
			throw new NotRegularFileError(path, kind);
		}

		// The size the file claims is only a hint (/proc files claim 0): read until the end or one
		// byte past the limit, whichever comes first.
		const chunks: Buffer[] = [];
		let total = 0;
		const chunk = Buffer.allocUnsafe(64 * 1024);
		for (;;) {
			const wanted = Math.min(chunk.length, limitBytes + 1 - total);
			const read = fs.readSync(fd, chunk, 0, wanted, null);
			if (read === 0) {
				break;
			}

			chunks.push(Buffer.from(chunk.subarray(0, read)));
			total += read;
			if (total > limitBytes) {
				throw new FileTooLargeError(path, limitBytes);
			}
		}

		return Buffer.concat(chunks, total);
	} finally {
		fs.closeSync(fd);
	}
}

/**
 * Checks a path someone else will read (the AWS SDK reads ~/.aws/config itself): absent is fine,
 * a regular file within the limit is fine, anything else throws as readRegularFileSync would.
 */
export function checkRegularFileIfPresent(path: string, limitBytes: number): void {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
			return;
		}

		throw error;
	}

	const kind = kindOf(stat);
	if (kind) {
		throw new NotRegularFileError(path, kind);
	}

	if (stat.size > limitBytes) {
		throw new FileTooLargeError(path, limitBytes);
	}
}

function statKind(path: string): FileKind | undefined {
	try {
		return kindOf(fs.statSync(path));
	} catch {
		return undefined;
	}
}

/** Reads a stream (stdin for `presets import -`) to at most limitBytes; more is refused, not kept. */
export async function readStreamLimited(stream: NodeJS.ReadableStream, limitBytes: number, what: string): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		total += bytes.length;
		if (total > limitBytes) {
			(stream as Partial<NodeJS.ReadStream>).destroy?.();
			throw new FileTooLargeError(what, limitBytes);
		}

		chunks.push(bytes);
	}

	return Buffer.concat(chunks, total);
}
