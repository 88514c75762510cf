// The readme walked top to bottom: every command block (readme-blocks.ts says how one is marked)
// either runs here with the exit code and output it shows, or says why it cannot. Commands run in
// bash in a folder of their own, `ivs-stage-wizard` and `npx ivs-stage-wizard` being the built
// dist/cli.js (as `npm link` or npx in a clone makes them), pointed at one emulator this test
// starts (AWS_ENDPOINT_URL_IVS_REALTIME, test keys, us-west-2); --sandbox commands use their own.
// At most two blocks run at once.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {collectOutput} from '../helpers/collect-output.js';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';
import {type Block, outputMatches, readmeBlocks} from './readme-blocks.js';

const readme = fs.readFileSync(new URL('../../readme.md', import.meta.url), 'utf8');
const blocks = readmeBlocks(readme);
const recordSeparator = '\u001E';

let shared: Promise<RunningEmulator> | undefined;
test.after.always(async () => {
	await (await shared)?.close();
});

/** Two blocks at a time: each turn waits for one of the two places. */
let running = 0;
const waiting: Array<() => void> = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
	if (running >= 2) {
		await new Promise<void>(resolve => {
			waiting.push(resolve);
		});
	}

	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/** A fresh emulator whose state already holds `count` stages (the quota example). */
async function emulatorWith(count: number, folder: string): Promise<RunningEmulator> {
	const statePath = path.join(folder, 'emulator-state.json');
	const now = Date.now();
	const stages = Array.from({length: count}, (_, index) => ({
		arn: `arn:aws:ivs:us-west-2:123456789012:stage/existing${String(index).padStart(4, '0')}`,
		name: `existing-${index}`,
		tags: {},
		autoParticipantRecordingConfiguration: {},
		endpoints: {events: 'wss://global.events.live-video.net', whip: 'https://000000000000.global-bm.whip.live-video.net', rtmp: 'rtmp://x/app/', rtmps: 'rtmps://x/app/'},
		createdAt: now,
		seq: index + 1,
	}));
	fs.writeFileSync(statePath, JSON.stringify({version: 1, seq: count, stages, sessions: [], participants: [], tokens: [], storageConfigurations: []}));
	return startEmulator({statePath});
}

type Ran = {output: string; code: number};

/** Runs the block's commands one after another in one bash, each one's output and code apart. */
async function runBlock(block: Block & {marker: {run: true}}, emulator: RunningEmulator, folder: string): Promise<Ran[]> {
	const bin = path.join(folder, 'bin');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'ivs-stage-wizard'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`, {mode: 0o755});
	const work = path.join(folder, 'work');
	fs.mkdirSync(work);
	const script = [
		// stderr goes with stdout, in the order written, as a terminal shows them: through one pipe.
		'exec 2>&1',
		// npx in a clone runs the package's own bin; here, the same built file without npm's start.
		'npx() { if [ "$1" = ivs-stage-wizard ]; then shift; ivs-stage-wizard "$@"; else command npx "$@"; fi; }',
		...block.commands.map(({text}, index) => block.marker.skip.has(index + 1)
			? `printf '\\n${recordSeparator}%s\\n' 0`
			: `${text} </dev/null\n__code=$?; printf '\\n${recordSeparator}%s\\n' "$__code"; (exit $__code)`),
	].join('\n');
	const child = spawn('bash', ['--norc', '--noprofile', '-c', script], {
		cwd: work,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: cleanEnv({
			PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH}`,
			HOME: folder,
			IVS_STAGE_WIZARD_CONFIG_DIR: path.join(folder, 'config'),
			AWS_ACCESS_KEY_ID: 'test',
			AWS_SECRET_ACCESS_KEY: 'test',
			AWS_REGION: 'us-west-2',
			AWS_ENDPOINT_URL_IVS_REALTIME: emulator.url,
			LANG: 'C.UTF-8',
			TZ: 'UTC',
		}),
	});
	const output = collectOutput(child);
	await output.ended;
	const parts = output.stdout().split(new RegExp(`\\n${recordSeparator}(\\d+)\\n`));
	const ran: Ran[] = [];
	for (let index = 0; index + 1 < parts.length; index += 2) {
		ran.push({output: parts[index]!, code: Number(parts[index + 1])});
	}

	return ran;
}

test('every command block in the readme is marked: run, or not run and why', t => {
	t.true(blocks.length > 10);
	for (const block of blocks) {
		t.true(block.commands.length > 0 || !block.marker.run, `readme.md:${block.line}: a block to run with no command in it`);
		if (!block.marker.run) {
			t.true(block.marker.reason.length > 5, `readme.md:${block.line}: say why it is not run`);
		}
	}
});

test('a shown output that differs is caught: the matcher is not a wildcard', t => {
	const shown = ['breakout-1\tarn:aws:ivs:us-west-2:123456789012:stage/nMzaIq5d3mut\teyJhbGciOiJFUzM4NCIs…WeZ6inaxnCZeakG_4JJCEY-y'];
	t.true(outputMatches(shown, 'breakout-1\tarn:aws:ivs:us-west-2:123456789012:stage/Ab12Cd34Ef56\teyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCJ9.eyJzIjoxfQ.c2ln\n'));
	t.false(outputMatches(shown, 'breakout-2\tarn:aws:ivs:us-west-2:123456789012:stage/Ab12Cd34Ef56\teyJhbGciOiJFUzM4NCIs.x\n'));
	t.false(outputMatches(shown, `${shown[0]!.replace('…', '')}\nmore\n`));
	t.true(outputMatches(['first', '…', 'last'], 'first\na\nb\nlast\n'));
	t.false(outputMatches(['first', 'last'], 'first\na\nlast\n'));
});

for (const block of blocks) {
	if (!block.marker.run) {
		continue;
	}

	const runnable = block as Block & {marker: {run: true}};
	test(`readme.md:${block.line}: ${block.commands[0]!.text.split('\n')[0]!.slice(0, 60)}`, async t => {
		t.timeout(180_000);
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-readme-'));
		t.teardown(() => {
			fs.rmSync(folder, {recursive: true, force: true});
		});
		const ran = await inTurn(async () => {
			const own = runnable.marker.stages > 0 ? await emulatorWith(runnable.marker.stages, folder) : undefined;
			try {
				shared ??= startEmulator();
				return await runBlock(runnable, own ?? await shared, folder);
			} finally {
				await own?.close();
			}
		});
		t.is(ran.length, block.commands.length);
		for (const [index, command] of block.commands.entries()) {
			if (runnable.marker.skip.has(index + 1)) {
				t.log(`not run: ${command.text} (${runnable.marker.skip.get(index + 1)!})`);
				continue;
			}

			const {output, code} = ran[index]!;
			const shownByEcho = block.commands[index + 1]?.text === 'echo $?';
			if (!shownByEcho) {
				t.is(code, command.text === 'echo $?' ? 0 : runnable.marker.exit, `$ ${command.text}\n${output}`);
			}

			if (command.expected) {
				t.true(outputMatches(command.expected, output), `$ ${command.text}\nshown:\n${command.expected.join('\n')}\nprinted:\n${output}`);
			}
		}
	});
}
