// The review screen's template file (the Ink wizard's `t`, line mode's menu): the YAML template
// written beside the user, `<stage name>.template.yaml`. A template holds no secret (tokens are
// made after the deploy), so it is an ordinary file: mode 0644, narrowed as usual by the umask.
// It is opened with 'wx', so an existing file is never overwritten or followed through a link: a
// taken name gets -2, -3 … instead, and the message says which name was used.
import {writeNewFile} from '../basics/new-file.js';
import type {CreateStageRequest} from '../stage/request.js';
import {templateFileName} from './file-name.js';
import {renderTemplate} from './render-template.js';

export const templateFileMode = 0o644;

export type WrittenTemplate = {
	/** Absolute. */
	path: string;
	/** The name it would have had, when that one was taken. */
	taken?: string;
};

export async function writeTemplateFile(directory: string, request: Readonly<CreateStageRequest>): Promise<WrittenTemplate> {
	const written = await writeNewFile({
		directory,
		nameFor: attempt => templateFileName(request.name, 'yaml', attempt),
		// The deploy line in the file names the file it is in.
		contentFor: fileName => renderTemplate(request, {format: 'yaml', fileName}),
		mode: templateFileMode,
		allTaken: (first, attempts) => `${first} and ${attempts - 1} numbered names beside it are all taken in ${directory}`,
	});
	return {path: written.path, ...(written.attempt > 0 ? {taken: templateFileName(request.name, 'yaml')} : {})};
}

/** What the wizard says once the file is written. */
export function writtenMessage(written: WrittenTemplate): string {
	return `Wrote the CloudFormation template to ${written.path}${written.taken ? ` (${written.taken} was taken)` : ''}.`;
}
