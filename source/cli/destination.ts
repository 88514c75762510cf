// Where a create-stage command line sends its request: the client settings (options over the
// preset's defaults over the environment and the AWS config), or --sandbox's emulator in this
// process; and a Ctrl+C that stops what this process started. Shared by every command that takes
// create-stage's options.
import type {GlobalOptions} from '../args/parse-argv.js';
import {type CliIo, writeAll} from './io.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {resolveClientSettings, type ClientSettings} from '../ivs/client-settings.js';
import {checkAwsConfigFiles} from '../ivs/local-files.js';
import type {PresetDefaults} from '../presets/types.js';
import {resolveConfigDir} from '../config-folder/config-location.js';
import {recentStagesPath} from '../recent-stages/recent-stages-file.js';
import type {StagesMade} from './stages-made.js';

export function clientSettingsFor(globals: GlobalOptions, presetDefaults: PresetDefaults, io: CliIo): ClientSettings {
	const settings = resolveClientSettings(
		{
			region: globals.region ?? presetDefaults.region,
			profile: globals.profile ?? presetDefaults.profile,
			endpointUrl: globals.endpointUrl,
			verifySsl: globals.verifySsl,
			caBundle: globals.caBundle,
			readTimeoutSeconds: globals.readTimeoutSeconds,
			connectTimeoutSeconds: globals.connectTimeoutSeconds,
			signRequest: globals.signRequest,
			debug: globals.debug,
		},
		// The sandbox goes to its own emulator: an endpoint variable is not in play there.
		globals.sandbox ? {...io.env, AWS_ENDPOINT_URL: undefined, AWS_ENDPOINT_URL_IVS_REALTIME: undefined} : io.env,
	);
	// The SDK reads these itself, in either mode; a FIFO or /dev/zero there would hang it.
	checkAwsConfigFiles(io.env);
	const recentStagesFile = recentStagesFileFor(io.env);
	return recentStagesFile ? {...settings, recentStagesFile} : settings;
}

/** The record of recent stages, in the config folder; none when there is no folder (HOME empty): the record is never worth a failure. */
function recentStagesFileFor(env: NodeJS.ProcessEnv): string | undefined {
	try {
		return recentStagesPath(resolveConfigDir(env));
	} catch {
		return undefined;
	}
}

export type Sandbox = {url: string; settings: ClientSettings; close: () => Promise<void>};

/** --sandbox: the emulator in this process on a free loopback port, with its own key pair. */
export async function startSandbox(settings: ClientSettings, io: CliIo): Promise<Sandbox> {
	const {startEmulator} = await import('../emulator/start-emulator.js');
	const region = settings.region ?? 'us-west-2';
	if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
		throw new UsageError(`Invalid region "${region}": a region looks like us-west-2`);
	}

	const emulator = await startEmulator({port: 0, host: '127.0.0.1', region});
	if (settings.debug) {
		await writeAll(io.stderr, `Sandbox: IVS Real-Time emulator at ${emulator.url} (stages here are not real AWS stages)\n`);
	}

	let closed = false;
	// Sandbox stages end with the process: completion must not offer them afterwards.
	const {recentStagesFile: _notRecorded, ...real} = settings;
	return {
		url: emulator.url,
		settings: {
			...real,
			region: emulator.region,
			endpointUrl: emulator.url,
			credentials: emulator.credentials,
			signRequest: true,
			profile: undefined,
		},
		async close() {
			if (!closed) {
				closed = true;
				await emulator.close();
			}
		},
	};
}

/**
 * Ctrl+C exits 130, as the AWS CLI does, after stopping what this process started; the stages it
 * made (`made`) are named on stderr first, since their output will never be printed.
 */
export function installSignalHandlers(io: CliIo, cleanup: () => Promise<unknown>, made?: StagesMade): () => void {
	let exiting = false;
	const onSignal = (signal: NodeJS.Signals) => {
		if (exiting) {
			// Still naming what was made: a Ctrl+C now must not cut that short.
			return;
		}

		exiting = true;
		void (async () => {
			const lastWords = made?.lines() ?? [];
			await writeAll(io.stderr, lastWords.length > 0 ? `\n${lastWords.join('\n')}\n` : '\n').catch(() => undefined);
			// From here another Ctrl+C ends the process outright, should the clean-up hang.
			remove();
			await cleanup().catch(() => undefined);
			process.exit(signal === 'SIGINT' ? exitCodes.interrupted : 128 + 15);
		})();
	};

	// `on`, not `once`: with no listener left, Node puts back the default action (death) at once.
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	const remove = () => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};

	return remove;
}

/**
 * For work that stops cleanly between steps (a batch, after the stage in flight): the first Ctrl+C
 * or SIGTERM aborts `controller`, so what was made is still reported; a second one exits at once
 * as installSignalHandlers does.
 */
export function installStopHandlers(io: CliIo, controller: AbortController, cleanup: () => Promise<unknown>, made?: StagesMade): () => void {
	let exitOnNext: (() => void) | undefined;
	const onSignal = () => {
		// The next handlers first: between the two, with no listener, a second Ctrl+C would kill us unheard.
		exitOnNext ??= installSignalHandlers(io, cleanup, made);
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		controller.abort();
	};

	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	return () => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		exitOnNext?.();
	};
}
