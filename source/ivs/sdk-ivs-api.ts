// The real IvsApi: the AWS SDK v3 client (ivs/client.ts) over real HTTP. This module imports the
// SDK, so it is loaded only when the first call is made (services.ts), never before a first frame.
import * as sdk from '@aws-sdk/client-ivs-realtime';
import {
	CreateParticipantTokenCommand,
	CreateStageCommand,
	CreateStorageConfigurationCommand,
	DeletePublicKeyCommand,
	DeleteStageCommand,
	GetParticipantCommand,
	GetPublicKeyCommand,
	GetStageCommand,
	ImportPublicKeyCommand,
	ListParticipantEventsCommand,
	ListParticipantsCommand,
	ListPublicKeysCommand,
	ListStageSessionsCommand,
	ListStagesCommand,
	ListStorageConfigurationsCommand,
	type IVSRealTimeClient,
} from '@aws-sdk/client-ivs-realtime';
import type {CallOptions, IvsApi, StorageConfigurationChoice} from './ivs-api.js';
import type {AttemptInfo} from './observed-http-handler.js';

/** How a CreateStage's own client differs from the shared one. */
export type OwnClientOptions = {onAttempt?: (info: AttemptInfo) => void; singleAttempt?: boolean};

export type SdkApiOptions = {
	/**
	 * A client of its own for a CreateStage whose attempts are watched or not retried: the handler
	 * counts the attempts of its client, so a shared one would number a second stage's first try 2,
	 * and the SDK's retries are set per client.
	 */
	ownClient?: (options: OwnClientOptions) => IVSRealTimeClient;
};

const maxStoragePages = 5;

function sendOptions(options: CallOptions | undefined): {abortSignal?: AbortSignal} {
	return options?.signal ? {abortSignal: options.signal} : {};
}

export function ivsApiOver(client: IVSRealTimeClient, {ownClient}: SdkApiOptions = {}): IvsApi {
	return {
		async createStage(request, options) {
			const {onAttempt, singleAttempt} = options ?? {};
			const own = (onAttempt || singleAttempt) && ownClient ? ownClient({...(onAttempt ? {onAttempt} : {}), ...(singleAttempt ? {singleAttempt} : {})}) : undefined;
			if (singleAttempt && !own) {
				throw new Error('A single-attempt CreateStage needs a client of its own');
			}

			try {
				const {$metadata: _metadata, ...response} = await (own ?? client).send(new CreateStageCommand(request), sendOptions(options));
				return response;
			} finally {
				own?.destroy();
			}
		},
		async getStage(arn, options) {
			const {stage} = await client.send(new GetStageCommand({arn}), sendOptions(options));
			return stage;
		},
		async listStages(query, options) {
			const {stages = [], nextToken} = await client.send(new ListStagesCommand(query), sendOptions(options));
			return {stages, ...(nextToken ? {nextToken} : {})};
		},
		async deleteStage(arn, options) {
			await client.send(new DeleteStageCommand({arn}), sendOptions(options));
		},
		async listParticipants(query, options) {
			const {participants = [], nextToken} = await client.send(new ListParticipantsCommand(query), sendOptions(options));
			return {participants, ...(nextToken ? {nextToken} : {})};
		},
		async createParticipantToken(request, options) {
			const {participantToken} = await client.send(new CreateParticipantTokenCommand(request), sendOptions(options));
			if (!participantToken) {
				throw new Error('The service returned no participant token');
			}

			return participantToken;
		},
		async listStageSessions(query, options) {
			const {stageSessions = [], nextToken} = await client.send(new ListStageSessionsCommand(query), sendOptions(options));
			return {stageSessions, ...(nextToken ? {nextToken} : {})};
		},
		async getParticipant(query, options) {
			const {participant} = await client.send(new GetParticipantCommand(query), sendOptions(options));
			return participant;
		},
		async listParticipantEvents(query, options) {
			const {events = [], nextToken} = await client.send(new ListParticipantEventsCommand(query), sendOptions(options));
			return {events, ...(nextToken ? {nextToken} : {})};
		},
		async importPublicKey(request, options) {
			const {publicKey} = await client.send(new ImportPublicKeyCommand(request), sendOptions(options));
			if (!publicKey?.arn) {
				throw new Error('The service returned no public key');
			}

			return publicKey;
		},
		async getPublicKey(arn, options) {
			const {publicKey} = await client.send(new GetPublicKeyCommand({arn}), sendOptions(options));
			return publicKey;
		},
		async listPublicKeys(query, options) {
			const {publicKeys = [], nextToken} = await client.send(new ListPublicKeysCommand(query), sendOptions(options));
			return {publicKeys, ...(nextToken ? {nextToken} : {})};
		},
		async deletePublicKey(arn, options) {
			await client.send(new DeletePublicKeyCommand({arn}), sendOptions(options));
		},
		async call(operation, input, options) {
			const Command = (sdk as unknown as Record<string, unknown>)[`${operation}Command`];
			if (typeof Command !== 'function' || !/^[A-Z][A-Za-z]+$/.test(operation)) {
				throw new Error(`IVS Real-Time has no operation ${operation}`);
			}

			const {$metadata: _metadata, ...response} = await client.send(new (Command as new (input: unknown) => Parameters<IVSRealTimeClient['send']>[0])(input), sendOptions(options)) as unknown as Record<string, unknown>;
			return response;
		},
		async listStorageConfigurations(options) {
			const choices: StorageConfigurationChoice[] = [];
			let nextToken: string | undefined;
			// A few pages at most: an account rarely has more than a handful of storage configurations.
			for (let page = 0; page < maxStoragePages; page++) {
				// each page needs the last one's token
				const response = await client.send(new ListStorageConfigurationsCommand({maxResults: 100, ...(nextToken ? {nextToken} : {})}), sendOptions(options));
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
		},
		async createStorageConfiguration({name, bucket}, options) {
			const {storageConfiguration} = await client.send(new CreateStorageConfigurationCommand({name, s3: {bucketName: bucket}}), sendOptions(options));
			if (!storageConfiguration?.arn) {
				throw new Error('The service returned no storage configuration');
			}

			return {arn: storageConfiguration.arn, ...(storageConfiguration.name ? {name: storageConfiguration.name} : {}), ...(storageConfiguration.s3?.bucketName ? {bucket: storageConfiguration.s3.bucketName} : {})};
		},
		async region() {
			return client.config.region();
		},
		async maxAttempts() {
			return client.config.maxAttempts();
		},
		close() {
			client.destroy();
		},
	};
}
