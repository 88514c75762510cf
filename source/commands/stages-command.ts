// `ivs-stage-wizard stages [options]`: the region's stages. In a terminal (and without --output),
// a screen to browse them (ui/stages/, loaded only then) or, with --plain, line mode's menu;
// otherwise {"stages": [...]} through the formatters, every page of ListStages read first.
import {type CliIo, writeAll} from '../cli/io.js';
import {isTerminal} from './command.js';
import {installSignalHandlers} from '../cli/destination.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {connectIvs, loadIvsModules} from '../ivs/services.js';
import {toCliError} from '../ivs/service-errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {wantsLineMode} from '../wizard/launch.js';
import {listAllStages} from '../core/list-all-stages.js';
import {readStageCommandWords, stageCommandSettings} from '../stages/stage-command-setup.js';
import {overviewOf, withConnectedCounts} from '../stages/stage-overview.js';
import {formatStagesOutput} from '../stages/stages-output.js';
import {stagesUsage} from '../stages/usage.js';

export type StageCommandContext = {io: CliIo; setDebug: (debug: boolean) => void};

export async function runStagesCommand(words: readonly string[], {io, setDebug}: StageCommandContext): Promise<number> {
	const read = readStageCommandWords('stages', words);
	if (!read) {
		await writeAll(io.stdout, stagesUsage);
		return exitCodes.ok;
	}

	const {globals, operands} = read;
	if (operands.length > 0) {
		throw new UsageError(`stages takes no words but options (got ${neutraliseControlCharacters(operands.join(' '))}); to watch one stage: ivs-stage-wizard watch ARN|NAME`);
	}

	const screen = isTerminal(io) && globals.output === undefined && globals.autoPrompt !== false;
	if (!screen) {
		void loadIvsModules();
	}

	const {settings, sandbox} = await stageCommandSettings(globals, io);
	setDebug(globals.debug);
	const stopOnSignal = installSignalHandlers(io, async () => sandbox?.close());
	try {
		if (screen) {
			const launch = {globals, settings, sandbox: sandbox ? {url: sandbox.url} : undefined, io};
			if (wantsLineMode(globals, io.env)) {
				const {runStagesLineMode} = await import('../line/stages/run-stages-line-mode.js');
				return await runStagesLineMode(launch);
			}

			const {runStagesScreen} = await import('../ui/stages/run-stages-screen.js');
			return await runStagesScreen(launch);
		}

		const api = connectIvs(settings, debugLog(settings.debug, io));
		try {
			const stages = await withConnectedCounts(api, (await listAllStages(api).catch(rethrowAs('ListStages'))).map(overviewOf)).catch(rethrowAs('ListParticipants'));
			const terminal = Boolean(io.stdout.isTTY);
			if (globals.output === 'off') {
				return exitCodes.ok;
			}

			await writeAll(io.stdout, formatStagesOutput(stages, {
				format: globals.output === 'yaml-stream' ? 'yaml' : globals.output ?? 'json',
				query: globals.query,
				color: globals.color === 'on' || (globals.color === 'auto' && terminal),
				terminalWidth: (terminal ? io.stdout.columns : undefined) ?? 80,
				terminal,
			}));
			return exitCodes.ok;
		} finally {
			api.close();
		}
	} finally {
		stopOnSignal();
		await sandbox?.close();
	}
}

/** --debug: each request and answer on stderr, tokens redacted (ivs/redact.ts), controls escaped. */
export function debugLog(debug: boolean | undefined, io: CliIo): {debugLog?: (line: string) => void} {
	return debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${neutraliseControlCharacters(line)}\n`)} : {};
}

/** The SDK's error as the AWS CLI words it for `operation` (exit 254 for the service's own). */
export function rethrowAs(operation: string): (error: unknown) => never {
	return error => {
		throw toCliError(error, operation);
	};
}
