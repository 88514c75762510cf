// The non-interactive path: what `aws ivs-realtime create-stage` does, byte for byte where it
// matters to scripts (output, exit codes, error lines). Validation runs first, so nothing the
// service would refuse is sent. CreateStage goes through the services port every mode uses
// (ivs/ivs-api.ts): the SDK's client over real HTTP unless a test hands in another.
import type {GlobalOptions} from '../args/parse-argv.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {loadIvsModules} from '../ivs/services.js';
import {toCliError} from '../ivs/service-errors.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {exitCodes} from '../basics/errors.js';
import type {CliIo} from './io.js';
import {throwOnProblems} from './check-request.js';
import {afterOutput} from './after-output.js';
import {answerNotPrinted} from './answer-not-printed.js';
import {type Connect, connectChecked} from './connect-checked.js';
import {assertQueryFitsAnswer, printResponse} from './print-response.js';
import type {StagesMade} from './stages-made.js';

export type NonInteractiveRun = {
	request: CreateStageRequest;
	globals: GlobalOptions;
	settings: ClientSettings;
	io: CliIo;
	store?: PresetStore | undefined;
	/** The request --save-preset keeps: with a preset's placeholders unexpanded. */
	requestToSave?: CreateStageRequest;
	/** For tests: how the checked settings become an IvsApi (default: the real one, connectIvs). */
	connect?: Connect;
	/** Told of the stage as it is sent and made, for a Ctrl+C (which exits at once, as the AWS CLI's does) to name. */
	made?: StagesMade;
};

export async function createStageNonInteractive({request, globals, settings: resolved, io, store, requestToSave, connect, made}: NonInteractiveRun): Promise<number> {
	// The SDK loads while the settings are checked; nothing is sent before they pass.
	void loadIvsModules();
	// Every setting that can fail is checked here, before the request: afterwards the stage
	// exists, and an error would lose the tokens only this answer carries.
	throwOnProblems(request);
	const {output, settings, ivs} = await connectChecked(resolved, globals, io, connect);
	assertQueryFitsAnswer(output, false);
	let response;
	try {
		made?.sending(request.name);
		response = await ivs.createStage(request);
		made?.made(response);
	} catch (error) {
		made?.settled();
		throw toCliError(error, 'CreateStage', settings.endpointUrl);
	} finally {
		ivs.close();
	}

	try {
		await printResponse(response, output, io);
	} catch (error) {
		// Stdout closed or full, or what only this answer can make fail (a --query on a member it
		// lacks): the stage exists, so the line names it and where its answer is kept.
		throw answerNotPrinted(error, {responses: [response], batch: false, io});
	}

	await afterOutput({globals, store, preset: {request: requestToSave ?? request}, created: `The stage ${response.stage?.arn ?? ''} was`, io});
	return exitCodes.ok;
}
