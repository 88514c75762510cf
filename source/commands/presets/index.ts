// `ivs-stage-wizard presets list | show | save | delete | rename | export | import`: one module
// per subcommand over the one store, opened on first use (context.ts). Errors are thrown, and
// the edge (commands/main.ts) words them: 252 usage, 253 config, 130 interrupted.
import type {Command} from 'commander';
import {didYouMean} from '../../basics/did-you-mean.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {presetsContext} from './context.js';
import {remove} from './delete.js';
import {exportPresets} from './export.js';
import {importPresets} from './import.js';
import {list} from './list.js';
import {rename} from './rename.js';
import {save} from './save.js';
import {show} from './show.js';
import {presetsUsage} from './usage.js';

export function command(context: CommandContext): Command {
	const presets = presetsContext(context.io);
	const group = new ParsedCommand('presets').enablePositionalOptions().allowUnknownOption();
	for (const subcommand of [list, show, save, remove, rename, exportPresets, importPresets]) {
		group.addCommand(subcommand(presets, context));
	}

	// Reached when the first word is no subcommand.
	return group.runs(context, async ({args: [word]}) => {
		if (word === 'help' || word === '--help' || word === '-h') {
			await presets.write(`${presetsUsage}\n`);
			return exitCodes.ok;
		}

		if (word === undefined) {
			throw new UsageError(['presets needs a subcommand.', ...presetsUsage.split('\n')]);
		}

		const suggestion = didYouMean(word, group.commands.map(subcommand => subcommand.name()));
		throw new UsageError(`Unknown presets subcommand "${word}": ${suggestion ? `${suggestion} (` : ''}use list, show, save, delete, rename, export or import${suggestion ? ')' : ''}.`);
	});
}
