// `npm run bench`'s publish figure: from spawning `publish --token` (a whole process: Node, the
// bundle, werift's chunk, ICE and DTLS over loopback, the first frames) to the emulator recording
// PUBLISH_STARTED, which it does once media has arrived. The emulator runs in this process; its
// /_emulator/whip route is polled every few milliseconds, and the event is then read back with
// ListParticipantEvents to be sure it is the one recorded.
import {spawn} from 'node:child_process';
import {CreateParticipantTokenCommand, CreateStageCommand, IVSRealTimeClient, ListParticipantEventsCommand} from '@aws-sdk/client-ivs-realtime';
import {startEmulator} from '../source/emulator/start-emulator.js';
import type {WhipSessionView} from '../source/emulator/whip/whip-sessions.js';
import type {Timing} from './bench.js';

const pollMs = 5;
const giveUpMs = 60_000;

async function onePublish(cli: string): Promise<number> {
	const emulator = await startEmulator({port: 0, host: '127.0.0.1', limits: false});
	const client = new IVSRealTimeClient({endpoint: emulator.url, region: emulator.region, credentials: emulator.credentials, maxAttempts: 1});
	try {
		const {stage} = await client.send(new CreateStageCommand({name: 'bench-publish'}));
		const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage!.arn, userId: 'bench', capabilities: ['PUBLISH']}));
		const env = {...process.env, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'};
		const started = performance.now();
		const child = spawn(process.execPath, [cli, 'publish', '--token', participantToken!.token!], {env, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		const exited = new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		let elapsed: number | undefined;
		while (elapsed === undefined) {
			const {sessions} = (await (await fetch(`${emulator.url}/_emulator/whip`)).json()) as {sessions: WhipSessionView[]};
			if (sessions.some(session => session.state === 'publishing')) {
				elapsed = performance.now() - started;
			} else if (child.exitCode !== null || performance.now() - started > giveUpMs) {
				child.kill('SIGINT');
				throw new Error(`publish did not start within ${giveUpMs / 1000} s (exit ${child.exitCode}): ${stderr.trim()}`);
			} else {
				await new Promise(resolve => {
					setTimeout(resolve, pollMs);
				});
			}
		}

		const {events} = await client.send(new ListParticipantEventsCommand({stageArn: stage!.arn, sessionId: stage!.activeSessionId, participantId: participantToken!.participantId}));
		if (!events?.some(event => event.name === 'PUBLISH_STARTED')) {
			throw new Error(`the emulator saw media but recorded no PUBLISH_STARTED: ${JSON.stringify(events)}`);
		}

		child.kill('SIGINT');
		const code = await exited;
		if (code !== 0) {
			throw new Error(`publish exited ${code} after Ctrl+C: ${stderr.trim()}`);
		}

		return elapsed;
	} finally {
		client.destroy();
		await emulator.close();
	}
}

export async function benchPublish(cli: string, runs: number, summarise: (samples: number[]) => Timing): Promise<void> {
	await onePublish(cli); // Warm the file cache; not counted.
	const samples: number[] = [];
	for (let index = 0; index < runs; index += 1) {
		samples.push(await onePublish(cli));
	}

	const timing = summarise(samples);
	const ms = (value: number) => `${Math.round(value)} ms`;
	console.log('Publish: spawning `publish --token` to the emulator\'s PUBLISH_STARTED (whole process, werift on both ends over loopback)');
	console.log(`  publish start             median ${ms(timing.median)}  p90 ${ms(timing.p90)}  min ${ms(timing.min)}  (${timing.runs} runs, each with a fresh emulator)`);
}
