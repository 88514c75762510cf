// `presets import FILE [--force]` (FILE may be - for stdin): every preset checked with the same
// validator as the command line; one problem anywhere and nothing is imported.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {parsePresetExport} from '../../presets/export-format.js';
import {importFileByteLimit} from '../../presets/limits.js';
import {FileTooLargeError, formatBytes, NotRegularFileError, readRegularFileSync, readStreamLimited} from '../../basics/read-regular-file.js';
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
		await presets.write(`Imported ${plural(imported.length, 'preset')}${namesInBrief(imported.map(({name}) => name))}.\n`);
		return exitCodes.ok;
	}));
}

/** Thousands of imported names on one line say nothing: the first few, and how many more. */
function namesInBrief(names: readonly string[]): string {
	if (names.length === 0) {
		return '';
	}

	const shown = names.slice(0, namesShown).join(', ');
	return names.length > namesShown ? `: ${shown} and ${names.length - namesShown} more` : `: ${shown}`;
}

const namesShown = 5;

/** An export file is read to importFileByteLimit (limits.ts), from a file or stdin (`-`, for pipes). */
function readFile(file: string): string {
	try {
		return readRegularFileSync(file, importFileByteLimit).toString('utf8');
	} catch (error) {
		if (error instanceof NotRegularFileError) {
			throw new UsageError(`Cannot read ${file}: it is a ${error.kind}, not a regular file; to import from a pipe, give - and pipe it to stdin`);
		}

		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot import ${file}: it is larger than ${formatBytes(importFileByteLimit)}, the most an import may read; nothing was imported`);
		}

		throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
	}
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
	try {
		return (await readStreamLimited(stream, importFileByteLimit, 'stdin')).toString('utf8');
	} catch (error) {
		if (error instanceof FileTooLargeError) {
			throw new UsageError(`Cannot import stdin: it holds more than ${formatBytes(importFileByteLimit)}, the most an import may read; nothing was imported`);
		}

		throw error;
	}
}
