// `presets show NAME [--output json|yaml|table|text] [--query Q] [--color on|off|auto]`.
import type {Command} from 'commander';
import {exitCodes} from '../../basics/errors.js';
import {formatListingOutput} from '../../output/listing-output.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {operands, outputOptions, type Presets, withNotices, withOutputOptions} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function show(presets: Presets, context: CommandContext): Command {
	return withOutputOptions(new ParsedCommand('show')).answersHelp(presetsSubcommandUsage('show')).runs(context, withNotices(presets, async command => {
		const [name] = operands(command, 1, 1, 'presets show needs one preset name: ivs-stage-wizard presets show NAME');
		const preset = presets.store().requirePreset(name!);
		await presets.write(formatListingOutput(preset, outputOptions(command, presets, 'Preset')));
		return exitCodes.ok;
	}));
}
