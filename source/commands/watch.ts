// `ivs-stage-wizard watch ARN|NAME [options]`: the live table of an existing stage
// (source/commands/watch-command.ts). Its words follow create-stage's argparse rules.
import type {Command} from 'commander';
import {runWatchCommand} from './watch-command.js';
import {type CommandContext, WordsCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('watch').runs(context, async words =>
		runWatchCommand(words, {
			io: context.io,
			setDebug(debug) {
				context.debug = debug;
			},
		}),
	);
}
