// Line mode in-process, for the tests that need many runs: scripted prompts, the real SDK and the
// project's emulator, a preset store in a temp folder, and streams that collect what was printed.
import {PassThrough} from 'node:stream';
import {defaultGlobalOptions, type GlobalOptions} from '../../../source/args/options.js';
import {startEmulator, type RunningEmulator} from '../../../source/emulator/start-emulator.js';
import {defaultClientSettings, type ClientSettings} from '../../../source/ivs/client-settings.js';
import {runLineMode} from '../../../source/line/run-line-mode.js';
import {openPresetStore, type PresetStore} from '../../../source/presets/store.js';
import type {CreateStageRequest} from '../../../source/stage/request.js';
import {collector} from '../../helpers/collect-stream.js';
import {scriptedPrompts, type Step} from './scripted-prompts.js';
import {temporaryDir} from './temporary-dir.js';

export type LineRun = {
	code: number;
	stdout: string;
	stderr: string;
	store: PresetStore;
	configDir: string;
	exportDirectory: string;
	copied: string[];
	remaining: number;
};

export type LineRunOptions = {
	script: Step[];
	globals?: Partial<GlobalOptions>;
	request?: CreateStageRequest;
	/** The preset's unexpanded name, as the entry passes it with --preset (WizardLaunch.nameTemplate). */
	nameTemplate?: string;
	/** Set up the store (a draft, presets) before the run. */
	prepare?: (store: PresetStore) => void;
	configDir?: string;
	/** Over the emulator's settings: another endpoint (a proxy), a region. */
	clientSettings?: Partial<ClientSettings>;
};

type Teardown = {teardown(fn: () => unknown): void};

export async function sharedEmulator(t: Teardown): Promise<RunningEmulator> {
	const emulator = await startEmulator();
	t.teardown(async () => emulator.close());
	return emulator;
}

export async function lineRun(t: Teardown, emulator: RunningEmulator, options: LineRunOptions): Promise<LineRun> {
	const configDir = options.configDir ?? temporaryDir(t, 'ivs-line-');
	const exportDirectory = temporaryDir(t, 'ivs-line-export-');
	const store = openPresetStore({configDir});
	options.prepare?.(store);
	const stdout = collector();
	const stderr = collector();
	const prompts = scriptedPrompts(options.script);
	const copied: string[] = [];
	const code = await runLineMode(
		{
			request: options.request ?? {},
			...(options.nameTemplate ? {nameTemplate: options.nameTemplate} : {}),
			globals: {...defaultGlobalOptions, sandbox: true, plain: true, color: 'off', ...options.globals},
			clientSettings: {
				...defaultClientSettings,
				region: emulator.region,
				endpointUrl: emulator.url,
				credentials: emulator.credentials,
				// One attempt more than the default would only slow the retry test down.
				maxAttempts: 3,
				...options.clientSettings,
			},
			// globals.sandbox false: a run against an endpoint of the command line's, not the sandbox.
			...(options.globals?.sandbox === false ? {} : {sandbox: {url: emulator.url}}),
			store,
			stdin: new PassThrough() as unknown as NodeJS.ReadStream,
			stdout: stdout.stream,
			stderr: stderr.stream,
			env: {},
		},
		{
			prompts,
			exportDirectory,
			clipboard: {
				async write(text) {
					copied.push(text);
				},
			},
			loadAwsConfig: async () => ({profiles: ['default', 'work'], regionOf: {work: 'eu-west-1'}}),
		},
	);
	return {code, stdout: stdout.text(), stderr: stderr.text(), store, configDir, exportDirectory, copied, remaining: prompts.remaining()};
}

/** GET /_emulator/state: what reached the endpoint. */
export async function emulatorState(emulator: RunningEmulator): Promise<{stages: Array<Record<string, unknown>>}> {
	const response = await fetch(`${emulator.url}/_emulator/state`);
	return (await response.json()) as {stages: Array<Record<string, unknown>>};
}

export async function setFaults(emulator: RunningEmulator, spec: string): Promise<void> {
	await fetch(`${emulator.url}/_emulator/faults`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({spec})});
}
