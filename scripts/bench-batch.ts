// `npm run bench`'s batch figure: `--count 30` against the emulator with its limits on (the stage
// quota and 5 CreateStage requests a second), the whole process, wall time. The floor is the rate:
// 30 requests 200 ms apart take 29 × 200 ms between the first start and the last, plus the last
// request and the process (about 6 s). Each run gets a fresh emulator, so the quota never fills.
import {spawn} from 'node:child_process';
import {startEmulator} from '../source/emulator/start-emulator.js';
import {createStageIntervalMs} from '../source/core/pacer.js';
import type {Timing} from './bench.js';

const count = 30;

async function oneBatch(cli: string): Promise<{ms: number; throttled: number; made: number}> {
	const emulator = await startEmulator({port: 0, limits: true});
	try {
		const env = {
			...process.env,
			AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
			AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
			AWS_CONFIG_FILE: '/nonexistent',
			AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
		};
		const started = performance.now();
		const child = spawn(
			process.execPath,
			[cli, '--endpoint-url', emulator.url, '--region', emulator.region, '--count', String(count), '--name', 'bench-{n}', '--participant-token-configurations', 'userId=host', '--query', 'length(results)'],
			{env, stdio: ['ignore', 'pipe', 'pipe']},
		);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		const ms = performance.now() - started;
		if (code !== 0 || stdout.trim() !== String(count)) {
			throw new Error(`the batch exited ${code}: ${stderr.trim()} ${stdout.trim()}`);
		}

		const counts = emulator.rateCounts().CreateStage ?? {allowed: 0, throttled: 0};
		return {ms, throttled: counts.throttled, made: counts.allowed};
	} finally {
		await emulator.close();
	}
}

export async function benchBatch(cli: string, runs: number, summarise: (samples: number[]) => Timing): Promise<void> {
	const samples: number[] = [];
	let throttled = 0;
	await oneBatch(cli); // Warm the file cache; not counted.
	for (let index = 0; index < runs; index++) {
		// One batch at a time: they share the machine.
		const run = await oneBatch(cli);
		samples.push(run.ms);
		throttled += run.throttled;
	}

	const timing = summarise(samples);
	const floor = (count - 1) * createStageIntervalMs;
	const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	console.log(`Batch of ${count} (--count ${count}) against the local emulator, limits on (whole process, wall time)`);
	console.log(`  median ${s(timing.median)}  p90 ${s(timing.p90)}  min ${s(timing.min)}  (${timing.runs} runs)`);
	console.log(`  floor ${s(floor)} (29 gaps of ${createStageIntervalMs} ms at 5 TPS); median ${((timing.median / floor - 1) * 100).toFixed(1)}% above it (target at most 10%)`);
	console.log(`  throttled requests (429) the emulator answered: ${throttled} (target 0)`);
}
