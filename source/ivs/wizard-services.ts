// What the wizard (Ink or line mode) asks of the outside world, as one object passed in: tests hand
// in fakes or the emulator, the modes' entries the real thing. The SDK loads on first use, not at
// start-up, so the first frame does not wait for it.
import type {IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import type {ClientSettings, Connection} from './client-settings.js';
import type {AttemptInfo} from './observed-http-handler.js';

export type StorageConfigurationChoice = {arn: string; name?: string; bucket?: string};

export type WizardServices = {
	createStage(request: CreateStageRequest, connection: Connection, onAttempt: (info: AttemptInfo) => void): Promise<CreateStageResponse>;
	listStorageConfigurations(connection: Connection): Promise<StorageConfigurationChoice[]>;
	/** The client the live table polls with, for the connection the stage was created through. */
	liveClient(connection: Connection): Promise<IVSRealTimeClient>;
	/** Copies text to the system clipboard, or through the terminal (OSC 52) when there is none. */
	copy(text: string): Promise<void>;
};

export function settingsFor(base: ClientSettings, connection: Connection): ClientSettings {
	return {
		...base,
		...(connection.region ? {region: connection.region} : {}),
		...(connection.profile ? {profile: connection.profile} : {}),
		endpointUrl: connection.endpointUrl || base.endpointUrl,
	};
}

/** `clipboard`: the one `copy` writes to (tokens/clipboard.ts: the system's, or OSC 52). */
export function ivsServices(base: ClientSettings, clipboard: {write(text: string): Promise<void>}): WizardServices {
	const client = async (connection: Connection, onAttempt?: (info: AttemptInfo) => void) => {
		const {createIvsClient} = await import('./client.js');
		return createIvsClient(settingsFor(base, connection), onAttempt ? {onAttempt} : {});
	};

	return {
		async createStage(request, connection, onAttempt) {
			const [{CreateStageCommand}, ivs] = await Promise.all([import('@aws-sdk/client-ivs-realtime'), client(connection, onAttempt)]);
			try {
				const {$metadata: _metadata, ...response} = await ivs.send(new CreateStageCommand(request));
				return response;
			} finally {
				ivs.destroy();
			}
		},
		async listStorageConfigurations(connection) {
			const [{ListStorageConfigurationsCommand}, ivs] = await Promise.all([import('@aws-sdk/client-ivs-realtime'), client(connection)]);
			try {
				const choices: StorageConfigurationChoice[] = [];
				let nextToken: string | undefined;
				// A few pages at most: an account rarely has more than a handful of storage configurations.
				for (let page = 0; page < 5; page++) {
					// eslint-disable-next-line no-await-in-loop
					const response = await ivs.send(new ListStorageConfigurationsCommand({maxResults: 100, ...(nextToken ? {nextToken} : {})}));
					for (const item of response.storageConfigurations ?? []) {
						if (item.arn) {
							choices.push({arn: item.arn, ...(item.name ? {name: item.name} : {}), ...(item.s3?.bucketName ? {bucket: item.s3.bucketName} : {})});
						}
					}

					nextToken = response.nextToken || undefined;
					if (!nextToken) {
						break;
					}
				}

				return choices;
			} finally {
				ivs.destroy();
			}
		},
		async liveClient(connection) {
			return client(connection);
		},
		async copy(text) {
			await clipboard.write(text);
		},
	};
}
