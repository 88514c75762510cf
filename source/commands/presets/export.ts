// `presets export [NAME ...] [--file FILE] [--force]`: the public export format
// (source/presets/README.md), to stdout or a file. A file that is there (or a link) is replaced
// only with --force, and then as a whole: the old one stays until the new one is written.
import fs from 'node:fs';
import type {Command} from 'commander';
import {CliError, UsageError, exitCodes} from '../../basics/errors.js';
import {systemErrorReason} from '../../basics/system-error-reason.js';
import {presetExportText} from '../../presets/export-format.js';
import {describeExistingNames} from '../../presets/preset-name.js';
import {createFile, replaceFile} from '../../basics/new-file.js';
import {kindOf} from '../../basics/read-regular-file.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {plural, type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function exportPresets(presets: Presets, context: CommandContext): Command {
	return new ParsedCommand('export').option('--file <file>').option('--force').answersHelp(presetsSubcommandUsage('export')).runs(context, withNotices(presets, async command => {
		const all = presets.store().listPresets();
		const names = command.args;
		const missing = names.filter(name => !all.some(preset => preset.name === name));
		if (missing.length > 0) {
			const what = missing.length === 1 ? `No preset named "${missing[0]}".` : `No presets named ${missing.map(name => `"${name}"`).join(', ')}.`;
			throw new UsageError(`${what} ${describeExistingNames(all.map(({name}) => name))}`);
		}

		const chosen = names.length === 0 ? all : names.map(name => all.find(preset => preset.name === name)!);
		const text = presetExportText(chosen, presets.now());
		const {file, force} = command.opts<{file?: string; force?: boolean}>();
		if (file === undefined || file === '-') {
			await presets.write(text);
			return exitCodes.ok;
		}

		refuseSpecialTarget(file, force === true);
		try {
			await (force ? replaceFile(file, text, exportFileMode) : createFile(file, () => text, exportFileMode));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				// Taken between the look above and the write.
				throw new UsageError(`Cannot write ${file}: it exists already; give --force to replace it, or another file name`);
			}

			// A full disk or a missing folder is not a mistake in the words typed: 255, as for stdout.
			throw new CliError(`Cannot write ${file}: ${systemErrorReason(error)}`, exitCodes.other);
		}

		await presets.write(`Exported ${plural(chosen.length, 'preset')} to ${file}.\n`);
		return exitCodes.ok;
	}));
}

/** An export holds no secret: an ordinary file, narrowed as usual by the umask. */
const exportFileMode = 0o666;

/**
 * What is at the name already: a FIFO or socket would block until something reads it and a
 * directory cannot be written, even with --force; a file or a link needs --force.
 */
function refuseSpecialTarget(file: string, force: boolean): void {
	let stat: fs.Stats;
	try {
		stat = fs.lstatSync(file);
	} catch {
		return;
	}

	const kind = kindOf(stat);
	if (kind === 'FIFO' || kind === 'socket' || kind === 'directory') {
		throw new UsageError(`Cannot write ${file}: it is a ${kind}, not a regular file; give - to write to stdout`);
	}

	if (force) {
		return;
	}

	if (kind === 'symbolic link') {
		throw new UsageError(`Cannot write ${file}: it is a symbolic link, which export does not follow; give --force to replace the link with the file, or another file name`);
	}

	throw new UsageError(`Cannot write ${file}: it exists already; give --force to replace it, or another file name`);
}
