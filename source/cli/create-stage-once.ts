// The non-interactive path: what `aws ivs-realtime create-stage` does, byte for byte where it
// matters to scripts (output, exit codes, error lines). Validation runs first, so nothing the
// service would refuse is sent.
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import type {GlobalOptions} from '../args/parse-argv.js';
import {createIvsClient} from '../ivs/client.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {toCliError} from '../ivs/service-errors.js';
import {assertProfileExists} from '../ivs/profiles.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {exitCodes} from '../errors.js';
import {type CliIo, writeAll} from './io.js';
import {throwOnProblems} from './check-request.js';
import {printResponse} from './print-response.js';

export type NonInteractiveRun = {
	request: CreateStageRequest;
	globals: GlobalOptions;
	settings: ClientSettings;
	io: CliIo;
	store?: PresetStore;
	/** The request --save-preset keeps: with a preset's placeholders unexpanded. */
	requestToSave?: CreateStageRequest;
};

export async function createStageNonInteractive({request, globals, settings, io, store, requestToSave}: NonInteractiveRun): Promise<number> {
	throwOnProblems(request);
	if (settings.profile && settings.signRequest && !settings.credentials) {
		await assertProfileExists(settings.profile, io.env);
	}

	const client = createIvsClient(settings, {
		...(settings.debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${line}\n`)} : {}),
	});
	let response;
	try {
		response = await client.send(new CreateStageCommand(request));
	} catch (error) {
		throw toCliError(error, 'CreateStage', settings.endpointUrl);
	} finally {
		client.destroy();
	}

	if (globals.savePreset && store) {
		const noticesBefore = store.notices.length;
		store.savePreset({name: globals.savePreset, request: requestToSave ?? request}, {overwrite: true});
		for (const notice of store.notices.slice(noticesBefore)) {
			await writeAll(io.stderr, `${notice}\n`);
		}
	}

	await printResponse(response, globals, io);
	if (globals.preset && store) {
		try {
			// After the output, so a script waits for nothing more than it must.
			store.markPresetUsed(globals.preset);
		} catch {
			// Only the order of the wizard's start screen depends on it; the stage exists.
		}
	}

	return exitCodes.ok;
}
