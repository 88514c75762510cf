// startEmulator(): a local IVS Real-Time endpoint in this process, for `ivs-stage-wizard emulator`
// and `--sandbox`. It imports no AWS SDK client and no UI, so it starts in a few milliseconds.
import {createServer, type Server} from 'node:http';
import {serviceModel} from '../model/service-model.js';
import {FaultInjector, formatFaultSpec, parseFaultSpec, type FaultSpec} from './faults.js';
import {generateSigningKey, loadSigningKey, publicKeyPem, saveSigningKey, type SavedSigningKey, type SigningKey} from './jwt.js';
import {buildRoutes} from './model-routes.js';
import type {OperationContext} from './operations/context.js';
import {RateLimiter, type RateCounts} from './rate-limiter.js';
import {createRequestHandler} from './request-handler.js';
import {createSigV4Checker} from './sigv4-check.js';
import {readStateFile, StateWriter, writeStateFile} from './state-file.js';
import {Store} from './store.js';
import {WhipRoutes, whipPath} from './whip/whip-routes.js';

export type EmulatorOptions = {
	/** 0 picks a free port. */
	port: number;
	host: string;
	region: string;
	accountId: string;
	accessKeyId: string;
	secretAccessKey: string;
	/** Where the state survives restarts; without it the state lives and dies with the process. */
	statePath?: string | undefined;
	/** Injected faults: a parsed spec, or its text (see faults.ts). */
	faults?: FaultSpec | string | undefined;
	/** Quotas and request rates as the service publishes them; false is --no-limits. */
	limits: boolean;
	/** Epoch milliseconds; tests inject one to drive rates, token expiry and signature times. */
	clock?: () => number;
	/** Where unexpected failures are reported (the command passes stderr). */
	log?: (line: string) => void;
};

export type RunningEmulator = {
	url: string;
	host: string;
	port: number;
	region: string;
	accountId: string;
	credentials: {accessKeyId: string; secretAccessKey: string};
	/** SPKI PEM of the ES384 key participant tokens are signed with. */
	tokenPublicKeyPem: string;
	/** The faults in force, as a spec ('none' when there are none). */
	faults: () => string;
	/** Requests each operation's rate let through and refused (429) so far; empty with limits off. */
	rateCounts: () => RateCounts;
	close: () => Promise<void>;
};

export const defaultEmulatorOptions: EmulatorOptions = {
	port: 0,
	host: '127.0.0.1',
	region: 'us-west-2',
	accountId: '123456789012',
	accessKeyId: 'test',
	secretAccessKey: 'test',
	limits: true,
};

export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
	const settings: EmulatorOptions = {...defaultEmulatorOptions, ...withoutUndefined(options)};
	checkSettings(settings);
	const now = settings.clock ?? Date.now;
	const log = settings.log ?? (() => undefined);
	const saved = settings.statePath ? await readStateFile(settings.statePath) : undefined;
	const store = saved ? Store.fromSnapshot(saved) : new Store();
	// The token key is part of the state, so tokens issued before a restart still verify after it.
	const signingKey = store.signingKey ? loadSavedKey(store.signingKey, settings.statePath) : generateSigningKey();
	store.signingKey ??= saveSigningKey(signingKey);

	const writer = settings.statePath
		? new StateWriter(settings.statePath, () => store.snapshot(), error => log(`emulator: cannot save the state to ${settings.statePath} (${error.message}); still serving, and trying again at each change`))
		: undefined;
	if (writer && settings.statePath) {
		// Write once now: a state path that cannot be written fails at start (one line, from the
		// caller), not at the first change, and not as a line that says the emulator is serving.
		await writeStateFile(settings.statePath, store.snapshot());
		store.onChange(() => writer.schedule());
	}

	const context: OperationContext = {
		store,
		region: settings.region,
		accountId: settings.accountId,
		now,
		limits: settings.limits,
		signingKey,
	};
	const spec = typeof settings.faults === 'string' ? parseFaultSpec(settings.faults) : settings.faults;
	const faults = {current: spec && formatFaultSpec(spec) !== 'none' ? new FaultInjector(spec) : undefined, delayed: 0};
	const stopping = new AbortController();
	const rateLimiter = settings.limits ? new RateLimiter(now) : undefined;
	const listening: {host: string; port: number | undefined} = {host: settings.host, port: undefined};
	const urlHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
	const ownUrl = () => `http://${urlHost}:${listening.port ?? 0}`;
	const whip = new WhipRoutes(context, ownUrl);
	const server = createServer(
		{keepAliveTimeout: 5000},
		createRequestHandler({
			context,
			routes: buildRoutes(Object.keys(serviceModel.operations)),
			checkSignature: createSigV4Checker({
				accessKeyId: settings.accessKeyId,
				secretAccessKey: settings.secretAccessKey,
				region: settings.region,
				now,
			}),
			rateLimiter,
			faults,
			log,
			listening,
			stopping: stopping.signal,
			whip,
		}),
	);
	const port = await listen(server, settings.port, settings.host);
	listening.port = port;
	context.whipUrl = `${ownUrl()}${whipPath}`;
	// Stages from a saved state point at this run's WHIP endpoint, wherever the last run listened.
	for (const stage of store.stages.values()) {
		stage.endpoints.whip = context.whipUrl;
	}
	let closing: Promise<void> | undefined;
	return {
		url: `http://${urlHost}:${port}`,
		host: settings.host,
		port,
		region: settings.region,
		accountId: settings.accountId,
		credentials: {accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey},
		tokenPublicKeyPem: publicKeyPem(signingKey),
		faults: () => (faults.current ? formatFaultSpec(faults.current.spec) : 'none'),
		rateCounts: () => rateLimiter?.counted() ?? {},
		close() {
			closing ??= (async () => {
				// Requests held by an injected latency end now; their timers would keep the process alive.
				stopping.abort();
				await whip.sessions.closeAll();
				const closed = new Promise<void>(resolve => {
					server.close(() => resolve());
				});
				// Keep-alive connections from SDK clients would otherwise hold the server open.
				server.closeAllConnections();
				await closed;
				await writer?.flush();
			})();
			return closing;
		},
	};
}

/** The saved token key, or the one line that says the state holds no usable key. */
function loadSavedKey(saved: SavedSigningKey, statePath: string | undefined): SigningKey {
	try {
		return loadSigningKey(saved);
	} catch {
		throw new Error(`The emulator state ${statePath ?? ''} is damaged: signingKey.privateKeyPem is not a private key; move it away to start afresh`);
	}
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

function checkSettings(settings: EmulatorOptions): void {
	if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65_535) {
		throw new TypeError(`port must be a whole number from 0 to 65535, not ${settings.port}`);
	}

	if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(settings.region)) {
		throw new TypeError(`region must look like us-west-2, not "${settings.region}"`);
	}

	if (!/^\d{12}$/.test(settings.accountId)) {
		throw new TypeError(`account ID must be 12 digits, not "${settings.accountId}"`);
	}

	if (settings.accessKeyId === '' || settings.secretAccessKey === '') {
		throw new TypeError('the access key ID and secret access key must not be empty');
	}
}

async function listen(server: Server, port: number, host: string): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		const onError = (error: Error) => {
			reject(error);
		};

		server.once('error', onError);
		server.listen(port, host, () => {
			server.off('error', onError);
			resolve();
		});
	});
	const address = server.address();
	return typeof address === 'object' && address ? address.port : port;
}
