// `ivs-stage-wizard run [create-stage options | --preset NAME] [--keep] -- CMD [ARGS...]`: a
// throwaway stage around a command (source/run/). Its words follow create-stage's argparse rules
// up to `--`, so they reach the run module as typed.
import type {Command} from 'commander';
import {runCommand} from '../run/run-command.js';
import {type CommandContext, WordsCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('run').runs(context, async words =>
		runCommand(words, {
			io: context.io,
			setDebug(debug) {
				// From here an unexpected error shows its stack with --debug.
				context.debug = debug;
			},
		}),
	);
}
