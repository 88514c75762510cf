// Shared by the emulator's tests: an emulator per test (port 0, closed at teardown), the SDK's
// real client pointed at it, raw signed requests, and the official AWS CLI v2 in a scratch HOME.
import {execFile, execFileSync} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {request as httpRequest} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import {SignatureV4} from '@smithy/signature-v4';
import type {ExecutionContext} from 'ava';
import {NodeSha256} from '../../source/emulator/sigv4-check.js';
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/start-emulator.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const modelPath = path.join(repoRoot, 'source/model/ivs-realtime-2020-07-14.json');

export async function startTestEmulator(t: ExecutionContext, options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
	const emulator = await startEmulator({port: 0, host: '127.0.0.1', ...options});
	t.teardown(async () => emulator.close());
	return emulator;
}

export async function tempDir(t: ExecutionContext, prefix = 'ivs-emulator-test-'): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), prefix));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	return directory;
}

/** The SDK's real client, as a user would point it at the emulator. One attempt unless told. */
export function sdkClient(
	emulator: RunningEmulator,
	overrides: Partial<{accessKeyId: string; secretAccessKey: string; region: string; maxAttempts: number}> = {},
): IVSRealTimeClient {
	return new IVSRealTimeClient({
		endpoint: emulator.url,
		region: overrides.region ?? emulator.region,
		credentials: {
			accessKeyId: overrides.accessKeyId ?? emulator.credentials.accessKeyId,
			secretAccessKey: overrides.secretAccessKey ?? emulator.credentials.secretAccessKey,
		},
		maxAttempts: overrides.maxAttempts ?? 1,
	});
}

/**
 * What a test of the CLI against the emulator starts from: the emulator, the SDK's client on it, the
 * environment that sends the CLI there (with a config folder of its own), and the emulator's join.
 */
export async function cliWorld(t: ExecutionContext, configPrefix: string) {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => {
		client.destroy();
	});
	const env = {
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_REGION: emulator.region,
		AWS_ENDPOINT_URL: emulator.url,
		IVS_STAGE_WIZARD_CONFIG_DIR: await tempDir(t, configPrefix),
	};
	/** POST /_emulator/join with a token, or a stage ARN and user ID: whether it took it, the stage, or why not. */
	const join = async (body: Record<string, unknown>): Promise<{ok: boolean; stageArn?: string; reason?: string}> => {
		const answer = await fetch(`${emulator.url}/_emulator/join`, {method: 'POST', body: JSON.stringify(body)});
		return answer.ok ? {ok: true, ...((await answer.json()) as {stageArn?: string})} : {ok: false, reason: await answer.text()};
	};

	return {emulator, client, env, join};
}

/** A clock tests move by hand; it starts at the real time so real signatures stay in date. */
export class ManualClock {
	private offset = 0;
	private frozenAt: number | undefined;

	constructor(frozen = false) {
		this.frozenAt = frozen ? Date.now() : undefined;
	}

	readonly now = (): number => (this.frozenAt ?? Date.now()) + this.offset;

	advance(ms: number): void {
		this.offset += ms;
	}
}

export type RawResponse = {status: number; headers: Record<string, string | string[] | undefined>; text: string; json: () => any};

/** A plain HTTP request with exactly the given headers (fetch would add and forbid some). */
export async function rawRequest(
	url: string,
	options: {method?: string; path: string; headers?: Record<string, string>; body?: string | undefined},
): Promise<RawResponse> {
	const target = new URL(url);
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				method: options.method ?? 'POST',
				path: options.path,
				headers: options.headers,
				agent: false,
			},
			response => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text)});
				});
			},
		);
		request.on('error', reject);
		request.end(options.body);
	});
}

/** A request signed by the real signer (with @aws-crypto's hash, independent of the emulator's). */
export async function signedRequest(
	emulator: RunningEmulator,
	options: {
		method?: string;
		path: string;
		query?: Record<string, string | string[]>;
		body?: string;
		accessKeyId?: string;
		secretAccessKey?: string;
		region?: string;
		service?: string;
		signingDate?: Date;
		/** Changes the request after signing, to break the signature. */
		tamper?: (request: {headers: Record<string, string>; body: string}) => void;
	},
): Promise<RawResponse> {
	const url = new URL(emulator.url);
	const body = options.body ?? '';
	const signer = new SignatureV4({
		service: options.service ?? 'ivs',
		region: options.region ?? emulator.region,
		credentials: {
			accessKeyId: options.accessKeyId ?? emulator.credentials.accessKeyId,
			secretAccessKey: options.secretAccessKey ?? emulator.credentials.secretAccessKey,
		},
		sha256: NodeSha256,
	});
	const headers: Record<string, string> = {host: url.host, 'content-type': 'application/json'};
	if (body !== '') {
		headers['content-length'] = String(Buffer.byteLength(body));
	}

	const signed = await signer.sign(
		{
			method: options.method ?? 'POST',
			protocol: 'http:',
			hostname: url.hostname,
			port: Number(url.port),
			path: options.path,
			query: options.query ?? {},
			headers,
			body,
		},
		options.signingDate === undefined ? {} : {signingDate: options.signingDate},
	);
	const finalHeaders = Object.fromEntries(Object.entries(signed.headers).map(([key, value]) => [key, String(value)]));
	const final = {headers: finalHeaders, body};
	options.tamper?.(final);
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(options.query ?? {})) {
		for (const item of Array.isArray(value) ? value : [value]) {
			search.append(key, item);
		}
	}

	const query = search.size > 0 ? `?${search.toString()}` : '';
	return rawRequest(emulator.url, {method: options.method ?? 'POST', path: `${options.path}${query}`, headers: final.headers, body: final.body});
}

/** The unsigned control routes. */
export async function control(emulator: RunningEmulator, method: string, route: string, body?: unknown): Promise<RawResponse> {
	return rawRequest(emulator.url, {
		method,
		path: route,
		headers: {'content-type': 'application/json'},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
}

export function decodeJwtPart(part: string): Record<string, any> {
	return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, any>;
}

// --- The official AWS CLI v2 -------------------------------------------------------------------

export const awsCliPath = '/usr/bin/aws';

export type AwsCliCheck = {available: true; version: string} | {available: false; reason: string};

/** Decided once, when a test file loads, so each CLI test is either registered or skipped. */
export function detectAwsCliV2(): AwsCliCheck {
	let version: string;
	try {
		version = execFileSync(awsCliPath, ['--version'], {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', HOME: tmpdir()}, timeout: 20_000}).trim();
	} catch (error) {
		return {available: false, reason: `the AWS CLI v2 at ${awsCliPath} cannot run (${(error as Error).message.split('\n')[0]})`};
	}

	return version.startsWith('aws-cli/2.')
		? {available: true, version}
		: {available: false, reason: `${awsCliPath} is not AWS CLI v2 (it says "${version}")`};
}

export type CliResult = {exitCode: number; stdout: string; stderr: string};

/**
 * A scratch HOME with the project's copy of the IVS Real-Time model added (AWS CLI 2.9 predates
 * the service), shared by a test file's CLI runs; the file removes it with cleanupCliHome().
 */
let cliHome: Promise<string> | undefined;

export async function cleanupCliHome(): Promise<void> {
	if (cliHome) {
		const home = await cliHome;
		cliHome = undefined;
		await rm(home, {recursive: true, force: true});
	}
}

async function prepareCliHome(): Promise<string> {
	cliHome ??= (async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'ivs-emulator-aws-home-'));
		const added = await runProcess(awsCliPath, ['configure', 'add-model', '--service-name', 'ivs-realtime', '--service-model', `file://${modelPath}`], {
			PATH: process.env.PATH ?? '',
			HOME: home,
		});
		if (added.exitCode !== 0) {
			throw new Error(`aws configure add-model failed: ${added.stderr}`);
		}

		return home;
	})();
	return cliHome;
}

/** Runs `aws ivs-realtime …` against the emulator with its credentials (or the ones given). */
export async function awsCli(
	emulator: RunningEmulator,
	args: string[],
	env: Record<string, string> = {},
): Promise<CliResult> {
	const home = await prepareCliHome();
	return runProcess(awsCliPath, ['--endpoint-url', emulator.url, 'ivs-realtime', ...args], {
		PATH: process.env.PATH ?? '',
		HOME: home,
		LANG: 'C.UTF-8',
		AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
		AWS_DEFAULT_REGION: emulator.region,
		AWS_PAGER: '',
		...env,
	});
}

/** What `aws` printed as JSON; anything but exit 0 fails the test with its stderr. */
export function json(result: CliResult): any {
	if (result.exitCode !== 0) {
		throw new Error(`aws exited ${result.exitCode}: ${result.stderr}`);
	}

	return JSON.parse(result.stdout);
}

/** The line AWS CLI v2 prints for a service error, and its exit code 254. */
export function serviceError(result: CliResult, code: string, operation: string): string {
	const match = new RegExp(`^An error occurred \\(${code}\\) when calling the ${operation} operation(?: \\(reached max retries: \\d+\\))?: (.*)$`, 's')
		.exec(result.stderr.trim());
	if (result.exitCode !== 254 || !match) {
		throw new Error(`expected ${code} from ${operation} with exit 254, got exit ${result.exitCode}: ${result.stderr}`);
	}

	return match[1] ?? '';
}

async function runProcess(file: string, args: string[], env: Record<string, string>): Promise<CliResult> {
	return new Promise(resolve => {
		execFile(file, args, {env, encoding: 'utf8', timeout: 30_000}, (error, stdout, stderr) => {
			const exitCode = error ? (typeof error.code === 'number' ? error.code : 255) : 0;
			resolve({exitCode, stdout, stderr});
		});
	});
}
