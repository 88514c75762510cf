// Creating a file under the first free name of a series (name, name-2, name-3 …). The name is
// taken and the file created with its final mode in one call (open with 'wx'), so an existing file
// is never overwritten or followed through a link, and there is no moment when a secret's file
// exists with wider permissions.
import {open} from 'node:fs/promises';
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
		let handle;
		try {
			handle = await open(filePath, 'wx', series.mode);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				continue;
			}

			throw error;
		}

		try {
			await handle.writeFile(series.contentFor(fileName), 'utf8');
		} finally {
			await handle.close();
		}

		return {path: filePath, attempt};
	}

	throw new Error(series.allTaken(series.nameFor(0), attempts));
}
