// The router and the one error edge. The first word picks the command, as a literal name: the
// default command's words follow argparse's rules, where a leading `--` or a stray word mean
// what they mean to the AWS CLI, so no parser guesses at them first. Commander then runs the
// chosen command as a subcommand of the program. Whatever any command throws comes back here
// and leaves as one line (each line of a CliError; control characters escaped, see
// error-text.ts) and the AWS CLI's exit code: 252 usage, 253 config or credentials, 254 the
// service, 255 anything else, 130 interrupted. A stack trace only with --debug. A write that
// failed (stdout closed or full) is one of those errors too, never Node's crash on an unheard
// 'error' event: see cli/output-failure.ts.
import {didYouMean} from '../basics/did-you-mean.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import {errorText} from '../basics/error-text.js';
import {type CliIo, processIo, writeAll} from '../cli/io.js';
import {holdStreamErrors, outputFailure} from '../cli/output-failure.js';
import {type CommandContext, ParsedCommand} from './command.js';
import {commandTable, defaultCommand, namedCommands} from './table.js';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
	const context: CommandContext = {io, commands: commandTable, debug: false, exitCode: exitCodes.ok};
	holdStreamErrors(io);
	try {
		const named = namedCommands.find(entry => entry.name === argv[0]);
		refuseMistypedCommand(named ? undefined : argv[0]);
		const entry = named ?? defaultCommand;
		const {command} = await entry.load();
		const program = new ParsedCommand('ivs-stage-wizard')
			.enablePositionalOptions()
			.addCommand(command(context), {isDefault: entry === defaultCommand});
		await program.parseAsync([entry.name, ...(named ? argv.slice(1) : argv)], {from: 'user'});
		return context.exitCode;
	} catch (error) {
		return reportError(error, context);
	}
}

/**
 * `preset list`: a first word that is no option and no command would be refused by create-stage
 * as `Unknown options: list, preset` (it takes no words but `help`); near a command's name, the
 * line says which one was meant instead.
 */
function refuseMistypedCommand(first: string | undefined): void {
	if (first === undefined || first.startsWith('-') || first === 'help') {
		return;
	}

	const suggestion = didYouMean(first, namedCommands.map(({name}) => name));
	if (suggestion) {
		throw new UsageError(`Unknown command "${first}": ${suggestion} (ivs-stage-wizard --help lists the commands)`);
	}
}

async function reportError(thrown: unknown, {io, debug}: CommandContext): Promise<number> {
	// A command's own CliError already says what a failed write cost (a stage's ARN); a bare write
	// error is worded here, naming the stream.
	const error = thrown instanceof CliError ? thrown : outputFailure(io) ?? thrown;
	if (!(error instanceof CliError && error.lines.length === 0)) {
		try {
			await writeAll(io.stderr, errorText(error, {terminal: Boolean(io.stderr.isTTY), debug}));
		} catch {
			// Stderr cannot take it either: the exit code is all that is left to say it.
		}
	}

	return error instanceof CliError ? error.exitCode : exitCodes.other;
}
