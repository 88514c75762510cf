// `keys delete NAME`: DeletePublicKey first (in the key's own region unless --region says
// otherwise), then the private key file and the index entry. A key the service no longer knows
// (deleted elsewhere, or an emulator's that has gone) is removed here too, and the line says so;
// any other failure keeps the file, so the key can still be deleted later.
import {rm} from 'node:fs/promises';
import type {Command} from 'commander';
import {writeAll} from '../../cli/io.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {toCliError} from '../../ivs/service-errors.js';
import {readKeyIndex, updateKeyIndex} from '../../keys/key-index.js';
import {assertKeyName, describeKeyNames} from '../../keys/key-name.js';
import {openKeysFolder} from '../../keys/keys-folder.js';
import {privateKeyPath} from '../../keys/private-key-file.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {connectFor, withConnectionOptions} from '../service-options.js';
import {keysSubcommandUsage} from './usage.js';

export function remove(context: CommandContext): Command {
	return withConnectionOptions(new ParsedCommand('delete')).answersHelp(keysSubcommandUsage('delete')).runs(context, async command => {
		if (command.args.length !== 1) {
			throw new UsageError('keys delete needs one key name: ivs-stage-wizard keys delete NAME');
		}

		const name = command.args[0]!;
		assertKeyName(name);
		const folder = openKeysFolder(context.io.env, {create: false});
		const entries = readKeyIndex(folder);
		const entry = entries.find(other => other.name === name);
		if (!entry) {
			throw new UsageError(`No key named "${name}". ${describeKeyNames(entries.map(other => other.name))}`);
		}

		const {settings, ivs} = await connectFor(command, context, {region: entry.region});
		let known = true;
		try {
			await ivs.deletePublicKey(entry.arn);
		} catch (error) {
			if ((error as {name?: unknown}).name !== 'ResourceNotFoundException') {
				throw toCliError(error, 'DeletePublicKey', settings.endpointUrl);
			}

			known = false;
		} finally {
			ivs.close();
		}

		await rm(privateKeyPath(folder, name), {force: true});
		updateKeyIndex(folder, current => current.filter(other => other.name !== name));
		const line = known
			? `Deleted key "${name}" (${entry.arn}) and its private key file.`
			: `Key "${name}": the service no longer knows ${entry.arn}; removed its private key file.`;
		await writeAll(context.io.stdout, `${line}\n`);
		return exitCodes.ok;
	});
}
