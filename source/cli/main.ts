// Picks the mode and runs it. Each mode is imported only when chosen, so `emulator` and
// `presets` load nothing of create-stage, and the non-interactive path never loads Ink or React.
import {CliError, exitCodes} from '../errors.js';
import {errorText} from '../error-text.js';
import {type CliIo, processIo, writeAll} from './io.js';

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
	const [first, ...rest] = argv;
	try {
		if (first === 'emulator') {
			const {runEmulatorCommand} = await import('../emulator/emulator-command.js');
			return await runEmulatorCommand(rest, io);
		}

		if (first === 'presets') {
			const {runPresetsCommand} = await import('../presets/presets-command.js');
			return await runPresetsCommand(rest, {...io, isTerminal: Boolean(io.stdout.isTTY && io.stdin.isTTY)});
		}

		if (first === 'template') {
			const {runTemplateCommand} = await import('../template/template-command.js');
			return await runTemplateCommand(rest, io);
		}

		if (first === 'help' || argv.includes('--help')) {
			const {usageText} = await import('./usage.js');
			await writeAll(io.stdout, usageText());
			return exitCodes.ok;
		}

		const {runCreateStage} = await import('./create-stage.js');
		return await runCreateStage(argv, io);
	} catch (error) {
		return reportError(error, io);
	}
}

/** The edge where errors become one line and an exit code; a stack trace only with --debug. */
export async function reportError(error: unknown, io: CliIo, debug = false): Promise<number> {
	await writeAll(io.stderr, errorText(error, {terminal: Boolean(io.stderr.isTTY), debug}));
	return error instanceof CliError ? error.exitCode : exitCodes.other;
}
