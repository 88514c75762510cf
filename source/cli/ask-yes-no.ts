// One yes/no question at a terminal (`presets delete`, `prune`), default no, through
// @inquirer/prompts; loaded only here, so scripts never load the prompt library.
import {PassThrough} from 'node:stream';
import {InterruptedError} from '../basics/errors.js';
import {inputEndOf, watchPromptEnd} from '../basics/prompt-end.js';
import type {CliIo} from './io.js';

/** True for yes. Ctrl+D is no; Ctrl+C, a closed terminal or `stop` aborting throw InterruptedError (130). */
export async function askYesNo(message: string, io: CliIo, stop?: AbortSignal): Promise<boolean> {
	const prompts = await import('../basics/prompt-library.js');
	// The prompt ends its output stream when done; a view of stdout that does not pass the end on
	// keeps stdout open for the line after the answer (Node spares process.stdout, not other streams).
	const output = new PassThrough();
	output.pipe(io.stdout, {end: false});
	const target = io.stdout as Partial<NodeJS.WriteStream>;
	Object.defineProperties(output, {isTTY: {get: () => target.isTTY}, columns: {get: () => target.columns}});
	// A prompt whose input ends would otherwise wait until the process exits (and Node exits 13).
	const end = watchPromptEnd(io.stdin);
	try {
		const signal = stop ? AbortSignal.any([end.signal, stop]) : end.signal;
		return await prompts.confirm({message, default: false}, {input: io.stdin, output, signal});
	} catch (error) {
		if (inputEndOf(error) === 'ctrl-d') {
			return false;
		}

		if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
			throw new InterruptedError();
		}

		throw error;
	} finally {
		end.dispose();
		output.unpipe(io.stdout);
	}
}
