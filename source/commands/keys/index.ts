// `ivs-stage-wizard keys create | list | delete`: the key pairs `token --offline` signs with
// (source/keys/). One module per subcommand; errors are thrown and the edge words them.
import type {Command} from 'commander';
import {writeAll} from '../../cli/io.js';
import {didYouMean} from '../../basics/did-you-mean.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {create} from './create.js';
import {remove} from './delete.js';
import {list} from './list.js';
import {keysHelp, keysUsage} from './usage.js';

export function command(context: CommandContext): Command {
	const group = new ParsedCommand('keys').enablePositionalOptions().allowUnknownOption();
	for (const subcommand of [create, list, remove]) {
		group.addCommand(subcommand(context));
	}

	// Reached when the first word is no subcommand.
	return group.runs(context, async ({args: [word]}) => {
		if (word === 'help' || word === '--help' || word === '-h') {
			await writeAll(context.io.stdout, keysHelp);
			return exitCodes.ok;
		}

		if (word === undefined) {
			throw new UsageError(['keys needs a subcommand.', ...keysUsage.split('\n')]);
		}

		if (word.startsWith('-')) {
			// An option before the subcommand (`keys --region R list`): each subcommand takes its own.
			throw new UsageError(`keys takes ${word.slice(0, 64)} after its subcommand: ivs-stage-wizard keys create|list|delete [options]`);
		}

		const suggestion = didYouMean(word, group.commands.map(subcommand => subcommand.name()));
		throw new UsageError(`Unknown keys subcommand "${word}": ${suggestion ? `${suggestion} (` : ''}use create, list or delete${suggestion ? ')' : ''}.`);
	});
}
