// The default command, `ivs-stage-wizard [options]`: one request built from preset <
// --cli-input-json/yaml < options, then either the wizard (a terminal on both ends) or the AWS
// CLI's own behaviour. Its words are parsed exactly as `aws ivs-realtime create-stage` parses
// them (source/args/), so commander hands them over untouched (WordsCommand).
import type {Command} from 'commander';
import type {GlobalOptions} from '../../args/options.js';
import {parseCreateStageArgv} from '../../args/parse-argv.js';
import {generateSkeleton} from '../../args/skeleton.js';
import {createBatchNonInteractive} from '../../cli/create-batch-once.js';
import {createStageNonInteractive} from '../../cli/create-stage-once.js';
import {checkBatchRequest, throwOnNulls, throwOnProblems} from '../../cli/check-request.js';
import {type CliIo, writeAll} from '../../cli/io.js';
import {versionLine} from '../../cli/version.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {StagesMade} from '../../cli/stages-made.js';
import {assertQueryFits} from '../../output/query-fit.js';
import {hasCountPlaceholder} from '../../stage/name-placeholders.js';
import {type WizardLaunch, wantsLineMode} from '../../wizard/launch.js';
import {type CommandContext, isTerminal, WordsCommand} from '../command.js';
import {clientSettingsFor, installSignalHandlers, installStopHandlers, startSandbox} from '../../cli/destination.js';
import {openStore, refuseBeforeSending, refuseTakenPresetName, stageRequest} from '../../cli/stage-request.js';
import {usageText} from './usage.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('create-stage').runs(context, async words => createStage(words, context));
}

async function createStage(words: readonly string[], context: CommandContext): Promise<number> {
	const {io} = context;
	if (words[0] === 'help' || words.includes('--help') || words.includes('-h')) {
		return printUsage(context);
	}

	const parsed = parseCreateStageArgv(words);
	const {globals} = parsed;
	if (globals.version) {
		await writeAll(io.stdout, `${versionLine()}\n`);
		return exitCodes.ok;
	}

	if (globals.help) {
		return printUsage(context);
	}

	await refuseBeforeSending(globals);
	const interactive = wantsWizard(globals, io);
	const store = globals.preset || globals.savePreset || interactive ? await openStore(io) : undefined;
	refuseTakenPresetName(globals, store);
	const {request, requestToSave, presetDefaults, presetCount} = await stageRequest(parsed, store);
	if (globals.generateSkeleton) {
		if (globals.generateSkeleton === 'output') {
			throwOnProblems(request);
		}

		await writeAll(io.stdout, generateSkeleton(globals.generateSkeleton));
		return exitCodes.ok;
	}

	// A JSON null the user gave is refused in either mode; the wizard shows every other problem itself.
	throwOnNulls(request);

	const effectiveGlobals: GlobalOptions = {
		...globals,
		output: globals.output ?? (presetDefaults.output as GlobalOptions['output']),
	};
	const count = globals.count ?? presetCount;
	if (count === undefined && hasCountPlaceholder(request.name) && !interactive) {
		throw new UsageError('The name holds {n}, which numbers the stages of a batch: give --count N (1-100), or take {n} out of the name');
	}

	if (interactive && globals.query !== undefined && effectiveGlobals.output !== 'off') {
		// Both front ends apply --query only after the stage exists: refused here, before any screen
		// or the sandbox, as the non-interactive path refuses it before sending.
		assertQueryFits(globals.query, {operationName: 'CreateStage', batch: (count ?? 1) > 1});
	}

	const settings = clientSettingsFor(globals, presetDefaults, io);
	if (count !== undefined && !interactive) {
		// Refused before the sandbox starts: nothing about the batch needs the service to say it is wrong.
		checkBatchRequest(request, count, (io.now ?? (() => new Date()))());
	}

	const sandbox = globals.sandbox ? await startSandbox(settings, io) : undefined;
	// A batch stops after the stage in flight at the first Ctrl+C, so what it made is still printed;
	// one stage exits at once, as the AWS CLI does. Either way the Ctrl+C that exits names on stderr
	// what was made (and a CreateStage still out) without a terminal: its output is never printed.
	const batchStop = count !== undefined && !interactive ? new AbortController() : undefined;
	const made = interactive ? undefined : new StagesMade();
	const stopOnSignal = batchStop
		? installStopHandlers(io, batchStop, async () => sandbox?.close(), made)
		: installSignalHandlers(io, async () => sandbox?.close(), made);
	// From here an unexpected error shows its stack with --debug.
	context.debug = globals.debug;
	try {
		if (interactive) {
			const launch: WizardLaunch = {
				request,
				globals: effectiveGlobals,
				...(requestToSave.name === undefined || requestToSave.name === request.name ? {} : {nameTemplate: requestToSave.name}),
				...(count === undefined ? {} : {count}),
				clientSettings: sandbox?.settings ?? settings,
				...(sandbox ? {sandbox: {url: sandbox.url}} : {}),
				store: store!,
				stdin: io.stdin,
				stdout: io.stdout,
				stderr: io.stderr,
				env: io.env,
			};
			if (wantsLineMode(globals, io.env)) {
				const {runLineMode} = await import('../../line/run-line-mode.js');
				return await runLineMode(launch);
			}

			const {runWizard} = await import('../../ui/run-wizard.js');
			return await runWizard(launch);
		}

		if (count !== undefined) {
			return await createBatchNonInteractive({
				request,
				count,
				globals: effectiveGlobals,
				settings: sandbox?.settings ?? settings,
				io,
				store,
				requestToSave,
				...(batchStop ? {signal: batchStop.signal} : {}),
				...(made ? {made} : {}),
			});
		}

		return await createStageNonInteractive({
			request,
			globals: effectiveGlobals,
			settings: sandbox?.settings ?? settings,
			io,
			store,
			requestToSave,
			...(made ? {made} : {}),
		});
	} finally {
		stopOnSignal();
		await sandbox?.close();
	}
}

async function printUsage(context: CommandContext): Promise<number> {
	await writeAll(context.io.stdout, usageText(context.commands));
	return exitCodes.ok;
}

function wantsWizard(globals: GlobalOptions, io: CliIo): boolean {
	const terminal = isTerminal(io);
	if (globals.autoPrompt === true && !terminal) {
		throw new UsageError('--cli-auto-prompt needs a terminal on stdin and stdout; run without it, or with --no-cli-auto-prompt, in scripts');
	}

	if (globals.autoPrompt === false || globals.generateSkeleton) {
		return false;
	}

	return terminal;
}
