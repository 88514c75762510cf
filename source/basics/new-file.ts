// Creating a file for the user: under the first free name of a series (name, name-2, name-3 …), at
// one name that must be free, or (with --force) in place of what is there. The name is taken and
// the file created with its final mode in one call (O_CREAT | O_EXCL, which never follows a link at
// the name), so an existing file is never overwritten or followed through a link, and there is no
// moment when a secret's file exists with wider permissions. Every byte is written and flushed
// before the file counts as written; a write that fails (a full disk) removes what it began.
import {open, rename, rm} from 'node:fs/promises';
import path from 'node:path';

export type NewFileSeries = {
	directory: string;
	/** The name for a given try: 0 is the plain one. */
	nameFor: (attempt: number) => string;
	/** What goes in, given the name it got (a file may name itself). */
	contentFor: (fileName: string) => string;
	mode: number;
	/** What to say when every name is taken, given the first. */
	allTaken: (first: string, attempts: number) => string;
	attempts?: number;
};

/** Writes the file and says where, and which try it took. */
export async function writeNewFile(series: NewFileSeries): Promise<{path: string; attempt: number}> {
	const attempts = series.attempts ?? 100;
	for (let attempt = 0; attempt < attempts; attempt++) {
		const fileName = series.nameFor(attempt);
		const filePath = path.resolve(series.directory, fileName);
		try {
			await createFile(filePath, () => series.contentFor(fileName), series.mode);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				continue;
			}

			throw error;
		}

		return {path: filePath, attempt};
	}

	throw new Error(series.allTaken(series.nameFor(0), attempts));
}

/**
 * Creates `filePath`, which must not exist (not even as a link): EEXIST otherwise. The content is
 * asked for once the name is taken.
 */
export async function createFile(filePath: string, content: () => string, mode: number): Promise<void> {
	const handle = await open(filePath, 'wx', mode);
	try {
		await handle.writeFile(content(), 'utf8');
		await handle.sync();
	} catch (error) {
		await handle.close();
		// Half a file under the user's name is worse than none.
		await rm(filePath, {force: true});
		throw error;
	}

	await handle.close();
}

/**
 * Puts a new file at `filePath` in place of whatever regular file or link is there: written whole
 * beside it, then renamed over it. A link is replaced, never followed; the old file stays until the
 * new one is complete.
 */
export async function replaceFile(filePath: string, content: string, mode: number): Promise<void> {
	// node:crypto on first use: loading it costs every start ~12 ms (the wizard's first frame,
	// --version), and most runs replace no file.
	const {randomBytes} = await import('node:crypto');
	const temporary = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
	await createFile(temporary, () => content, mode);
	try {
		await rename(temporary, filePath);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}
