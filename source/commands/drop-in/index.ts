// The AWS CLI drop-ins: `ivs-stage-wizard get-stage --arn ARN` does what `aws ivs-realtime
// get-stage --arn ARN` does. One path for every operation: the API model gives the options, the
// parser and the checks (source/args/), IvsApi.call sends it, and the answer is printed as the AWS
// CLI prints it (source/output/). A command is its operation's name (table.ts), nothing more.
import type {Command} from 'commander';
import {cliName} from '../../args/options.js';
import {parseOperationArgv} from '../../args/parse-argv.js';
import {generateSkeleton} from '../../args/skeleton.js';
import {callOperationOnce} from '../../cli/call-operation-once.js';
import {throwOnInputProblems} from '../../cli/check-request.js';
import {writeAll} from '../../cli/io.js';
import {versionLine} from '../../cli/version.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {validateQuery} from '../../output/query.js';
import {type CommandContext, type CommandModule, WordsCommand} from '../command.js';
import {clientSettingsFor, installSignalHandlers} from '../../cli/destination.js';
import {dropInUsage} from './usage.js';

/** The command module of the drop-in for `operationName` (`GetStage` → `get-stage`). */
export function dropIn(operationName: string): CommandModule {
	return {
		command: (context: CommandContext): Command => new WordsCommand(cliName(operationName)).runs(context, async words => runDropIn(operationName, words, context)),
	};
}

async function runDropIn(operationName: string, words: readonly string[], context: CommandContext): Promise<number> {
	const {io} = context;
	if (words[0] === 'help' || words.includes('--help') || words.includes('-h')) {
		return printUsage(operationName, context);
	}

	const {input, globals} = parseOperationArgv(operationName, words);
	if (globals.version) {
		await writeAll(io.stdout, `${versionLine()}\n`);
		return exitCodes.ok;
	}

	if (globals.help) {
		return printUsage(operationName, context);
	}

	if (globals.autoPrompt === true) {
		throw new UsageError(`--cli-auto-prompt: ${cliName(operationName)} has no prompt; give its options on the command line`);
	}

	if (globals.query !== undefined) {
		// As the AWS CLI does: a bad --query is refused before anything is sent.
		validateQuery(globals.query);
	}

	if (globals.generateSkeleton) {
		if (globals.generateSkeleton === 'output') {
			throwOnInputProblems(operationName, input);
		}

		await writeAll(io.stdout, generateSkeleton(globals.generateSkeleton, operationName));
		return exitCodes.ok;
	}

	const settings = clientSettingsFor(globals, {}, io);
	// Ctrl+C exits 130 at once, as the AWS CLI does; nothing of this process needs stopping.
	const stopOnSignal = installSignalHandlers(io, async () => undefined);
	// From here an unexpected error shows its stack with --debug.
	context.debug = globals.debug;
	try {
		return await callOperationOnce({operationName, input, globals, settings, io});
	} finally {
		stopOnSignal();
	}
}

async function printUsage(operationName: string, context: CommandContext): Promise<number> {
	await writeAll(context.io.stdout, dropInUsage(operationName));
	return exitCodes.ok;
}
