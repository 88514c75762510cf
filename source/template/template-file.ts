// The review screen's template file (the Ink wizard's `t`, line mode's menu): the YAML template
// written beside the user, `<stage name>.template.yaml`. A template holds no secret (tokens are
// made after the deploy), so it is an ordinary file: mode 0644, narrowed as usual by the umask.
// It is opened with 'wx', so an existing file is never overwritten or followed through a link: a
// taken name gets -2, -3 … instead, and the message says which name was used.
import {open} from 'node:fs/promises';
import path from 'node:path';
import type {CreateStageRequest} from '../stage/request.js';
import {templateFileName} from './file-name.js';
import {renderTemplate} from './render-template.js';

export const templateFileMode = 0o644;

const maxAttempts = 100;

export type WrittenTemplate = {
	/** Absolute. */
	path: string;
	/** The name it would have had, when that one was taken. */
	taken?: string;
};

export async function writeTemplateFile(directory: string, request: Readonly<CreateStageRequest>): Promise<WrittenTemplate> {
	const first = templateFileName(request.name, 'yaml');
	for (let attempt = 0; attempt < maxAttempts; attempt++) {
		const fileName = templateFileName(request.name, 'yaml', attempt);
		const filePath = path.resolve(directory, fileName);
		let handle;
		try {
			handle = await open(filePath, 'wx', templateFileMode);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				continue;
			}

			throw error;
		}

		try {
			// The deploy line in the file names the file it is in.
			await handle.writeFile(renderTemplate(request, {format: 'yaml', fileName}), 'utf8');
		} finally {
			await handle.close();
		}

		return {path: filePath, ...(attempt > 0 ? {taken: first} : {})};
	}

	throw new Error(`${first} and ${maxAttempts - 1} numbered names beside it are all taken in ${directory}`);
}

/** What the wizard says once the file is written. */
export function writtenMessage(written: WrittenTemplate): string {
	return `Wrote the CloudFormation template to ${written.path}${written.taken ? ` (${written.taken} was taken)` : ''}.`;
}
