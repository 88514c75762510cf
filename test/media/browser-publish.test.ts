// A real browser publishes into the emulator: headless Chromium (Debian's `chromium`) with its fake
// camera runs a web page served from another loopback origin than the emulator's (so CORS and its
// preflight are exercised), which POSTs a WHIP offer with a participant token. The stage then
// shows the participant published (ListParticipants through the SDK), and the page's DELETE ends
// it. No browser driver: the page reports each step to the server this test runs.
import {spawn, type ChildProcess} from 'node:child_process';
import {accessSync, constants, mkdtempSync, rmSync} from 'node:fs';
import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {CreateParticipantTokenCommand, CreateStageCommand, ListParticipantEventsCommand, ListParticipantsCommand} from '@aws-sdk/client-ivs-realtime';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';
import {pageHtml} from './browser-page.js';
import {until} from './until.js';

type Report = {step: 'connected' | 'failed' | 'stopped'; [key: string]: unknown};

/** CHROMIUM names one; else Debian's chromium, or another Chromium on the PATH. */
function findChromium(): {path: string} | {reason: string} {
	const candidates = process.env.CHROMIUM
		? [process.env.CHROMIUM]
		: ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap(folder => ['chromium', 'chromium-browser', 'google-chrome'].map(name => path.join(folder, name)))];
	for (const candidate of candidates) {
		try {
			accessSync(candidate, constants.X_OK);
			return {path: candidate};
		} catch {
			// Not there, or not executable: the next one.
		}
	}

	return {reason: `no Chromium found (${process.env.CHROMIUM ? `CHROMIUM=${process.env.CHROMIUM} is not an executable` : 'looked for /usr/bin/chromium, and chromium, chromium-browser and google-chrome on the PATH'}); install Debian's chromium package, or set CHROMIUM`};
}

const chromium = findChromium();

async function bodyOf(request: IncomingMessage): Promise<string> {
	const parts: Buffer[] = [];
	for await (const part of request) {
		parts.push(part as Buffer);
	}

	return Buffer.concat(parts).toString('utf8');
}

/** The page's own origin: it serves the page, hears its reports, and answers /wait-stop when told. */
async function pageServer(html: string) {
	const reports: Report[] = [];
	let stop: () => void = () => undefined;
	const stopped = new Promise<void>(resolve => {
		stop = resolve;
	});
	const server = createServer((request, response) => {
		void (async () => {
			if (request.method === 'POST' && request.url === '/report') {
				reports.push(JSON.parse((await bodyOf(request)).slice(0, 64 * 1024)) as Report);
				response.end();
			} else if (request.url === '/wait-stop') {
				await stopped;
				response.end();
			} else if (request.url === '/') {
				response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(html);
			} else {
				response.writeHead(404).end();
			}
		})();
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		reports,
		stop,
		async close() {
			stop();
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}

function launch(browser: string, url: string): ChildProcess {
	const profile = mkdtempSync(path.join(tmpdir(), 'ivs-chromium-'));
	const child = spawn(
		browser,
		[
			'--headless=new',
			'--no-sandbox',
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			// The emulator answers from 127.0.0.1 only; Chromium leaves loopback out of ICE otherwise.
			'--allow-loopback-in-peer-connection',
			'--no-first-run',
			'--no-default-browser-check',
			'--disable-gpu',
			`--user-data-dir=${profile}`,
			url,
		],
		// A process group of its own, so the browser's helper processes end with it.
		{stdio: 'ignore', detached: true},
	);
	child.once('exit', () => {
		rmSync(profile, {recursive: true, force: true});
	});
	return child;
}

if ('reason' in chromium) {
	test('a real browser publishes into the emulator (skipped)', t => {
		t.log(`Skipping the browser test: ${chromium.reason}`);
		t.pass();
	});
} else {
	test('headless Chromium publishes H.264 constrained baseline into the emulator over WHIP from another origin; the stage shows it published, its DELETE ends it', async t => {
		const emulator = await startTestEmulator(t);
		const client = sdkClient(emulator);
		const {stage} = await client.send(new CreateStageCommand({name: 'browser'}));
		const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage!.arn, userId: 'browser', capabilities: ['PUBLISH']}));
		const page = await pageServer(pageHtml({whipUrl: stage!.endpoints!.whip!, token: participantToken!.token!}));
		t.teardown(async () => page.close());
		t.not(new URL(page.url).origin, new URL(emulator.url).origin, 'the page is on another origin than the WHIP endpoint');
		const browser = launch(chromium.path, page.url);
		t.teardown(() => {
			if (browser.exitCode === null && browser.pid !== undefined) {
				process.kill(-browser.pid, 'SIGKILL');
			}
		});

		const connected = await until(async () => page.reports.find(report => report.step !== 'stopped'), 'the page to connect', 50_000);
		t.is(connected.step, 'connected', JSON.stringify(connected));
		t.is(connected.state, 'connected');
		t.true(connected.redirected, 'the POST was redirected (307) and the token went along');
		const stageNow = {stageArn: stage!.arn, sessionId: stage!.activeSessionId};
		const participant = await until(async () => {
			const {participants} = await client.send(new ListParticipantsCommand(stageNow));
			return participants?.find(entry => entry.userId === 'browser' && entry.published && entry.state === 'CONNECTED');
		}, 'the stage to show the browser published');
		const whip = async () => ((await (await fetch(`${emulator.url}/_emulator/whip`)).json()) as {sessions: WhipSessionView[]}).sessions;
		const [session] = await until(async () => {
			const sessions = await whip();
			return (sessions[0]?.video.frames ?? 0) >= 30 ? sessions : undefined;
		}, 'the browser\'s frames to arrive');
		t.is(session?.video.profileIdc, 66, 'H.264 baseline, as pinned');
		t.deepEqual(session?.errors, []);

		page.stop();
		const stopped = await until(async () => page.reports.find(report => report.step === 'stopped'), 'the page to DELETE its session');
		t.is(stopped.status, 200);
		const {events} = await client.send(new ListParticipantEventsCommand({...stageNow, participantId: participant.participantId}));
		t.deepEqual(events?.map(event => event.name), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
		t.is((await whip())[0]?.endReason, 'DELETE');
	});
}
