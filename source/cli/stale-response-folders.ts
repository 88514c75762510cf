// The response file's folder names the run that made it (`ivs-stage-wizard-run-<pid>-XXXXXX`), so a
// run killed with SIGKILL, which removes nothing, does not leave its stage's tokens in $TMPDIR for
// good: the next run removes the folders of runs that are gone. Only what is surely a dead run's
// own: a real folder (never a link, never followed), owned by this user, named exactly as mkdtemp
// names ours, whose pid no process has. A pid still in use, ours or another user's, keeps it.
import {lstat, readdir, rm} from 'node:fs/promises';
import path from 'node:path';

const prefix = 'ivs-stage-wizard-run-';
// mkdtemp's six random characters after the pid; a pid of 0 or below would name a process group.
const folderName = /^ivs-stage-wizard-run-([1-9]\d{0,9})-[A-Za-z0-9]{6}$/;
const largestPid = 0x7F_FF_FF_FF;

/** The mkdtemp prefix for this run's folder, in `directory`. */
export function responseFolderPrefix(directory: string, pid = process.pid): string {
	return path.join(directory, `${prefix}${pid}-`);
}

/** Best effort: a folder that cannot be looked at or removed is left, and run goes on. */
export async function removeStaleResponseFolders(directory: string): Promise<string[]> {
	const uid = process.getuid?.();
	if (uid === undefined) {
		// No owners to compare (Windows): nothing is surely ours.
		return [];
	}

	let entries: string[];
	try {
		entries = await readdir(directory);
	} catch {
		// A $TMPDIR that is missing is said when the response file is written.
		return [];
	}

	const removed: string[] = [];
	for (const entry of entries) {
		const pid = Number(folderName.exec(entry)?.[1] ?? Number.NaN);
		if (!(pid <= largestPid) || pid === process.pid || processExists(pid)) {
			continue;
		}

		const folder = path.join(directory, entry);
		try {
			const found = await lstat(folder);
			if (!found.isDirectory() || found.uid !== uid) {
				continue;
			}

			// rm does not follow links inside it either: it unlinks them.
			await rm(folder, {recursive: true, force: true});
			removed.push(folder);
		} catch {
			// Gone already, or not ours to remove.
		}
	}

	return removed;
}

/** kill(pid, 0): ESRCH is the only answer that means no process has the pid (EPERM: another user's). */
function processExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}
