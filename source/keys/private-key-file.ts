// A private key's file: `<name>.pem` in the keys folder, PKCS#8 PEM. Created 0600 from the start
// (O_CREAT|O_EXCL: a name that is taken, or a link at it, is never written through). Read back
// only when it is still what was written: a regular file (not followed through a link), the
// user's own, readable by no one else, and small; anything else is one line, exit 253, and the
// key is not used.
import fs from 'node:fs';
import path from 'node:path';
import {ConfigError} from '../basics/errors.js';
import {createFile} from '../basics/new-file.js';
import {kindOf} from '../basics/read-regular-file.js';

/** A P-384 PKCS#8 PEM is about 300 bytes; anything near this is not one of ours. */
export const privateKeyByteLimit = 16 * 1024;

export function privateKeyPath(folder: string, name: string): string {
	return path.join(folder, `${name}.pem`);
}

/** Throws EEXIST (as fs does) when the name is taken. */
export async function writePrivateKeyFile(file: string, pem: string): Promise<void> {
	await createFile(file, () => pem, 0o600);
}

// O_NOFOLLOW: a link put in place of the key is refused (ELOOP), never read through.
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

export function readPrivateKeyFile(file: string): string {
	let fd: number;
	try {
		fd = fs.openSync(file, openFlags);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			throw new ConfigError(`The private key file ${file} is missing; delete the key (ivs-stage-wizard keys delete) and create another`);
		}

		if (code === 'ELOOP' || code === 'EMLINK') {
			throw new ConfigError(`The private key file ${file} is a symbolic link, not a regular file; it is not used`);
		}

		throw new ConfigError(`Cannot read the private key file ${file}: ${(error as Error).message}`);
	}

	try {
		const stat = fs.fstatSync(fd);
		const kind = kindOf(stat);
		if (kind) {
			throw new ConfigError(`The private key file ${file} is a ${kind}, not a regular file; it is not used`);
		}

		const uid = process.getuid?.();
		if (uid !== undefined && stat.uid !== uid) {
			throw new ConfigError(`The private key file ${file} belongs to another user (uid ${stat.uid}); it is not used`);
		}

		if ((stat.mode & 0o077) !== 0) {
			throw new ConfigError(`The private key file ${file} can be read by others (mode ${(stat.mode & 0o777).toString(8)}); run chmod 600 on it (and think whether the key leaked)`);
		}

		if (stat.size > privateKeyByteLimit) {
			throw new ConfigError(`The private key file ${file} is larger than ${privateKeyByteLimit} bytes; it is not a key this tool made`);
		}

		const buffer = Buffer.alloc(privateKeyByteLimit + 1);
		let total = 0;
		for (;;) {
			const read = fs.readSync(fd, buffer, total, buffer.length - total, null);
			if (read === 0) {
				break;
			}

			total += read;
			if (total > privateKeyByteLimit) {
				throw new ConfigError(`The private key file ${file} is larger than ${privateKeyByteLimit} bytes; it is not a key this tool made`);
			}
		}

		return buffer.subarray(0, total).toString('utf8');
	} finally {
		fs.closeSync(fd);
	}
}
