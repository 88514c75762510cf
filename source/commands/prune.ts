// `ivs-stage-wizard prune [selectors] [--dry-run | --yes] [--output …]`: deletes the stages the
// selectors choose (source/prune/). Commander reads the words; every value is checked there.
import type {Command} from 'commander';
import {runPrune, type PruneWords} from './prune-command.js';
import {pruneUsage} from '../prune/usage.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {writeAll} from '../cli/io.js';
import {type CommandContext, ParsedCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new ParsedCommand('prune')
		.option('--tag <KEY=VALUE>', 'repeatable', (value: string, previous: string[] = []) => [...previous, value])
		.option('--name <GLOB>')
		.option('--idle-for <DURATION>')
		.option('--from-runs')
		.option('--dry-run')
		.option('-y, --yes')
		.option('--output <format>')
		.option('--query <expression>')
		.option('--color <mode>')
		.option('--region <value>')
		.option('--profile <value>')
		.option('--endpoint-url <value>')
		.option('--no-verify-ssl')
		.option('--ca-bundle <value>')
		.option('--cli-read-timeout <value>')
		.option('--cli-connect-timeout <value>')
		.option('--debug')
		.answersHelp(pruneUsage)
		.runs(context, async command => {
			const [extra] = command.args;
			if (extra === 'help' && command.args.length === 1) {
				// As the AWS CLI's `help` word, and run's.
				await writeAll(context.io.stdout, pruneUsage);
				return exitCodes.ok;
			}

			if (extra !== undefined) {
				throw new UsageError(`prune takes no words, only options: "${extra}" (see ivs-stage-wizard prune --help)`);
			}

			return runPrune(command.opts<PruneWords>(), {
				io: context.io,
				setDebug(debug) {
					// From here an unexpected error shows its stack with --debug.
					context.debug = debug;
				},
			});
		});
}
