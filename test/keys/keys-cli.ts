// Shared by the keys and token tests: the built CLI against an emulator of the test's own, with a
// config folder of its own in a temp dir (where the keys land), and a stage made through the SDK.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {CreateStageCommand, type Stage} from '@aws-sdk/client-ivs-realtime';
import type {ExecutionContext} from 'ava';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {cleanEnv, runCli, type CliResult} from '../helpers/run-cli.js';

export type KeysWorld = {
	emulator: RunningEmulator;
	configDir: string;
	keysDir: string;
	/** The CLI with the emulator's endpoint, region and credentials, and this world's config folder. */
	cli: (args: string[], options?: {endpoint?: boolean}) => Promise<CliResult>;
	stage: (name?: string) => Promise<Stage>;
};

export async function keysWorld(t: ExecutionContext): Promise<KeysWorld> {
	const emulator = await startTestEmulator(t);
	const configDir = await mkdtemp(path.join(tmpdir(), 'ivs-keys-test-'));
	t.teardown(async () => rm(configDir, {recursive: true, force: true}));
	const env = cleanEnv({
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_DEFAULT_REGION: emulator.region,
		IVS_STAGE_WIZARD_CONFIG_DIR: configDir,
	});
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	return {
		emulator,
		configDir,
		keysDir: path.join(configDir, 'keys'),
		cli: async (args, {endpoint = true} = {}) => runCli(endpoint ? [...args, '--endpoint-url', emulator.url] : args, {env}),
		async stage(name = 'keys-test') {
			const {stage} = await client.send(new CreateStageCommand({name}));
			return stage!;
		},
	};
}

/** The lines a CLI wrote to stderr, for "one line" checks. */
export function errorLines(result: CliResult): string[] {
	return result.stderr.split('\n').filter(line => line !== '');
}
