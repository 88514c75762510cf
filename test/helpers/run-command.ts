// Running `ivs-stage-wizard run … -- CMD` as a real process in tests: the built bin against an
// emulator with its limits on, around a real child (test/fixtures/run/child.mjs) that reports what
// it was given. ListStages on the emulator proves each delete.
import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ExecutionContext} from 'ava';
import {ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import type {EmulatorOptions, RunningEmulator} from '../../source/emulator/start-emulator.js';
import {sdkClient, startTestEmulator, tempDir} from '../emulator/helpers.js';
import {collectOutput, type Ended} from './collect-output.js';
import {cleanEnv, cliPath} from './run-cli.js';
import {waitFor} from './wait-for.js';

export const childScript = fileURLToPath(new URL('../fixtures/run/child.mjs', import.meta.url));
export const node = process.execPath;

/** What the child wrote down. */
export type Report = {
	env: Record<string, string>;
	signals: string[];
	fileMode?: string;
	directoryMode?: string;
	response?: {stage: Record<string, any>; participantTokens?: Array<Record<string, unknown>>; results?: unknown[]};
};

export type RunProcess = {
	pid: number;
	stdout: () => string;
	stderr: () => string;
	ended: Promise<Ended>;
};

export function startRun(args: string[], env: NodeJS.ProcessEnv): RunProcess {
	// A process group of its own: a test run from a terminal must not look like that terminal's Ctrl+C.
	const child = spawn(node, [cliPath, 'run', ...args], {env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
	return {pid: child.pid!, ...collectOutput(child)};
}

/** Waits until the child says it is running (its signal handlers set). */
export async function childReady(run: RunProcess): Promise<void> {
	await waitFor(() => run.stdout().includes('ready'), () => `"ready" from the child; stderr: ${run.stderr()}`);
}

export type Rig = {
	emulator: RunningEmulator;
	directory: string;
	env: NodeJS.ProcessEnv;
	/** The options that point run at the emulator. */
	target: string[];
	reportPath: string;
	report: () => Report | undefined;
	/** Every stage's ARN, by ListStages. */
	stages: () => Promise<string[]>;
};

export async function rig(t: ExecutionContext, options: Partial<EmulatorOptions> = {}): Promise<Rig> {
	const emulator = await startTestEmulator(t, {limits: true, ...options});
	const directory = await tempDir(t);
	const reportPath = path.join(directory, 'report.json');
	return {
		emulator,
		directory,
		reportPath,
		env: cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey}),
		target: ['--endpoint-url', emulator.url, '--region', emulator.region],
		report: () => (existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) as Report : undefined),
		async stages() {
			const arns: string[] = [];
			let nextToken: string | undefined;
			do {
				const page = await sdkClient(emulator).send(new ListStagesCommand({maxResults: 100, ...(nextToken ? {nextToken} : {})}));
				arns.push(...(page.stages ?? []).map(stage => stage.arn!));
				nextToken = page.nextToken;
			} while (nextToken);

			return arns;
		},
	};
}

export const twoTokens = ['--participant-token-configurations', 'userId=host,capabilities=PUBLISH,SUBSCRIBE', 'userId=guest,capabilities=SUBSCRIBE'];

/** run around the test child in `childMode` (see child.mjs), to its end. */
export async function runToEnd(r: Rig, args: string[], childMode: string, env = r.env) {
	const run = startRun([...r.target, ...args, '--', node, childScript, r.reportPath, childMode], env);
	const end = await run.ended;
	return {...end, stdout: run.stdout(), stderr: run.stderr()};
}
