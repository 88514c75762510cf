// `presets delete NAME [--yes]`: in a terminal it asks first; without one it wants --yes.
import {PassThrough} from 'node:stream';
import type {Command} from 'commander';
import type {CliIo} from '../../cli/io.js';
import {InterruptedError, UsageError, exitCodes} from '../../errors.js';
import {inputEndOf, watchPromptEnd} from '../../prompt-end.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {operands, type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function remove(presets: Presets, context: CommandContext): Command {
	return new ParsedCommand('delete').option('-y, --yes').answersHelp(presetsSubcommandUsage('delete')).runs(context, withNotices(presets, async command => {
		const [name] = operands(command, 1, 1, 'presets delete needs one preset name: ivs-stage-wizard presets delete NAME [--yes]');
		const store = presets.store();
		store.requirePreset(name!);
		if (!command.opts<{yes?: boolean}>().yes) {
			if (!presets.terminal) {
				throw new UsageError(`Deleting preset "${name}" needs --yes when not run in a terminal.`);
			}

			if (!(await confirm(`Delete preset "${name}"?`, presets.io))) {
				await presets.write(`Kept preset "${name}".\n`);
				return exitCodes.ok;
			}
		}

		store.deletePreset(name!);
		await presets.write(`Deleted preset "${name}".\n`);
		return exitCodes.ok;
	}));
}

async function confirm(message: string, io: CliIo): Promise<boolean> {
	// Loaded only here: the prompt library is for a person at a terminal, never for scripts.
	const prompts = await import('../../prompt-library.js');
	// The prompt ends its output stream when done; a view of stdout that does not pass the end on
	// keeps stdout open for the line after the answer (Node spares process.stdout, not other streams).
	const output = new PassThrough();
	output.pipe(io.stdout, {end: false});
	const target = io.stdout as Partial<NodeJS.WriteStream>;
	Object.defineProperties(output, {isTTY: {get: () => target.isTTY}, columns: {get: () => target.columns}});
	// A prompt whose input ends would otherwise wait until the process exits (and Node exits 13).
	const end = watchPromptEnd(io.stdin);
	try {
		return await prompts.confirm({message, default: false}, {input: io.stdin, output, signal: end.signal});
	} catch (error) {
		// Ctrl+D is "no"; Ctrl+C or a closed terminal an interruption: nothing was deleted, the code says why.
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
