// Only the live table's idle figures, for comparing two builds on a busy machine: `node --import
// tsx scripts/bench-live-table.ts [CLI_A [CLI_B]]` (default dist/cli.js). The builds take turns,
// run after run (BENCH_RUNS, default 5), so a busy moment lands on both rather than on one.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startEmulator} from '../source/emulator/start-emulator.js';
import {measureLiveTableIdle, type LiveTableIdle} from './bench-wizard.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const clis = process.argv.slice(2).map(cli => path.resolve(cli));
if (clis.length === 0) {
	clis.push(path.join(root, 'dist/cli.js'));
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const emulator = await startEmulator({port: 0, limits: false});
try {
	const samples = clis.map((): LiveTableIdle[] => []);
	for (let run = 0; run < runs; run += 1) {
		for (const [which, cli] of clis.entries()) {
			const sample = await measureLiveTableIdle(cli, emulator.url);
			samples[which]!.push(sample);
			console.log(`  run ${run + 1} ${cli}: CPU ${sample.cpuPercent.toFixed(2)}%, peak ${(sample.peakKiB / 1024).toFixed(1)} MiB`);
		}
	}

	console.log('Live table, idle for 10 s with 12 participants (emulator in its own process), medians');
	for (const [which, cli] of clis.entries()) {
		const cpu = median(samples[which]!.map(sample => sample.cpuPercent));
		const peak = median(samples[which]!.map(sample => sample.peakKiB)) / 1024;
		console.log(`  ${cli}: CPU ${cpu.toFixed(2)}% of a core (target at most 1%), peak ${peak.toFixed(1)} MiB resident (target at most 85 MiB)`);
	}
} finally {
	await emulator.close();
}
