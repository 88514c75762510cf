// What every command is made of. A command is a module in this folder whose `command(context)`
// builds a commander Command; table.ts lists them and main.ts runs the one the first word names.
// A command never prints an error or exits: it throws, and main.ts (the one error edge) turns the
// error into its line and the AWS CLI's exit code. Its action returns the exit code it ends with.
import {Command, type Option} from 'commander';
import {didYouMean} from '../basics/did-you-mean.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {type CliIo, writeAll} from '../cli/io.js';

export type CommandContext = {
	io: CliIo;
	/** Every command the router knows, for the help text that lists them. */
	commands: readonly CommandSummary[];
	/** Set by a command once it has read --debug: an unexpected error then shows its stack. */
	debug: boolean;
	/** What the process exits with once the action is done; the action's return value. */
	exitCode: number;
};

/** One line of the table: what the help shows, and how to load the command (only when chosen). */
export type CommandSummary = {
	name: string;
	/** After `ivs-stage-wizard `: `presets <command>`. */
	synopsis: string;
	summary: string;
	/** An AWS CLI drop-in's operation (`GetStage`): its options are the API model's. */
	operation?: string;
};

export type CommandModule = {command: (context: CommandContext) => Command};

/**
 * How a command words what commander finds wrong with its words. Commander's own wording is
 * for its generated help, which this program does not use: each command keeps its wording, and
 * the edge adds nothing but the exit code (252).
 */
export type ParseWording = {
	/** A word that looks like an option this command does not take: `--bogus`, `-x`. */
	unknownOption: (word: string, command: Command) => string;
	/** A flag given a value: `--yes=1`. */
	flagWithValue: (flag: string) => string;
	/** An option that takes a value, given none. */
	missingValue: (option: Option) => string;
};

export const plainWording: ParseWording = {
	unknownOption(word, command) {
		const known = optionFlags(command).filter(flag => flag !== '-h' && flag !== '--help');
		const suggestion = didYouMean(word, optionFlags(command));
		if (suggestion) {
			return `Unknown option ${word} for ${commandPath(command)}: ${suggestion}`;
		}

		return `Unknown option ${word} for ${commandPath(command)}${known.length > 0 ? ` (it takes ${known.join(', ')})` : ''}.`;
	},
	flagWithValue: flag => `${flag} takes no value.`,
	missingValue: option => `${option.long ?? option.short} needs a value.`,
};

/**
 * A commander Command whose parse errors are UsageErrors in the command's wording. Commander
 * raises them through unknownOption() and optionMissingArgument() (its own methods, outside its
 * typings; a test pins each wording). Extra words are the action's to check, with its own message.
 */
export class ParsedCommand extends Command {
	private unknownAllowed = false;
	private helpText: string | undefined;

	constructor(
		name: string,
		private readonly wording: ParseWording = plainWording,
	) {
		super(name);
		quiet(this).allowExcessArguments().showSuggestionAfterError(false);
	}

	override allowUnknownOption(allow = true): this {
		this.unknownAllowed = allow;
		return super.allowUnknownOption(allow);
	}

	unknownOption(word: string): void {
		if (this.unknownAllowed) {
			return;
		}

		// `--name=value` names the option `--name`: a flag given a value, or an unknown option.
		const flag = word.startsWith('--') && word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
		const known = this.options.some(option => option.long === flag && !option.required && !option.optional);
		throw new UsageError(known ? this.wording.flagWithValue(flag) : this.wording.unknownOption(flag, this));
	}

	optionMissingArgument(option: Option): never {
		throw new UsageError(this.wording.missingValue(option));
	}

	/**
	 * `-h` and `--help`: print `text` on stdout and exit 0 instead of running. Commander's own help
	 * is off (see quiet()): each command words its help itself.
	 */
	answersHelp(text: string): this {
		this.helpText = text;
		return this.option('-h, --help');
	}

	/** The action, whose return value is the exit code; commander's own action returns nothing. */
	runs(context: CommandContext, action: (command: this) => Promise<number>): this {
		return this.action(async () => {
			if (this.helpText !== undefined && this.opts<{help?: boolean}>().help) {
				await writeAll(context.io.stdout, this.helpText.endsWith('\n') ? this.helpText : `${this.helpText}\n`);
				context.exitCode = exitCodes.ok;
				return;
			}

			context.exitCode = await action(this);
		});
	}
}

/** Every flag a commander command takes: `--output`, `-y`, `--yes`. */
export function optionFlags(command: Command): string[] {
	return command.options.flatMap(option => [option.long, option.short]).filter(flag => flag !== undefined);
}

/**
 * A command that reads its words itself, exactly as given: create-stage's follow argparse's
 * rules (source/args/group-argv.ts), where a leading `--`, an abbreviation or a stray `help` mean
 * what they mean to the AWS CLI, so commander hands them over untouched.
 */
export class WordsCommand extends Command {
	constructor(name: string) {
		super(name);
		quiet(this).allowUnknownOption().allowExcessArguments();
	}

	override parseOptions(argv: string[]): {operands: string[]; unknown: string[]} {
		return {operands: [...argv], unknown: []};
	}

	runs(context: CommandContext, action: (words: readonly string[]) => Promise<number>): this {
		return this.action(async () => {
			context.exitCode = await action(this.args);
		});
	}
}

/**
 * Commander's own help and output off, and no process.exit: each command has its own help text,
 * and anything commander still finds wrong is thrown as a UsageError for the edge.
 */
function quiet<T extends Command>(command: T): T {
	return command
		.helpOption(false)
		.helpCommand(false)
		.configureOutput({writeOut() {}, writeErr() {}, outputError() {}})
		.exitOverride(error => {
			throw new UsageError(error.message.replace(/^error: /, ''));
		});
}

/** `presets list`: the command's names from the one under the program down. */
export function commandPath(command: Command): string {
	const names: string[] = [];
	for (let current: Command | null = command; current?.parent; current = current.parent) {
		names.unshift(current.name());
	}

	return names.join(' ');
}

/**
 * A terminal on both ends: the io says so (tests), or both streams are TTYs. stdout first: without
 * a terminal there, stdin (which Node builds on first use) is never needed.
 */
export function isTerminal(io: CliIo): boolean {
	return io.isTerminal ?? Boolean(io.stdout.isTTY && io.stdin.isTTY);
}
