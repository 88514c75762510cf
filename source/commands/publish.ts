// `ivs-stage-wizard publish (--token TOKEN | --stage-arn ARN [--user-id ID] | create-stage options)
// [options]`: a test stream into a stage over WHIP (source/publish/). Its words follow
// create-stage's argparse rules, so they reach the publish module as typed.
import type {Command} from 'commander';
import {publishCommand} from '../publish/publish-command.js';
import {type CommandContext, WordsCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('publish').runs(context, async words =>
		publishCommand(words, {
			io: context.io,
			setDebug(debug) {
				// From here an unexpected error shows its stack with --debug.
				context.debug = debug;
			},
		}),
	);
}
