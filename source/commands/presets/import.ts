// `presets import FILE [--force]` (FILE may be - for stdin): every preset checked with the same
// validator as the command line; one problem anywhere and nothing is imported.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../../errors.js';
import {configFileByteLimit} from '../../presets/config-file.js';
import {parsePresetExport} from '../../presets/export-format.js';
import {FileTooLargeError, formatBytes, NotRegularFileError, readRegularFileSync, readStreamLimited} from '../../read-regular-file.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {operands, plural, type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

export function importPresets(presets: Presets, context: CommandContext): Command {
	return new ParsedCommand('import').option('--force').answersHelp(presetsSubcommandUsage('import')).runs(context, withNotices(presets, async command => {
		const [file] = operands(command, 1, 1, 'presets import needs one file: ivs-stage-wizard presets import FILE [--force] (FILE may be - for stdin)');
		const text = file === '-' ? await readStdin(presets.io.stdin) : readFile(file!);
		const {presets: imported, problems} = parsePresetExport(text, file === '-' ? 'stdin' : file!);
		if (problems.length > 0) {
			// One line per problem, naming the preset and the field; nothing is imported.
			throw new UsageError(problems);
		}

		const store = presets.store();
		const existing = new Set(store.listPresets().map(({name}) => name));
		const taken = imported.filter(({name}) => existing.has(name)).map(({name}) => name);
		if (taken.length > 0 && !command.opts<{force?: boolean}>().force) {
			const one = taken.length === 1;
			throw new UsageError(`${one ? 'A preset' : 'Presets'} named ${taken.map(name => `"${name}"`).join(', ')} already exist${one ? 's' : ''}; nothing was imported. Use --force to replace ${one ? 'it' : 'them'}.`);
		}

		store.savePresets(imported, {overwrite: true});
		const names = imported.map(({name}) => name).join(', ');
		await presets.write(`Imported ${plural(imported.length, 'preset')}${imported.length > 0 ? `: ${names}` : ''}.\n`);
		return exitCodes.ok;
	}));
}

/** As much as an export file may hold: the config file's own limit. Stdin (`-`) is for pipes. */
function readFile(file: string): string {
	try {
		return readRegularFileSync(file, configFileByteLimit).toString('utf8');
	} catch (error) {
		if (error instanceof NotRegularFileError) {
			throw new UsageError(`Cannot read ${file}: it is a ${error.kind}, not a regular file; to import from a pipe, give - and pipe it to stdin`);
		}

		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot read ${file}: it is larger than ${formatBytes(configFileByteLimit)}`);
		}

		throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
	}
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
	try {
		return (await readStreamLimited(stream, configFileByteLimit, 'stdin')).toString('utf8');
	} catch (error) {
		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot read stdin: it holds more than ${formatBytes(configFileByteLimit)}`);
		}

		throw error;
	}
}
