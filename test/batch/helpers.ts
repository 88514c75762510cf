// Batches against the project's emulator with its limits on (the stage quota, the request rates):
// the emulator's clock is the real one plus an offset a test moves, so stages can be made in
// advance without waiting while a batch still runs in real time; the CLI is the built bin.
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import type {ExecutionContext} from 'ava';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import type {IvsApi} from '../../source/ivs/ivs-api.js';
import {connectIvs} from '../../source/ivs/services.js';
import {ManualClock, sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {cleanEnv, runCli, type CliResult} from '../helpers/run-cli.js';

export type LimitedEmulator = {emulator: RunningEmulator; clock: ManualClock};

export async function limitedEmulator(t: ExecutionContext): Promise<LimitedEmulator> {
	const clock = new ManualClock();
	const emulator = await startTestEmulator(t, {clock: clock.now, limits: true});
	return {emulator, clock};
}

/** Makes `count` stages named `before-<i>` in bursts the rate allows, moving the clock a second after each. */
export async function fillStages({emulator, clock}: LimitedEmulator, count: number): Promise<void> {
	const client = sdkClient(emulator);
	try {
		for (let made = 0; made < count; made += 5) {
			const burst = Math.min(5, count - made);
			// eslint-disable-next-line no-await-in-loop -- one burst per emulated second
			await Promise.all(Array.from({length: burst}, async (_, index) => client.send(new CreateStageCommand({name: `before-${made + index}`}))));
			clock.advance(1000);
		}
	} finally {
		client.destroy();
	}

	// The batch starts with a full bucket, as after a quiet second.
	clock.advance(1000);
}

export function apiFor(t: ExecutionContext, emulator: RunningEmulator): IvsApi {
	const api = connectIvs({...defaultClientSettings, region: emulator.region, endpointUrl: emulator.url, credentials: emulator.credentials});
	t.teardown(() => {
		api.close();
	});
	return api;
}

/** The built bin, without a terminal, pointed at the emulator (the SDK reads its credentials from the process's environment). */
export async function runAgainst(emulator: RunningEmulator, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
	return runCli(['--endpoint-url', emulator.url, '--region', emulator.region, ...args], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, ...env}),
	});
}

/** The stages the emulator holds, by name, from its own state. */
export async function emulatorStageNames(emulator: RunningEmulator): Promise<string[]> {
	const state = await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{name: string}>};
	return state.stages.map(stage => stage.name);
}
