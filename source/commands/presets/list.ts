// `presets list [--output json|yaml|table|text] [--query Q] [--color on|off|auto]`: enough of each
// preset to pick one; `show` has the whole request.
import type {Command} from 'commander';
import {exitCodes} from '../../basics/errors.js';
import {formatListingOutput} from '../../output/listing-output.js';
import type {Preset} from '../../presets/store.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {presetsTable} from './list-table.js';
import {operands, outputOptions, type Presets, withNotices, withOutputOptions} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function list(presets: Presets, context: CommandContext): Command {
	return withOutputOptions(new ParsedCommand('list')).answersHelp(presetsSubcommandUsage('list')).runs(context, withNotices(presets, async command => {
		operands(command, 0, 0, 'presets list takes no names');
		const {output, query} = command.opts<{output?: string; query?: string}>();
		if (output === undefined && query === undefined && presets.stdoutTerminal) {
			const width = (presets.io.stdout as Partial<NodeJS.WriteStream>).columns ?? 80;
			await presets.write(presetsTable(presets.store().listPresets(), {width, now: presets.now()}));
			return exitCodes.ok;
		}

		const data = {presets: presets.store().listPresets().map(preset => summary(preset))};
		await presets.write(formatListingOutput(data, outputOptions(command, presets, 'Presets')));
		return exitCodes.ok;
	}));
}

function summary(preset: Preset): Record<string, unknown> {
	return {
		name: preset.name,
		...(preset.description === undefined ? {} : {description: preset.description}),
		...(preset.request.name === undefined ? {} : {stageName: preset.request.name}),
		participants: preset.request.participantTokenConfigurations?.length ?? 0,
		...preset.defaults,
		updatedAt: preset.updatedAt,
	};
}
