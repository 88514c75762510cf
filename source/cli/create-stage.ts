// `ivs-stage-wizard [options]`: one request built from preset < --cli-input-json/yaml < options,
// then either the wizard (a terminal on both ends) or the AWS CLI's own behaviour.
import {parseCreateStageArgv, type GlobalOptions} from '../args/parse-argv.js';
import {mergeRequests} from '../args/cli-input.js';
import {UsageError, exitCodes} from '../errors.js';
import {throwOnNulls, throwOnProblems} from './check-request.js';
import {resolveClientSettings, type ClientSettings} from '../ivs/client-settings.js';
import {checkAwsConfigFiles} from '../ivs/local-files.js';
import {assertPresetName} from '../presets/preset-name.js';
import {neutraliseControlCharacters} from '../output/control-characters.js';
import type {CreateStageRequest} from '../stage/request.js';
import {type WizardLaunch, wantsLineMode} from '../wizard/launch.js';
import {type CliIo, writeAll} from './io.js';
import {versionLine} from './version.js';
import {reportError} from './main.js';

export async function runCreateStage(argv: string[], io: CliIo): Promise<number> {
	const parsed = parseCreateStageArgv(argv);
	const {globals} = parsed;
	if (globals.version) {
		await writeAll(io.stdout, `${versionLine()}\n`);
		return exitCodes.ok;
	}

	if (globals.help) {
		const {usageText} = await import('./usage.js');
		await writeAll(io.stdout, usageText());
		return exitCodes.ok;
	}

	if (globals.query !== undefined) {
		// As the AWS CLI does: a bad --query is refused before anything is sent.
		const {validateQuery} = await import('../output/query.js');
		validateQuery(globals.query);
	}

	if (globals.savePreset !== undefined) {
		// Before anything is sent: a name refused after the stage exists would cost its output.
		assertPresetName(globals.savePreset);
	}

	const interactive = wantsWizard(globals, io);
	const store = globals.preset || globals.savePreset || interactive ? await openStore(io) : undefined;
	// What --save-preset keeps: placeholders such as {date} stay, so the preset stays reusable.
	let requestToSave = parsed.request;
	let presetDefaults: {region?: string; profile?: string; output?: string} = {};
	if (globals.preset && store) {
		const preset = store.requirePreset(globals.preset);
		requestToSave = mergeRequests(preset.request, parsed.request);
		presetDefaults = preset.defaults ?? {};
	}

	const request = globals.preset ? await expandPlaceholders(requestToSave) : requestToSave;
	if (globals.generateSkeleton) {
		const {generateSkeleton} = await import('../args/skeleton.js');
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

	const sandbox = globals.sandbox ? await startSandbox(settings, io) : undefined;
	const stopOnSignal = installSignalHandlers(io, async () => sandbox?.close());
	try {
		if (interactive) {
			const launch: WizardLaunch = {
				request,
				globals: effectiveGlobals,
				...(requestToSave.name === undefined || requestToSave.name === request.name ? {} : {nameTemplate: requestToSave.name}),
				clientSettings: sandbox?.settings ?? settings,
				...(sandbox ? {sandbox: {url: sandbox.url}} : {}),
				store: store!,
				stdin: io.stdin,
				stdout: io.stdout,
				stderr: io.stderr,
				env: io.env,
			};
			if (wantsLineMode(globals, io.env)) {
				const {runLineMode} = await import('../line/run-line-mode.js');
				return await runLineMode(launch);
			}

			const {runWizard} = await import('../ui/run-wizard.js');
			return await runWizard(launch);
		}

		const {createStageNonInteractive} = await import('./create-stage-once.js');
		return await createStageNonInteractive({
			request,
			globals: effectiveGlobals,
			settings: sandbox?.settings ?? settings,
			io,
			store,
			requestToSave,
		});
	} catch (error) {
		return await reportError(error, io, globals.debug);
	} finally {
		stopOnSignal();
		await sandbox?.close();
	}
}

function wantsWizard(globals: GlobalOptions, io: CliIo): boolean {
	// stdout first: without a terminal there, stdin (which Node builds on first use) is never needed.
	const terminal = Boolean(io.stdout.isTTY && io.stdin.isTTY);
	if (globals.autoPrompt === true && !terminal) {
		throw new UsageError('--cli-auto-prompt needs a terminal on stdin and stdout; run without it, or with --no-cli-auto-prompt, in scripts');
	}

	if (globals.autoPrompt === false || globals.generateSkeleton) {
		return false;
	}

	return terminal;
}

async function expandPlaceholders(request: CreateStageRequest): Promise<CreateStageRequest> {
	const {expandRequestPlaceholders} = await import('../presets/placeholders.js');
	return expandRequestPlaceholders(request);
}

async function openStore(io: CliIo) {
	const {openPresetStore} = await import('../presets/store.js');
	const store = openPresetStore({env: io.env});
	for (const notice of store.notices) {
		// A notice may quote the broken file (V8's JSON errors do): its control characters escaped.
		await writeAll(io.stderr, `${neutraliseControlCharacters(notice)}\n`);
	}

	return store;
}

type Sandbox = {url: string; settings: ClientSettings; close: () => Promise<void>};

/** --sandbox: the emulator in this process on a free loopback port, with its own key pair. */
async function startSandbox(settings: ClientSettings, io: CliIo): Promise<Sandbox> {
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
	return {
		url: emulator.url,
		settings: {
			...settings,
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

/** Ctrl+C exits 130, as the AWS CLI does, after stopping what this process started. */
function installSignalHandlers(io: CliIo, cleanup: () => Promise<unknown>): () => void {
	const onSignal = (signal: NodeJS.Signals) => {
		void (async () => {
			await cleanup().catch(() => undefined);
			await writeAll(io.stderr, '\n').catch(() => undefined);
			process.exit(signal === 'SIGINT' ? exitCodes.interrupted : 128 + 15);
		})();
	};

	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	return () => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};
}
