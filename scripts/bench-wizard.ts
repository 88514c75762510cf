// The wizard's figures, measured through a real pseudo-terminal as a person would meet them:
// start-up to the first frame (beside AWS CLI v2's --cli-auto-prompt), keystroke-to-frame with
// 12 participants and 50 tags, and the live table's idle CPU and peak memory (measureLiveTableIdle
// on its own: scripts/bench-live-table.ts).
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pty from '@lydell/node-pty';
import {startEmulator} from '../source/emulator/start-emulator.js';
import {inkFrameFloor, inkTableFloor} from './bench-floors.js';
import type {Timing} from './bench.js';

type Context = {
	cli: string;
	/** Where the stack's floors (bench-floors.ts) are built. */
	floorFolder: string;
	runs: number;
	findAwsCliV2: () => {command: string; home: string} | undefined;
	summarise: (samples: number[]) => Timing;
	timeInterleaved: <T>(runs: T[], count: number, once: (run: T) => Promise<number>) => Promise<Timing[]>;
};

// Escape sequences out, so the text a person sees can be searched in the raw stream.
const ansi = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

class Screen {
	readonly process: pty.IPty;
	private text = '';
	private chunks = 0;
	private waiters: Array<() => void> = [];

	constructor(command: string, args: string[], env: NodeJS.ProcessEnv, size = {cols: 80, rows: 24}) {
		this.process = pty.spawn(command, args, {name: 'xterm-256color', ...size, env});
		this.process.onData(data => {
			this.text += data.replaceAll(ansi, '');
			this.chunks += 1;
			for (const wake of this.waiters.splice(0)) {
				wake();
			}
		});
	}

	get outputCount(): number {
		return this.chunks;
	}

	async waitFor(test: (text: string) => boolean, what: string, timeoutMs = 20_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!test(this.text)) {
			if (Date.now() > deadline) {
				throw new Error(`Timed out waiting for ${what}; the screen ends with: ${this.text.slice(-400)}`);
			}

			await new Promise<void>(resolve => {
				const timer = setTimeout(resolve, 50);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}

	async waitForText(pattern: RegExp, timeoutMs?: number): Promise<void> {
		const from = this.text.length;
		await this.waitFor(text => pattern.test(text.slice(Math.max(0, from - 200))) || pattern.test(text), String(pattern), timeoutMs);
	}

	/** Resolves when the next output arrives after now: the frame a key produced. */
	async nextOutput(): Promise<void> {
		const count = this.chunks;
		await this.waitFor(() => this.chunks > count, 'a frame');
	}

	write(data: string): void {
		this.process.write(data);
	}

	kill(): void {
		try {
			this.process.kill();
		} catch {
			// It has exited already.
		}
	}
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function wizardEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		CI: 'false',
		TERM: 'xterm-256color',
		AWS_ACCESS_KEY_ID: 'test',
		AWS_SECRET_ACCESS_KEY: 'test',
		AWS_CONFIG_FILE: '/nonexistent',
		AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
		IVS_STAGE_WIZARD_CONFIG_DIR: mkdtempSync(path.join(tmpdir(), 'bench-wizard-config-')),
		...extra,
	};
}

type FirstFrame = {command: string; args: string[]; env: () => NodeJS.ProcessEnv; frame: RegExp; peaksKiB: number[]};

async function timeFirstFrame(run: FirstFrame): Promise<number> {
	const started = performance.now();
	const screen = new Screen(run.command, run.args, run.env());
	const exited = new Promise<void>(resolve => {
		screen.process.onExit(() => {
			resolve();
		});
	});
	try {
		await screen.waitFor(text => run.frame.test(text), String(run.frame));
		const elapsed = performance.now() - started;
		run.peaksKiB.push(peakMemoryKiB(screen.process.pid));
		return elapsed;
	} finally {
		// The next run starts only once this one is gone: a process still shutting down (AWS CLI's
		// Python takes a while) would otherwise share the two cores with the next one's start-up.
		screen.kill();
		await exited;
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;

async function benchFirstFrame(context: Context): Promise<void> {
	const ours: FirstFrame = {
		command: process.execPath,
		args: [context.cli, '--endpoint-url', 'http://127.0.0.1:9', '--region', 'us-west-2'],
		env: () => wizardEnv(),
		frame: /What would you like to do/,
		peaksKiB: [],
	};
	const aws = context.findAwsCliV2();
	const theirs: FirstFrame | undefined = aws && {
		command: aws.command,
		args: ['ivs-realtime', 'create-stage', '--cli-auto-prompt'],
		env: () => ({...wizardEnv(), HOME: aws.home}),
		frame: /Autocomplete Choice/,
		peaksKiB: [],
	};
	// The floor: a bare Node in the same pseudo-terminal, from spawn to its first output.
	const nodeFloor: FirstFrame = {command: process.execPath, args: ['-e', 'process.stdout.write("node ready")'], env: () => wizardEnv(), frame: /node ready/, peaksKiB: []};
	// The stack's floor: Ink and React drawing one line, started as dist/ is.
	const inkFloor: FirstFrame = {command: process.execPath, args: [await inkFrameFloor(context.floorFolder)], env: () => wizardEnv(), frame: /floor ready/, peaksKiB: []};
	const [floorTiming, inkTiming, ourTiming, theirTiming] = await context.timeInterleaved([nodeFloor, inkFloor, ours, ...(theirs ? [theirs] : [])], context.runs, timeFirstFrame);
	console.log('Process start to the first wizard frame (pseudo-terminal, 80×24, runs interleaved)');
	console.log(`  node -e 0 (first output)  median ${ms(floorTiming!.median)}  p90 ${ms(floorTiming!.p90)}  (the floor)`);
	console.log(`  Ink and React, one line   median ${ms(inkTiming!.median)}  p90 ${ms(inkTiming!.p90)}  (${mib(median(inkFloor.peaksKiB))} resident; ${(inkTiming!.median / floorTiming!.median).toFixed(2)}× node -e 0: the stack's own floor)`);
	console.log(`  ivs-stage-wizard          median ${ms(ourTiming!.median)}  p90 ${ms(ourTiming!.p90)}  (${ourTiming!.runs} runs; ${mib(median(ours.peaksKiB))} resident at that frame; ${(ourTiming!.median / floorTiming!.median).toFixed(2)}× node -e 0)`);
	if (!theirs || !theirTiming) {
		console.log('  aws --cli-auto-prompt     not measured: no AWS CLI v2 here (target: at most 0.25 of its time)');
		return;
	}

	console.log(`  aws --cli-auto-prompt     median ${ms(theirTiming.median)}  p90 ${ms(theirTiming.p90)}  (${theirTiming.runs} runs; ${mib(median(theirs.peaksKiB))} resident at that frame)`);
	console.log(`  ratio ${(ourTiming!.median / theirTiming.median).toFixed(2)} of AWS CLI v2 (target at most 0.25; Ink and React alone: ${(inkTiming!.median / theirTiming.median).toFixed(2)})`);
}

function bigRequestFile(): string {
	const request = {
		name: 'bench',
		participantTokenConfigurations: Array.from({length: 12}, (_, index) => ({
			userId: `participant-${index + 1}`,
			capabilities: index === 0 ? ['PUBLISH', 'SUBSCRIBE'] : ['SUBSCRIBE'],
			duration: 720,
			attributes: {displayName: `Participant ${index + 1}`, role: index === 0 ? 'host' : 'guest'},
		})),
		tags: Object.fromEntries(Array.from({length: 50}, (_, index) => [`tag-${index + 1}`, `value-${index + 1}`])),
	};
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-request-')), 'request.json');
	writeFileSync(file, JSON.stringify(request));
	return file;
}

/** The wizard with 12 participants and 50 tags loaded, on its stage name screen: against an emulator's URL, or with --sandbox. */
async function openLoadedWizard(context: Pick<Context, 'cli'>, endpoint: string): Promise<Screen> {
	const screen = new Screen(
		process.execPath,
		[context.cli, ...(endpoint === 'sandbox' ? ['--sandbox'] : ['--endpoint-url', endpoint]), '--region', 'us-west-2', '--cli-input-json', `file://${bigRequestFile()}`],
		wizardEnv(),
	);
	await screen.waitForText(/What would you like to do/);
	screen.write('\r');
	await screen.waitForText(/Stage name/);
	return screen;
}

async function benchKeystrokes(context: Context, emulatorUrl: string): Promise<void> {
	const screen = await openLoadedWizard(context, emulatorUrl);
	try {
		const samples: number[] = [];
		for (let index = 0; index < 60; index += 1) {
			// A typing cadence of 20 keys a second, as a quick typist; each sample is one key to its frame.
			await new Promise(resolve => setTimeout(resolve, 50));
			const frame = screen.nextOutput();
			const started = performance.now();
			screen.write(index % 10 === 9 ? '\u007F' : 'x');
			await frame;
			samples.push(performance.now() - started);
		}

		const timing = context.summarise(samples);
		const sorted = [...samples].sort((a, b) => a - b);
		const p95 = sorted[Math.floor(0.95 * sorted.length)]!;
		console.log('Keystroke to frame, stage name field, 12 participants and 50 tags loaded (pseudo-terminal)');
		console.log(`  median ${ms(timing.median)}  p95 ${ms(p95)}  max ${ms(sorted.at(-1)!)}  (${samples.length} keys; target p95 at most 16 ms)`);
	} finally {
		screen.kill();
	}
}

function cpuTicks(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	// utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
	return Number(fields[11]) + Number(fields[12]);
}

function peakMemoryKiB(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(row => row.startsWith('VmHWM:'));
	return Number(/\d+/.exec(line ?? '')?.[0] ?? Number.NaN);
}

export type LiveTableIdle = {cpuPercent: number; peakKiB: number};

/** `pid`'s CPU while left alone for `seconds` (the idle being measured), and its peak memory so far. */
async function idleFigures(pid: number, seconds: number): Promise<LiveTableIdle> {
	const before = cpuTicks(pid);
	const started = performance.now();
	await new Promise(resolve => setTimeout(resolve, seconds * 1000));
	const elapsedSeconds = (performance.now() - started) / 1000;
	const cpuSeconds = (cpuTicks(pid) - before) / 100;
	return {cpuPercent: (cpuSeconds / elapsedSeconds) * 100, peakKiB: peakMemoryKiB(pid)};
}

/**
 * The live table of a stage made through `cli` against the emulator at `emulatorUrl` (another
 * process: the figure is the wizard's own), left alone for `seconds` with 12 participants.
 */
export async function measureLiveTableIdle(cli: string, emulatorUrl: string, seconds = 10): Promise<LiveTableIdle> {
	const screen = await openLoadedWizard({cli}, emulatorUrl);
	try {
		for (const marker of [/Tags —/, /Participants —/, /Recording —/, /aws ivs-realtime create-stage/]) {
			screen.write('\t');
			await screen.waitForText(marker);
		}

		screen.write('\r');
		await screen.waitForText(/stage\/[A-Za-z0-9]{12}/);
		await screen.waitForText(/Updated \d\d:\d\d:\d\d/);
		return await idleFigures(screen.process.pid, seconds);
	} finally {
		screen.kill();
	}
}

/** The stack's smallest live table (bench-floors.ts), left alone for `seconds` once drawn. */
async function measureTableFloorIdle(floor: string, emulatorUrl: string, seconds = 10): Promise<LiveTableIdle> {
	const screen = new Screen(process.execPath, [floor, emulatorUrl], wizardEnv());
	try {
		await screen.waitForText(/floor table/);
		return await idleFigures(screen.process.pid, seconds);
	} finally {
		screen.kill();
	}
}

async function benchLiveTable(context: Context, emulatorUrl: string): Promise<void> {
	// Each run is 10 s of waiting: a fifth of the runs asked for, at least one.
	const count = Math.max(1, Math.floor(context.runs / 5));
	const floor = await inkTableFloor(context.floorFolder);
	const samples: LiveTableIdle[] = [];
	const floors: LiveTableIdle[] = [];
	for (let index = 0; index < count; index += 1) {
		samples.push(await measureLiveTableIdle(context.cli, emulatorUrl));
		floors.push(await measureTableFloorIdle(floor, emulatorUrl));
	}

	const peak = (of: LiveTableIdle[]) => mib(median(of.map(sample => sample.peakKiB)));
	console.log(`Live table, idle for 10 s with 12 participants (emulator in its own process; ${count} runs, medians)`);
	console.log(`  CPU ${median(samples.map(sample => sample.cpuPercent)).toFixed(2)}% of a core (target at most 1%)`);
	console.log(`  peak memory ${peak(samples)} resident, the whole run (target at most 85 MiB; AWS CLI v2 has no live table: its resident memory at its first --cli-auto-prompt frame is above)`);
	console.log(`  the stack's floor: ${peak(floors)} resident, CPU ${median(floors.map(sample => sample.cpuPercent)).toFixed(2)}% (Node ${process.versions.node}, Ink and React drawing 12 rows, the SDK's client making the stage and asking GetStage every 5 s)`);
}

export async function benchWizard(context: Context): Promise<void> {
	await benchFirstFrame(context);
	console.log();
	const emulator = await startEmulator({port: 0, limits: false});
	try {
		await benchKeystrokes(context, emulator.url);
		console.log();
		await benchLiveTable(context, emulator.url);
	} finally {
		await emulator.close();
	}
}
