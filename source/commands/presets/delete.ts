// `presets delete NAME [--yes]`: in a terminal it asks first; without one it wants --yes.
import type {Command} from 'commander';
import {askYesNo} from '../../cli/ask-yes-no.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
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

			if (!(await askYesNo(`Delete preset "${name}"?`, presets.io))) {
				await presets.write(`Kept preset "${name}".\n`);
				return exitCodes.ok;
			}
		}

		store.deletePreset(name!);
		await presets.write(`Deleted preset "${name}".\n`);
		return exitCodes.ok;
	}));
}
