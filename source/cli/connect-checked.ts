// What every non-interactive call does between the request's checks and the first byte sent:
// the profile must exist, the profile's CLI settings (output, pager) and the connection's are
// checked, then the client is made. Single stages and batches share it, so a setting refused for
// one is refused for the other, and always before anything is sent.
import type {GlobalOptions} from '../args/parse-argv.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import type {HandlerObservers} from '../ivs/observed-http-handler.js';
import {assertProfileExists} from '../ivs/profiles.js';
import {connectIvs} from '../ivs/services.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {checkConnection} from './check-connection.js';
import type {CliIo} from './io.js';
import {planOutput, type OutputPlan} from './print-response.js';
import {loadProfileCliSettings} from './profile-config.js';

/** How checked settings become an IvsApi: the real client unless a test hands in another. */
export type Connect = (settings: ClientSettings, observers: Pick<HandlerObservers, 'debugLog'>) => IvsApi;

export async function connectChecked(resolved: ClientSettings, globals: GlobalOptions, io: CliIo, connect: Connect = connectIvs): Promise<{output: OutputPlan; settings: ClientSettings; ivs: IvsApi}> {
	if (resolved.profile && resolved.signRequest && !resolved.credentials) {
		await assertProfileExists(resolved.profile, io.env);
	}

	const profile = await loadProfileCliSettings(globals.profile ?? resolved.profile, io.env);
	const output = planOutput(globals, profile, io);
	const settings = checkConnection(resolved, profile, io.env);
	const ivs = connect(settings, {
		// Debug lines carry the service's text: shown with its control characters escaped.
		...(settings.debug ? {debugLog: (line: string) => io.stderr.write(`${new Date().toISOString()} DEBUG ${neutraliseControlCharacters(line)}\n`)} : {}),
	});
	return {output, settings, ivs};
}
