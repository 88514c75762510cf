// What every mode asks of the outside world, as one object passed in: an IvsApi for a connection
// (ivs-api.ts), and the clipboard. The entries hand in the real thing; tests hand in the emulator,
// a node:http server or fakes. The SDK loads on an api's first use, not at start-up, so the first
// frame never waits for it.
import {updateRecentStages} from '../recent-stages/record-stages.js';
import type {ClientSettings, Connection} from './client-settings.js';
import type {IvsApi} from './ivs-api.js';
import type {HandlerObservers} from './observed-http-handler.js';

export type Services = {
	/** An IvsApi for this connection; the caller closes it when done with it. */
	connect(connection: Connection): IvsApi;
	/** Copies text to the system clipboard, or through the terminal (OSC 52) when there is none. */
	copy(text: string): Promise<void>;
};

/**
 * The command line's settings with the connection the user chose in the wizard over them. A profile
 * or endpoint the connection holds, even as undefined, was chosen (the default profile, the
 * region's own endpoint: a resumed draft's place, or the endpoint field emptied); one it lacks is
 * the command line's. The sandbox's connection never holds them: the emulator decides.
 */
export function settingsFor(base: ClientSettings, connection: Connection): ClientSettings {
	const chosen = <Key extends 'profile' | 'endpointUrl'>(key: Key): ClientSettings[Key] => (Object.hasOwn(connection, key) ? connection[key] || undefined : base[key]);
	return {
		...base,
		...(connection.region ? {region: connection.region} : {}),
		profile: chosen('profile'),
		endpointUrl: chosen('endpointUrl'),
	};
}

type Callable = Exclude<keyof IvsApi, 'close'>;

let modules: Promise<typeof import('./sdk.js')> | undefined;

/**
 * Starts loading the SDK, once: a caller that knows it will call IVS soon (the non-interactive
 * command) starts it before its own checks, so the two overlap.
 */
export function loadIvsModules(): Promise<typeof import('./sdk.js')> {
	if (!modules) {
		modules = import('./sdk.js');
		// A failure to load surfaces on the first call; unawaited, it must not end the process.
		modules.catch(() => undefined);
	}

	return modules;
}

/**
 * The real IvsApi for `settings`. The SDK starts loading at once (so it overlaps whatever the
 * caller does next) and the client is built on the first call, with the same checks and errors
 * as ever (a bad CA bundle fails that call, not this one).
 */
export function connectIvs(settings: ClientSettings, observers: Pick<HandlerObservers, 'debugLog'> = {}): IvsApi {
	const loading = loadIvsModules();
	let made: IvsApi | undefined;
	let closed = false;
	const real = async (): Promise<IvsApi> => {
		const {createIvsClient, ivsApiOver} = await loading;
		if (closed) {
			throw new Error('The connection to IVS Real-Time was closed');
		}

		made ??= ivsApiOver(createIvsClient(settings, observers), {
			ownClient: ({onAttempt, singleAttempt}) => createIvsClient(singleAttempt ? {...settings, maxAttempts: 1} : settings, {...observers, ...(onAttempt ? {onAttempt} : {})}),
		});
		return made;
	};

	const forward = <Name extends Callable>(name: Name) =>
		(async (...args: unknown[]) => ((await real())[name] as (...args: unknown[]) => Promise<unknown>)(...args)) as IvsApi[Name];
	const createStage = forward('createStage');
	const deleteStage = forward('deleteStage');
	const record = settings.recentStagesFile;
	return {
		// Every front end creates and deletes through here, so the record of recent stages is kept
		// in this one place (recent-stages/; it never throws).
		async createStage(request, options) {
			const response = await createStage(request, options);
			await updateRecentStages(record, {created: response.stage ? [response.stage] : []});
			return response;
		},
		getStage: forward('getStage'),
		listStages: forward('listStages'),
		async deleteStage(arn, options) {
			try {
				await deleteStage(arn, options);
			} catch (error) {
				if ((error as {name?: unknown} | undefined)?.name === 'ResourceNotFoundException') {
					await updateRecentStages(record, {deleted: [arn]});
				}

				throw error;
			}

			await updateRecentStages(record, {deleted: [arn]});
		},
		async stageAdopted(response) {
			await updateRecentStages(record, {created: response.stage ? [response.stage] : []});
		},
		listParticipants: forward('listParticipants'),
		createParticipantToken: forward('createParticipantToken'),
		listStageSessions: forward('listStageSessions'),
		getParticipant: forward('getParticipant'),
		listParticipantEvents: forward('listParticipantEvents'),
		importPublicKey: forward('importPublicKey'),
		getPublicKey: forward('getPublicKey'),
		listPublicKeys: forward('listPublicKeys'),
		deletePublicKey: forward('deletePublicKey'),
		async call(operation, input, options) {
			const response = await forward('call')(operation, input, options);
			// The drop-ins create and delete through here too, so the record stays whole.
			if (operation === 'DeleteStage' && typeof input['arn'] === 'string') {
				await updateRecentStages(record, {deleted: [input['arn']]});
			}

			return response;
		},
		listStorageConfigurations: forward('listStorageConfigurations'),
		createStorageConfiguration: forward('createStorageConfiguration'),
		region: forward('region'),
		maxAttempts: forward('maxAttempts'),
		close() {
			closed = true;
			made?.close();
		},
	};
}

/** The real services. `clipboard`: the one `copy` writes to (tokens/clipboard.ts: the system's, or OSC 52). */
export function ivsServices(base: ClientSettings, clipboard: {write(text: string): Promise<void>}): Services {
	return {
		connect: connection => connectIvs(settingsFor(base, connection)),
		copy: async text => clipboard.write(text),
	};
}

/** Runs `work` with an api for `connection`, closed after whatever happens. */
export async function withIvs<T>(services: Pick<Services, 'connect'>, connection: Connection, work: (api: IvsApi) => Promise<T>): Promise<T> {
	const api = services.connect(connection);
	try {
		return await work(api);
	} finally {
		api.close();
	}
}
