// `npm run probe`: the hostile cases of issue 17 run against the built CLI, one row each. A probe,
// not a test: it prints a table of what happened and exits 1 if any row failed. The tests hold the
// same cases one by one; this puts them side by side, as an attacker would try them in a row.
// Some rows need root (a tmpfs for the full disk); without it they say so and are skipped.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = process.env.PROBE_CLI ? path.resolve(process.env.PROBE_CLI) : path.join(root, 'dist/cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'probe-hostile-'));
const waitLimitMs = 30_000;

type Row = {probe: string; expected: string; observed: string; ok: boolean | 'skipped'};
const rows: Row[] = [];

function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const home = path.join(scratch, 'home');
	return {
		PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'),
		AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-west-2', TMPDIR: path.join(scratch, 'tmp'), CI: 'true', ...extra,
	};
}

type Ended = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

function ended(child: ChildProcess): Promise<Ended> {
	let stdout = '';
	let stderr = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	// 'exit', not 'close': a process left behind holds the pipes open, and that is a finding, not a hang.
	return new Promise(resolve => {
		child.on('exit', (code, signal) => {
			const settle = () => {
				resolve({code, signal, stdout, stderr});
			};

			child.on('close', settle);
			setTimeout(settle, 500);
		});
	});
}

async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value) {
			return value;
		}

		if (Date.now() - started > waitLimitMs) {
			throw new Error(`gave up waiting for ${what}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

/** The end of a process that was told to stop, or undefined (and a SIGKILL) when it hangs on. */
async function endOrKill(child: ChildProcess, result: Promise<Ended>): Promise<Ended | undefined> {
	const hung = new Promise<undefined>(resolve => {
		until('the process to end', () => false).catch(() => {
			resolve(undefined);
		});
	});
	const ending = await Promise.race([result, hung]);
	if (!ending) {
		child.kill('SIGKILL');
		await result;
	}

	return ending;
}

function runCli(args: string[], env = baseEnv(), stdout: 'pipe' | number | 'ignore' = 'pipe'): Promise<Ended> {
	return ended(spawn(process.execPath, [cli, ...args], {env, stdio: ['ignore', stdout, 'pipe']}));
}

const stackLike = /Unhandled 'error' event|\n\s+at .+\(|node:internal/;
const exitOf = ({code, signal}: {code: number | null; signal: NodeJS.Signals | null}) => signal ? `killed by ${signal}` : `exit ${code}`;
const oneLine = (text: string) => text.trim().split('\n').slice(-1)[0]?.slice(0, 90) ?? '';

type Emulator = {url: string; stageArns: () => Promise<string[]>; stages: () => Promise<Array<{arn: string; name: string}>>; stop: () => Promise<void>};

async function startEmulator(faults?: string): Promise<Emulator> {
	const child = spawn(process.execPath, [cli, 'emulator', '--port', '0', ...(faults ? ['--faults', faults] : [])], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		output += chunk;
	});
	const url = await until('the emulator', () => /listening on (http:\/\/\S+)/.exec(output)?.[1]);
	const stages = async () => {
		const state = await (await fetch(`${url}/_emulator/state`)).json() as {stages: Array<{arn: string; name: string}>};
		return state.stages;
	};
	return {
		url,
		stages,
		async stageArns() {
			return (await stages()).map(stage => stage.arn);
		},
		async stop() {
			child.kill('SIGTERM');
			await new Promise(resolve => child.once('close', resolve));
		},
	};
}

function record(row: Row) {
	rows.push(row);
	process.stderr.write(`${row.ok === true ? 'ok  ' : row.ok === 'skipped' ? 'skip' : 'FAIL'} ${row.probe}: ${row.observed}\n`);
}

async function probe(name: string, expected: string, body: () => Promise<{ok: boolean | 'skipped'; observed: string}>) {
	try {
		record({probe: name, expected, ...(await body())});
	} catch (error) {
		record({probe: name, expected, observed: `probe error: ${(error as Error).message}`, ok: false});
	}
}

function presetNames(env: NodeJS.ProcessEnv): string[] {
	const listed = spawnSync(process.execPath, [cli, 'presets', 'list', '--output', 'json'], {env, encoding: 'utf8'});
	try {
		return (JSON.parse(listed.stdout) as {presets: Array<{name: string}>}).presets.map(preset => preset.name);
	} catch {
		return [];
	}
}

async function fullDisk() {
	await probe('presets save on a full disk (64 KiB tmpfs)', 'refused (253), old presets intact', async () => {
		if (process.getuid?.() !== 0) {
			return {ok: 'skipped', observed: 'needs root to mount a tmpfs'};
		}

		const mountPoint = path.join(scratch, 'full');
		spawnSync('mkdir', ['-p', mountPoint]);
		const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], {encoding: 'utf8'});
		if (mounted.status !== 0) {
			return {ok: 'skipped', observed: `mount refused: ${oneLine(mounted.stderr)}`};
		}

		try {
			const env = baseEnv({XDG_CONFIG_HOME: mountPoint});
			const first = await runCli(['presets', 'save', 'a', '--name', 'kept'], env);
			if (first.code !== 0) {
				return {ok: false, observed: `could not save the first preset: ${oneLine(first.stderr)}`};
			}

			// Fill the disk to about 4 KiB free.
			const filler = openSync(path.join(mountPoint, 'filler'), 'w');
			const block = Buffer.alloc(1024, 120);
			try {
				for (;;) {
					const free = Number(spawnSync('df', ['--output=avail', '-B1', mountPoint], {encoding: 'utf8'}).stdout.split('\n')[1]);
					if (!(free > 4096)) {
						break;
					}

					writeFileSync(filler, block);
				}
			} catch {
				// The disk is full: what this loop is for.
			}

			closeSync(filler);
			const tags = path.join(scratch, 'tags-600.json');
			writeFileSync(tags, JSON.stringify(Object.fromEntries(Array.from({length: 50}, (_, index) => [`key-${index}`, 'v'.repeat(100)]))));
			const saved = await runCli(['presets', 'save', 'b', '--tags', `file://${tags}`, '--description', 'd'.repeat(1000)], env);
			const names = presetNames(env);
			const strays = readdirSync(mountPoint, {recursive: true, encoding: 'utf8'}).filter(name => name.endsWith('.tmp'));
			const ok = saved.code !== 0 && names.includes('a') && strays.length === 0;
			return {ok, observed: `exit ${saved.code}, presets now [${names.join(', ')}], ${strays.length} .tmp left; ${oneLine(saved.stderr)}`};
		} finally {
			spawnSync('umount', [mountPoint]);
		}
	});
}

async function hugeImport() {
	await probe('presets import of a 53 MB file (4,000 presets)', 'refused before writing, store intact', async () => {
		const env = baseEnv({XDG_CONFIG_HOME: path.join(scratch, 'import-config')});
		await runCli(['presets', 'save', 'a', '--name', 'kept'], env);
		const file = path.join(scratch, 'huge-import.json');
		const description = 'x'.repeat(1000);
		const presets = Array.from({length: 4000}, (_, index) => ({
			name: `p-${index}`, description,
			request: {name: `s-${index}`, tags: Object.fromEntries(Array.from({length: 50}, (_, tag) => [`k${tag}`, 'v'.repeat(200)]))},
			createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
		}));
		writeFileSync(file, JSON.stringify({format: 'ivs-stage-wizard/presets', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', presets}));
		const imported = await runCli(['presets', 'import', file, '--force'], env);
		const names = presetNames(env);
		const ok = imported.code !== 0 && names.includes('a') && imported.stderr.length + imported.stdout.length < 4000;
		return {ok, observed: `exit ${imported.code}, then presets list has ${names.length} (a kept: ${names.includes('a')}); ${oneLine(imported.stderr || imported.stdout)}`};
	});
}

async function closedOutput(emulator: Emulator) {
	const destination = ['--endpoint-url', emulator.url, '--region', 'us-west-2', '--no-cli-auto-prompt'];
	const cases: Array<[string, string[]]> = [
		['create-stage', ['--name', 'probe-closed', ...destination, '--output', 'json']],
		['--help', ['--help']],
		['--version', ['--version']],
		['template', ['template', '--name', 'probe-template']],
		['presets list', ['presets', 'list', '--output', 'json']],
	];
	for (const [label, args] of cases) {
		await probe(`${label} with stdout on /dev/full`, 'one line, no stack; a stage made is named', async () => {
			const before = new Set(await emulator.stageArns());
			const full = openSync('/dev/full', 'w');
			const result = await runCli(args, baseEnv(), full);
			closeSync(full);
			const made = (await emulator.stageArns()).filter(arn => !before.has(arn));
			const named = made.every(arn => result.stderr.includes(arn));
			const ok = !stackLike.test(result.stderr) && named && result.code !== 0;
			return {ok, observed: `${exitOf(result)}, ${made.length} made, named: ${named}; ${oneLine(result.stderr)}`};
		});
		await probe(`${label} with stdout closed (| true)`, 'quiet end, no stack; a stage made is named', async () => {
			const before = new Set(await emulator.stageArns());
			const child = spawn(process.execPath, [cli, ...args], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
			child.stdout.destroy();
			const result = await ended(child);
			const made = (await emulator.stageArns()).filter(arn => !before.has(arn));
			const named = made.every(arn => result.stderr.includes(arn));
			const ok = !stackLike.test(result.stderr) && named;
			return {ok, observed: `${exitOf(result)}, ${made.length} made, named: ${named}; ${oneLine(result.stderr) || '(nothing on stderr)'}`};
		});
	}
}

async function doubleInterrupt() {
	await probe('double Ctrl+C mid-batch (CreateStage 1 s late)', 'every stage that exists is named (the one still out, by its name)', async () => {
		const emulator = await startEmulator('latency=1s,ops=CreateStage');
		try {
			const child = spawn(process.execPath, [cli, '--count', '8', '--name', 'double-{n}', '--endpoint-url', emulator.url, '--region', 'us-west-2', '--output', 'json'], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
			const result = ended(child);
			await until('two stages', async () => (await emulator.stageArns()).length >= 2);
			child.kill('SIGINT');
			// The second as soon as the first is taken (while a CreateStage is still out), as a
			// hurried person presses it: two pending at once would be one.
			await until('the first Ctrl+C taken', () => !signalPending(child.pid!));
			child.kill('SIGINT');
			const ending = await endOrKill(child, result);
			if (!ending) {
				return {ok: false, observed: 'never ended'};
			}

			const stages = await emulator.stages();
			// The stage whose CreateStage was still out has no ARN the tool could know: it is named by
			// its name, as one that may exist (test/batch/double-interrupt.test.ts).
			const unnamed = stages.filter(({arn, name}) => !ending.stdout.includes(arn) && !ending.stderr.includes(arn) && !ending.stderr.includes(`"${name}" was being created: it may exist`));
			const interrupted = ending.code === 130 || ending.signal === 'SIGINT';
			return {ok: unnamed.length === 0 && interrupted, observed: `${exitOf(ending)}, ${stages.length} exist, ${unnamed.length} never named${unnamed.length > 0 ? `; ${oneLine(ending.stderr)}` : ''}`};
		} finally {
			await emulator.stop();
		}
	});
}

/** True while a SIGINT sent to `pid` waits to be taken. */
function signalPending(pid: number): boolean {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return [...status.matchAll(/^(?:SigPnd|ShdPnd):\s*([\da-f]+)$/gm)].some(([, mask]) => (BigInt(`0x${mask}`) & 2n) !== 0n);
	} catch {
		return false;
	}
}

/** The `sleep MARKER` processes: run's own command line holds the marker too, so argv must match. */
function processesWith(marker: string): number[] {
	return readdirSync('/proc').filter(entry => /^\d+$/.test(entry)).filter(pid => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === `sleep\0${marker}\0`;
		} catch {
			return false;
		}
	}).map(Number);
}

/** The processes still there once a killed group has had a moment to be reaped (at most 2 s). */
async function survivorsOf(marker: string): Promise<number[]> {
	const started = Date.now();
	while (processesWith(marker).length > 0 && Date.now() - started < 2000) {
		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}

	const survivors = processesWith(marker);
	for (const pid of survivors) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// Gone between the look and the kill.
		}
	}

	return survivors;
}

async function runGroups(emulator: Emulator) {
	const destination = ['--endpoint-url', emulator.url, '--region', 'us-west-2'];
	const children: Array<[string, (marker: string) => string[]]> = [
		['sh child with a background sleep', marker => ['sh', '-c', `sleep ${marker} & wait`]],
		['node child spawning a grandchild', marker => [process.execPath, '-e', `require('child_process').spawn('sleep', ['${marker}'], {stdio: 'inherit'}); setInterval(() => {}, 1000)`]],
	];
	for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
		for (const [label, command] of children) {
			await probe(`run + ${signal}, ${label}`, 'no process left, stage deleted', async () => {
				const before = new Set(await emulator.stageArns());
				const marker = `97.${Math.floor(Math.random() * 1e6)}`;
				const child = spawn(process.execPath, [cli, 'run', '--name', 'probe-run', ...destination, '--', ...command(marker)], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
				const result = ended(child);
				await until('the sleep', () => processesWith(marker).length > 0);
				child.kill(signal);
				const ending = await endOrKill(child, result);
				const survivors = await survivorsOf(marker);
				const stages = (await emulator.stageArns()).filter(arn => !before.has(arn)).length;
				const observed = `${ending ? exitOf(ending) : 'run never ended'}, ${survivors.length} processes left, ${stages} stages left`;
				return {ok: Boolean(ending) && survivors.length === 0 && stages === 0, observed};
			});
		}
	}

	await probe('run + SIGTERM, child ignoring TERM/INT/HUP, --grace 1', 'killed after the grace, stage deleted', async () => {
		const before = new Set(await emulator.stageArns());
		const marker = `98.${Math.floor(Math.random() * 1e6)}`;
		const child = spawn(process.execPath, [cli, 'run', '--grace', '1', '--name', 'probe-grace', ...destination, '--', 'sh', '-c', `trap '' TERM INT HUP; sleep ${marker} & wait; sleep ${marker}`], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
		const result = ended(child);
		await until('the sleep', () => processesWith(marker).length > 0);
		child.kill('SIGTERM');
		const ending = await endOrKill(child, result);

		const survivors = await survivorsOf(marker);
		const stages = (await emulator.stageArns()).filter(arn => !before.has(arn)).length;
		return {ok: Boolean(ending) && survivors.length === 0 && stages === 0, observed: ending ? `${exitOf(ending)}, ${survivors.length} left, ${stages} stages left` : 'run never ended'};
	});

	await probe('run killed with SIGKILL', 'its stage carries the run tag; the next run removes the stale file', async () => {
		const temporary = path.join(scratch, 'tmp');
		const before = new Set(await emulator.stageArns());
		const marker = `99.${Math.floor(Math.random() * 1e6)}`;
		const child = spawn(process.execPath, [cli, 'run', '--name', 'probe-kill9', ...destination, '--', 'sleep', marker], {env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe']});
		const result = ended(child);
		await until('the sleep', () => processesWith(marker).length > 0);
		const filesBefore = readdirSync(temporary);
		child.kill('SIGKILL');
		await result;
		for (const pid of processesWith(marker)) {
			process.kill(pid, 'SIGKILL');
		}

		const state = await (await fetch(`${emulator.url}/_emulator/state`)).json() as {stages: Array<{arn: string; tags: Record<string, string>}>};
		const tagged = state.stages.filter(stage => !before.has(stage.arn)).filter(stage => Object.keys(stage.tags).some(key => key.includes('ivs-stage-wizard') && key.includes('run')));
		const next = await runCli(['run', '--name', 'probe-next', ...destination, '--', 'true']);
		const filesAfter = readdirSync(temporary);
		// Only the killed run's own folder counts: the others here are other probes' (kept answers).
		const killedRuns = filesBefore.filter(name => name.startsWith(`ivs-stage-wizard-run-${child.pid}-`));
		const staleLeft = killedRuns.filter(name => filesAfter.includes(name) && existsSync(path.join(temporary, name)));
		const ok = tagged.length === 1 && killedRuns.length === 1 && staleLeft.length === 0 && next.code === 0;
		return {ok, observed: `${tagged.length} tagged stage(s) left; the killed run's folder: ${killedRuns.length} before the next run, ${staleLeft.length} after`};
	});
}

function printTable() {
	const headers = ['probe', 'expected', 'observed', 'result'];
	const table = rows.map(row => [row.probe, row.expected, row.observed, row.ok === true ? 'ok' : row.ok === 'skipped' ? 'skipped' : 'FAIL']);
	process.stdout.write(`| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`);
	for (const cells of table) {
		process.stdout.write(`| ${cells.map(cell => cell.replaceAll('|', '\\|')).join(' | ')} |\n`);
	}
}

spawnSync('mkdir', ['-p', path.join(scratch, 'tmp')]);
const emulator = await startEmulator();
try {
	await fullDisk();
	await hugeImport();
	await closedOutput(emulator);
	await doubleInterrupt();
	await runGroups(emulator);
} finally {
	await emulator.stop();
	rmSync(scratch, {recursive: true, force: true});
}

printTable();
process.exitCode = rows.some(row => row.ok === false) ? 1 : 0;
