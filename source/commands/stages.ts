// `ivs-stage-wizard stages [options]`: the region's stages (source/stages/). Its words follow
// create-stage's argparse rules for the options they share, so they reach the module as typed.
import type {Command} from 'commander';
import {runStagesCommand} from './stages-command.js';
import {type CommandContext, WordsCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('stages').runs(context, async words =>
		runStagesCommand(words, {
			io: context.io,
			setDebug(debug) {
				context.debug = debug;
			},
		}),
	);
}
