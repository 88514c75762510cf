// `publish` after create options or --preset: the stage is made as `run` makes its own (one
// stage, never two when an answer is lost: ../run/create-stages.ts), named on stderr by its ARN
// before anything else, then published into as its first participant with PUBLISH, the one
// `run --publish` would pick (../run/run-publisher.ts). The stage is kept: the user asked for a
// stage, and a publisher that deleted it would leave them nothing to look at (`events` reads it
// afterwards). Its other tokens are not printed (publish has no answer on stdout): `token` makes
// more. Every check comes before CreateStage; after it, every way out names the stage again.
import type {ParsedCreateStageArgv} from '../args/parse-argv.js';
import {markPresetUsed} from '../cli/after-output.js';
import {throwOnProblems} from '../cli/check-request.js';
import {clientSettingsFor, installStopHandlers} from '../cli/destination.js';
import {type CliIo, writeAll} from '../cli/io.js';
import {openStore, stageRequest} from '../cli/stage-request.js';
import {StagesMade} from '../cli/stages-made.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {connectIvs, loadIvsModules} from '../ivs/services.js';
import {safeText} from '../output/safe-text.js';
import {hasCountPlaceholder} from '../stage/name-placeholders.js';
import {createStages} from '../run/create-stages.js';
import {checkedSettings} from '../run/run-command.js';
import {firstPublisher, refuseWithoutPublisher} from '../run/run-publisher.js';
import type {PublishRequest} from './publish.js';

export type Publishing = Pick<PublishRequest, 'userId' | 'source' | 'durationSeconds' | 'connectTimeoutSeconds'>;

export async function createAndPublish(parsed: ParsedCreateStageArgv, publishing: Publishing, io: CliIo): Promise<number> {
	const {globals} = parsed;
	const store = globals.preset ? await openStore(io) : undefined;
	const staged = await stageRequest(parsed, store);
	const {request} = staged;
	if (staged.presetCount !== undefined) {
		throw new UsageError(`ivs-stage-wizard publish: the preset ${safeText(JSON.stringify(globals.preset))} makes ${staged.presetCount} stages; publish makes one (see --help)`);
	}

	if (hasCountPlaceholder(request.name)) {
		throw new UsageError('The name holds {n}, which numbers the stages of a batch: publish makes one stage, so take {n} out of the name');
	}

	throwOnProblems(request);
	refuseWithoutPublisher(request.participantTokenConfigurations, 'publish');
	void loadIvsModules();
	const settings = await checkedSettings(clientSettingsFor(globals, staged.presetDefaults, io), globals, io);
	const api = connectIvs(settings, {
		// Request and answer bodies are logged with tokens redacted (ivs/redact.ts); the service's text escaped.
		...(settings.debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${neutraliseControlCharacters(line)}\n`)} : {}),
	});
	// A first Ctrl+C waits for the CreateStage out (whatever it made is named); a second exits at once, naming it as it may exist.
	const interrupted = new AbortController();
	const made = new StagesMade();
	const removeHandlers = installStopHandlers(io, interrupted, async () => undefined, made);
	let response;
	try {
		made.sending(request.name);
		const created = await createStages(api, request, undefined, {endpoint: settings.endpointUrl, stderr: io.stderr, signal: interrupted.signal});
		if (created.failure) {
			made.settled();
			throw created.failure;
		}

		[response] = created.responses;
		if (!response) {
			throw new CliError('CreateStage answered without a stage', exitCodes.service);
		}

		made.made(response);
		const arn = safeText(response.stage?.arn ?? '(no ARN in the answer)');
		const named = `Created stage ${arn} to publish into; it is kept afterwards (ivs-stage-wizard delete-stage --arn ${arn} deletes it)\n`;
		// Publish prints nothing else on stdout, so a stderr that cannot take the line (full, closed) gives it there.
		await writeAll(io.stderr, named).catch(async () => writeAll(io.stdout, named));
	} finally {
		removeHandlers();
		api.close();
	}

	const kept = `The stage ${safeText(response.stage?.arn ?? '')} is kept`;
	if (interrupted.signal.aborted) {
		throw new CliError(`Interrupted: ${kept}`, exitCodes.interrupted);
	}

	markPresetUsed(store, globals.preset);

	try {
		const first = firstPublisher(response, 'publish');
		const {publish} = await import('./publish.js');
		const code = await publish({
			...publishing,
			token: first.token,
			target: {stageArn: response.stage?.arn ?? '', whipUrl: first.whipUrl, ...(first.participantId ? {participantId: first.participantId} : {})},
		}, io);
		await writeAll(io.stderr, `${kept}\n`);
		return code;
	} catch (error) {
		if (error instanceof CliError) {
			const named = new CliError([...error.lines, `${kept}.`], error.exitCode);
			named.blankLineBefore = error.blankLineBefore;
			throw named;
		}

		throw error;
	}
}
