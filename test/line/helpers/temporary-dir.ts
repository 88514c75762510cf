// A folder of the test's own under the system temp dir, removed when the test ends.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export function temporaryDir(t: {teardown(fn: () => unknown): void}, prefix: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	t.teardown(() => {
		rmSync(dir, {recursive: true, force: true});
	});
	return dir;
}
