// `presets export [NAME ...] [--file FILE]`: the public export format (source/presets/README.md),
// to stdout or a file.
import fs from 'node:fs';
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../../errors.js';
import {buildPresetExport, serializePresetExport} from '../../presets/export-format.js';
import {describeExistingNames} from '../../presets/preset-name.js';
import {kindOf} from '../../read-regular-file.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {plural, type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function exportPresets(presets: Presets, context: CommandContext): Command {
	return new ParsedCommand('export').option('--file <file>').answersHelp(presetsSubcommandUsage('export')).runs(context, withNotices(presets, async command => {
		const all = presets.store().listPresets();
		const names = command.args;
		const missing = names.filter(name => !all.some(preset => preset.name === name));
		if (missing.length > 0) {
			const what = missing.length === 1 ? `No preset named "${missing[0]}".` : `No presets named ${missing.map(name => `"${name}"`).join(', ')}.`;
			throw new UsageError(`${what} ${describeExistingNames(all.map(({name}) => name))}`);
		}

		const chosen = names.length === 0 ? all : names.map(name => all.find(preset => preset.name === name)!);
		const text = serializePresetExport(buildPresetExport(chosen, presets.now()));
		const {file} = command.opts<{file?: string}>();
		if (file === undefined || file === '-') {
			await presets.write(text);
			return exitCodes.ok;
		}

		refuseSpecialTarget(file);
		try {
			fs.writeFileSync(file, text);
		} catch (error) {
			throw new UsageError(`Cannot write ${file}: ${(error as Error).message}`);
		}

		await presets.write(`Exported ${plural(chosen.length, 'preset')} to ${file}.\n`);
		return exitCodes.ok;
	}));
}

/** Writing into a FIFO or socket blocks until something reads it; a directory cannot be written. */
function refuseSpecialTarget(file: string): void {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch {
		return;
	}

	const kind = kindOf(stat);
	if (kind === 'FIFO' || kind === 'socket' || kind === 'directory') {
		throw new UsageError(`Cannot write ${file}: it is a ${kind}, not a regular file; give - to write to stdout`);
	}
}
