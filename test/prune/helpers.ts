// prune against the project's emulator with its limits on (the request rates count every
// throttled answer): stages made with the SDK's real client in bursts the rate allows, the
// emulator's clock moved a second after each, and the built bin run as a script would.
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import type {ExecutionContext} from 'ava';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {ManualClock, control, sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {cleanEnv, runCli, type CliResult} from '../helpers/run-cli.js';

export type PruneEmulator = {emulator: RunningEmulator; clock: ManualClock};

export type StageSpec = {name: string; tags?: Record<string, string>};

export type PrunedStage = {arn: string; name: string};
export type SparedStage = PrunedStage & {reason: string};
export type PruneResult = {deleted: PrunedStage[]; kept: SparedStage[]; failed: SparedStage[]};

export async function pruneEmulator(t: ExecutionContext): Promise<PruneEmulator> {
	const clock = new ManualClock();
	const emulator = await startTestEmulator(t, {clock: clock.now, limits: true});
	return {emulator, clock};
}

/** Makes the stages, five to an emulated second; returns their ARNs by name. */
export async function makeStages({emulator, clock}: PruneEmulator, specs: readonly StageSpec[]): Promise<Record<string, string>> {
	const client = sdkClient(emulator);
	const arns: Record<string, string> = {};
	try {
		for (let made = 0; made < specs.length; made += 5) {
			const burst = specs.slice(made, made + 5);
			const answers = await Promise.all(burst.map(async ({name, tags}) => client.send(new CreateStageCommand({name, ...(tags ? {tags} : {})}))));
			for (const [index, answer] of answers.entries()) {
				arns[burst[index]!.name] = answer.stage!.arn!;
			}

			clock.advance(1000);
		}
	} finally {
		client.destroy();
	}

	return arns;
}

export function cliEnv(emulator: RunningEmulator, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, ...extra});
}

export function pruneArgs(emulator: RunningEmulator, args: readonly string[]): string[] {
	return ['prune', '--endpoint-url', emulator.url, '--region', emulator.region, ...args];
}

/** The built bin without a terminal: `prune` and the words given. */
export async function runPrune(emulator: RunningEmulator, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
	return runCli(pruneArgs(emulator, args), {env: cliEnv(emulator, env)});
}

/** The stages the emulator holds now, name → ARN, from its own state. */
export async function stagesLeft(emulator: RunningEmulator): Promise<Record<string, string>> {
	const state = (await control(emulator, 'GET', '/_emulator/state')).json() as {stages: Array<{name: string; arn: string}>};
	return Object.fromEntries(state.stages.map(stage => [stage.name, stage.arn]));
}

/** Names in each list of a printed result, sorted: what a test compares. */
export function namesOf(result: PruneResult): {deleted: string[]; kept: string[]; failed: string[]} {
	const names = (list: readonly PrunedStage[]) => list.map(stage => stage.name).sort();
	return {deleted: names(result.deleted), kept: names(result.kept), failed: names(result.failed)};
}

export function reasonOf(result: PruneResult, name: string): string | undefined {
	return [...result.kept, ...result.failed].find(stage => stage.name === name)?.reason;
}

/** Every request the emulator refused for the rate so far, by operation (none: {}). */
export function throttled(emulator: RunningEmulator): Record<string, number> {
	return Object.fromEntries(Object.entries(emulator.rateCounts()).filter(([, counts]) => counts.throttled > 0).map(([operation, counts]) => [operation, counts.throttled]));
}
