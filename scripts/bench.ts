// `npm run bench`: the figures the issues set, measured on this machine. A benchmark, not a test:
// it prints numbers and the targets beside them, and fails only if it cannot measure.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startEmulator} from '../source/emulator/start-emulator.js';
import {benchBatch} from './bench-batch.js';
import {sdkCreateFloor} from './bench-floors.js';
import {benchPackage} from './bench-package.js';
import {benchPublish} from './bench-publish.js';
import {benchWizard} from './bench-wizard.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_CLI: another build's bin (say, an install of an older tarball) to measure instead.
const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, 'dist/cli.js');
const modelPath = path.join(root, 'source/model/ivs-realtime-2020-07-14.json');
const runs = Number(process.env.BENCH_RUNS ?? 15);

export type Timing = {median: number; p90: number; min: number; runs: number};

export function summarise(samples: number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
	return {median: at(0.5), p90: at(0.9), min: sorted[0]!, runs: sorted.length};
}

async function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	const started = performance.now();
	const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stdout.resume();
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	const elapsed = performance.now() - started;
	if (code !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim()}`);
	}

	return elapsed;
}

type Run = {command: string; args: string[]; env: NodeJS.ProcessEnv};

/**
 * Each of the runs in turn, `count` times over: on a shared, noisy machine a slow moment then
 * lands on both sides of a ratio instead of on one of them.
 */
export async function timeInterleaved<T>(runs: T[], count: number, once: (run: T) => Promise<number>): Promise<Timing[]> {
	for (const run of runs) {
		await once(run); // Warm the file cache (and V8's code cache); not counted.
	}

	const samples = runs.map((): number[] => []);
	for (let index = 0; index < count; index += 1) {
		for (const [which, run] of runs.entries()) {
			samples[which]!.push(await once(run));
		}
	}

	return samples.map(summarise);
}

const timeRun = async ({command, args, env}: Run) => timeProcess(command, args, env);

/** AWS CLI v2 (the reference), if installed: Debian's is 2.9, which needs the model added. */
export function findAwsCliV2(): {command: string; home: string} | undefined {
	for (const command of ['/usr/bin/aws', '/usr/local/bin/aws', 'aws']) {
		const version = spawnSync(command, ['--version'], {encoding: 'utf8'});
		if (version.status === 0 && /^aws-cli\/2\./.test(version.stdout)) {
			const home = mkdtempSync(path.join(tmpdir(), 'bench-aws-home-'));
			const added = spawnSync(
				command,
				['configure', 'add-model', '--service-name', 'ivs-realtime', '--service-model', `file://${modelPath}`],
				{env: {...process.env, HOME: home}, encoding: 'utf8'},
			);
			if (added.status !== 0) {
				console.log(`AWS CLI v2 at ${command} could not add the IVS Real-Time model: ${added.stderr.trim()}`);
				return undefined;
			}

			return {command, home};
		}
	}

	return undefined;
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function benchNonInteractive(): Promise<void> {
	const emulator = await startEmulator({port: 0, limits: false});
	const env = {
		...process.env,
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_DEFAULT_REGION: emulator.region,
		AWS_PAGER: '',
		AWS_CONFIG_FILE: '/nonexistent',
		AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
	};
	const operationArgs = [
		'--endpoint-url',
		emulator.url,
		'--name',
		'bench',
		'--participant-token-configurations',
		'userId=host,capabilities=PUBLISH,SUBSCRIBE',
		'userId=guest,capabilities=SUBSCRIBE',
	];
	try {
		const ourRun: Run = {command: process.execPath, args: [cli, ...operationArgs], env};
		// The floor: Node starting and exiting with nothing to do, on the same machine in the same runs.
		const nodeFloor: Run = {command: process.execPath, args: ['-e', '0'], env};
		const versionRun: Run = {command: process.execPath, args: [cli, '--version'], env};
		const floorFolder = mkdtempSync(path.join(tmpdir(), 'bench-sdk-floor-'));
		const sdkFloor: Run = {command: process.execPath, args: [await sdkCreateFloor(floorFolder), emulator.url], env};
		const aws = findAwsCliV2();
		const theirRun: Run | undefined = aws && {command: aws.command, args: ['ivs-realtime', 'create-stage', ...operationArgs], env: {...env, HOME: aws.home}};
		const [floor, version, ours, sdk, theirs] = await timeInterleaved([nodeFloor, versionRun, ourRun, sdkFloor, ...(theirRun ? [theirRun] : [])], runs, timeRun);
		rmSync(floorFolder, {recursive: true, force: true});
		const ofFloor = (timing: Timing) => `${(timing.median / floor!.median).toFixed(2)}× node -e 0`;
		console.log('Non-interactive create-stage against the local emulator (whole process, wall time, runs interleaved)');
		console.log(`  node -e 0                 median ${ms(floor!.median)}  p90 ${ms(floor!.p90)}  min ${ms(floor!.min)}  (the floor)`);
		console.log(`  ivs-stage-wizard --version median ${ms(version!.median)}  p90 ${ms(version!.p90)}  min ${ms(version!.min)}  (${ofFloor(version!)})`);
		console.log(`  ivs-stage-wizard          median ${ms(ours!.median)}  p90 ${ms(ours!.p90)}  min ${ms(ours!.min)}  (${ours!.runs} runs, Node ${process.versions.node}; ${ofFloor(ours!)}, target at most 2.2×)`);
		console.log(`  the SDK alone             median ${ms(sdk!.median)}  p90 ${ms(sdk!.p90)}  min ${ms(sdk!.min)}  (${ofFloor(sdk!)}: the SDK's client alone sending the same CreateStage, started as dist/ is; the tool adds ${ms(ours!.median - sdk!.median)})`);
		if (aws && theirs) {
			rmSync(aws.home, {recursive: true, force: true});
			console.log(`  aws ivs-realtime (v2)     median ${ms(theirs.median)}  p90 ${ms(theirs.p90)}  min ${ms(theirs.min)}  (${theirs.runs} runs)`);
			console.log(`  ratio ${(ours!.median / theirs.median).toFixed(2)} of AWS CLI v2 (target at most 0.18)`);
		} else {
			console.log('  aws ivs-realtime (v2)     not measured: no AWS CLI v2 on this machine (target: at most 0.18 of its time)');
		}
	} finally {
		await emulator.close();
	}
}

/** A Tab: `completion --complete` beside a bare Node start, presets to read and all (target at most 1.5×). */
async function benchCompletion(): Promise<void> {
	const configDir = mkdtempSync(path.join(tmpdir(), 'bench-completion-'));
	try {
		const env = {...process.env, IVS_STAGE_WIZARD_CONFIG_DIR: configDir};
		const tab: Run = {command: process.execPath, args: [cli, 'completion', '--complete', '--', '--preset', ''], env};
		const bare: Run = {command: process.execPath, args: ['-e', '0'], env};
		const [ours, node] = await timeInterleaved([tab, bare], runs, timeRun);
		console.log('Shell completion: one Tab (completion --complete), whole process, wall time');
		console.log(`  completion --complete     median ${ms(ours!.median)}  p90 ${ms(ours!.p90)}  min ${ms(ours!.min)}`);
		console.log(`  node -e 0                 median ${ms(node!.median)}  p90 ${ms(node!.p90)}  min ${ms(node!.min)}`);
		console.log(`  ratio ${(ours!.median / node!.median).toFixed(2)} of a bare Node start (target at most 1.5)`);
	} finally {
		rmSync(configDir, {recursive: true, force: true});
	}
}

// BENCH_ONLY=create,wizard (any of completion, package, publish, create, wizard, batch): only those
// sections, for comparing one figure across changes without the rest's minutes.
const sections: Array<[string, () => Promise<void>]> = [
	['completion', benchCompletion],
	['package', async () => benchPackage(root, Math.max(3, Math.floor(runs / 5)))],
	// Five runs whatever BENCH_RUNS says: the figure the issue asks for is a median of 5.
	['publish', async () => benchPublish(cli, Number(process.env.BENCH_PUBLISH_RUNS ?? 5), summarise)],
	['create', benchNonInteractive],
	['wizard', async () => {
		const floorFolder = mkdtempSync(path.join(tmpdir(), 'bench-floors-'));
		try {
			await benchWizard({cli, floorFolder, runs, findAwsCliV2, summarise, timeInterleaved});
		} finally {
			rmSync(floorFolder, {recursive: true, force: true});
		}
	}],
	// Each run takes about 6 s: a few are enough (BENCH_BATCH_RUNS to change it).
	['batch', async () => benchBatch(cli, Number(process.env.BENCH_BATCH_RUNS ?? 3), summarise)],
];
const only = process.env.BENCH_ONLY?.split(',').map(name => name.trim());
const unknown = only?.filter(name => !sections.some(([section]) => section === name)) ?? [];
if (unknown.length > 0) {
	throw new Error(`BENCH_ONLY names no section ${unknown.join(', ')} (sections: ${sections.map(([name]) => name).join(', ')})`);
}

for (const [index, [, run]] of sections.filter(([name]) => !only || only.includes(name)).entries()) {
	if (index > 0) {
		console.log();
	}

	await run();
}
