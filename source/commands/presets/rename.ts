// `presets rename OLD NEW`: a taken name is refused, not overwritten.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {PresetExistsError} from '../../presets/preset-name.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {operands, type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function rename(presets: Presets, context: CommandContext): Command {
	return new ParsedCommand('rename').answersHelp(presetsSubcommandUsage('rename')).runs(context, withNotices(presets, async command => {
		const [from, to] = operands(command, 2, 2, 'presets rename needs the old and the new name: ivs-stage-wizard presets rename OLD NEW');
		try {
			presets.store().renamePreset(from!, to!);
		} catch (error) {
			if (error instanceof PresetExistsError) {
				throw new UsageError(`${error.message} Delete it first, or pick another name.`);
			}

			throw error;
		}

		await presets.write(`Renamed preset "${from}" to "${to}".\n`);
		return exitCodes.ok;
	}));
}
