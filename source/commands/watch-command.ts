// `ivs-stage-wizard watch ARN|NAME [options]`: the live table of an existing stage. The word is
// resolved before any screen opens (stage-reference.ts), so a stage that is not there, or a name
// several stages share, is one line and its exit code. Needs a terminal: a script reads the same
// through list-participants, or `stages --output json`.
import {writeAll} from '../cli/io.js';
import {isTerminal} from './command.js';
import {installSignalHandlers} from '../cli/destination.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {connectIvs} from '../ivs/services.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {wantsLineMode} from '../wizard/launch.js';
import {readStageCommandWords, stageCommandSettings} from '../stages/stage-command-setup.js';
import {findStage, parseStageReference} from '../stages/stage-reference.js';
import {debugLog, rethrowAs, type StageCommandContext} from './stages-command.js';
import {watchUsage} from '../stages/usage.js';

export async function runWatchCommand(words: readonly string[], {io, setDebug}: StageCommandContext): Promise<number> {
	const read = readStageCommandWords('watch', words);
	if (!read) {
		await writeAll(io.stdout, watchUsage);
		return exitCodes.ok;
	}

	const {globals, operands} = read;
	if (operands.length !== 1) {
		throw new UsageError(operands.length === 0
			? 'watch needs the stage: ivs-stage-wizard watch ARN|NAME'
			: `watch takes one stage, not ${operands.length} (${neutraliseControlCharacters(operands.join(' '))})`);
	}

	if (globals.output !== undefined || globals.query !== undefined) {
		throw new UsageError('watch draws a live table and prints no --output; for data, use ivs-stage-wizard stages --output json');
	}

	if (!isTerminal(io)) {
		throw new UsageError('watch needs a terminal on stdin and stdout; in a script, use ivs-stage-wizard stages --output json');
	}

	const reference = parseStageReference(operands[0]!, 'watch');
	const {settings, sandbox} = await stageCommandSettings(globals, io);
	setDebug(globals.debug);
	const stopOnSignal = installSignalHandlers(io, async () => sandbox?.close());
	try {
		const api = connectIvs(settings, debugLog(settings.debug, io));
		let stage;
		try {
			stage = await findStage(api, reference);
			if (reference.kind === 'name') {
				// A name's summary lacks the endpoints the table's header shows.
				stage = (await api.getStage(stage.arn).catch(rethrowAs('GetStage'))) ?? stage;
			}
		} finally {
			api.close();
		}

		const launch = {globals, settings, sandbox: sandbox ? {url: sandbox.url} : undefined, io};
		if (wantsLineMode(globals, io.env)) {
			const {runStageMenu} = await import('../line/stages/run-stages-line-mode.js');
			return await runStageMenu(launch, stage);
		}

		const {runWatchScreen} = await import('../ui/stages/run-stages-screen.js');
		return await runWatchScreen(launch, stage);
	} finally {
		stopOnSignal();
		await sandbox?.close();
	}
}
