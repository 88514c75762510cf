// `keys list [--output json|yaml|table|text] [--query Q] [--color on|off|auto]`: what the index
// holds, and where each private key is; no call is made. Output as presets list's.
import type {Command} from 'commander';
import {writeAll} from '../../cli/io.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {readKeyIndex} from '../../keys/key-index.js';
import {openKeysFolder} from '../../keys/keys-folder.js';
import {privateKeyPath} from '../../keys/private-key-file.js';
import {formatListingOutput} from '../../output/listing-output.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {outputOptions, presetsContext, withOutputOptions} from '../presets/context.js';
import {keysTable} from './list-table.js';
import {keysSubcommandUsage} from './usage.js';

export function list(context: CommandContext): Command {
	return withOutputOptions(new ParsedCommand('list')).answersHelp(keysSubcommandUsage('list')).runs(context, async command => {
		if (command.args.length > 0) {
			throw new UsageError('keys list takes no names');
		}

		const folder = openKeysFolder(context.io.env, {create: false});
		const entries = readKeyIndex(folder);
		const {output, query} = command.opts<{output?: string; query?: string}>();
		const stdoutTerminal = context.io.isTerminal ?? Boolean(context.io.stdout.isTTY);
		if (output === undefined && query === undefined && stdoutTerminal) {
			await writeAll(context.io.stdout, keysTable(entries, {width: (context.io.stdout as Partial<NodeJS.WriteStream>).columns ?? 80}));
			return exitCodes.ok;
		}

		const data = {keys: entries.map(entry => ({...entry, privateKeyFile: privateKeyPath(folder, entry.name)}))};
		// The same output options and formats as presets list (its context opens no store for them).
		await writeAll(context.io.stdout, formatListingOutput(data, outputOptions(command, presetsContext(context.io), 'Keys')));
		return exitCodes.ok;
	});
}
