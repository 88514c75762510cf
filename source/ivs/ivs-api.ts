// The one port to IVS Real-Time: every call any mode makes (the wizard, line mode, the live table,
// the non-interactive command) goes through an IvsApi, as plain functions taking and returning
// plain data. The real one (sdk-ivs-api.ts) is the AWS SDK v3 client over real HTTP; tests hand in
// an emulator, a node:http server, or an object of their own. Types only: importing this loads
// nothing.
import type {
	CreateParticipantTokenRequest,
	Event as ParticipantEvent,
	Participant,
	ParticipantSummary,
	ParticipantToken,
	PublicKey,
	PublicKeySummary,
	Stage,
	StageSessionSummary,
	StageSummary,
} from '@aws-sdk/client-ivs-realtime';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import type {AttemptInfo} from './observed-http-handler.js';

export type CallOptions = {
	/** Aborts the request in flight (the live table's poll, when the table closes). */
	signal?: AbortSignal;
};

export type CreateStageOptions = CallOptions & {
	/** Each HTTP attempt, the SDK's retries included, as it goes out. */
	onAttempt?: (info: AttemptInfo) => void;
	/**
	 * One HTTP attempt, the SDK's retries off: the caller retries itself, after looking whether the
	 * failed attempt created the stage (core/create-one-stage.ts). Without it the SDK
	 * retries as the AWS CLI does (the drop-in path).
	 */
	singleAttempt?: boolean;
};

export type StorageConfigurationChoice = {arn: string; name?: string; bucket?: string};

export type PageQuery = {nextToken?: string; maxResults?: number};

export type ParticipantsQuery = PageQuery & {
	stageArn: string;
	sessionId: string;
	/** Only participants in this state: prune asks whether anyone is CONNECTED. */
	filterByState?: 'CONNECTED' | 'DISCONNECTED';
};

export type ParticipantsPage = {participants: ParticipantSummary[]; nextToken?: string};

export type StagesPage = {stages: StageSummary[]; nextToken?: string};

export type StageSessionsPage = {stageSessions: StageSessionSummary[]; nextToken?: string};

export type ParticipantEventsQuery = PageQuery & {stageArn: string; sessionId: string; participantId: string};

export type ParticipantEventsPage = {events: ParticipantEvent[]; nextToken?: string};

export type PublicKeysPage = {publicKeys: PublicKeySummary[]; nextToken?: string};

export type ImportPublicKeyRequest = {publicKeyMaterial: string; name?: string; tags?: Record<string, string>};

/** The name of an IVS Real-Time operation, as the API model spells it (`ListStages`). */
export type OperationName = string;

export type IvsApi = {
	createStage(request: CreateStageRequest, options?: CreateStageOptions): Promise<CreateStageResponse>;
	/** The stage, or undefined when the answer names none. */
	getStage(arn: string, options?: CallOptions): Promise<Stage | undefined>;
	listStages(query: PageQuery, options?: CallOptions): Promise<StagesPage>;
	deleteStage(arn: string, options?: CallOptions): Promise<void>;
	listParticipants(query: ParticipantsQuery, options?: CallOptions): Promise<ParticipantsPage>;
	/** The new token; an answer without one is an error. */
	createParticipantToken(request: CreateParticipantTokenRequest, options?: CallOptions): Promise<ParticipantToken>;
	listStageSessions(query: PageQuery & {stageArn: string}, options?: CallOptions): Promise<StageSessionsPage>;
	/** The participant, or undefined when the answer names none. */
	getParticipant(query: {stageArn: string; sessionId: string; participantId: string}, options?: CallOptions): Promise<Participant | undefined>;
	listParticipantEvents(query: ParticipantEventsQuery, options?: CallOptions): Promise<ParticipantEventsPage>;
	importPublicKey(request: ImportPublicKeyRequest, options?: CallOptions): Promise<PublicKey>;
	getPublicKey(arn: string, options?: CallOptions): Promise<PublicKey | undefined>;
	listPublicKeys(query: PageQuery, options?: CallOptions): Promise<PublicKeysPage>;
	deletePublicKey(arn: string, options?: CallOptions): Promise<void>;
	/**
	 * Any operation of the API model by name, its input as the drop-ins parse it, its answer as the
	 * service sent it (no $metadata): the drop-ins print it as the AWS CLI does, whatever its shape.
	 */
	call(operation: OperationName, input: Record<string, unknown>, options?: CallOptions): Promise<Record<string, unknown>>;
	/** Every storage configuration of the account in the region, a few pages at most. */
	listStorageConfigurations(options?: CallOptions): Promise<StorageConfigurationChoice[]>;
	/** A new storage configuration writing to `bucket` (the sandbox's: its emulator takes any bucket on trust). */
	createStorageConfiguration(request: {name: string; bucket: string}, options?: CallOptions): Promise<StorageConfigurationChoice>;
	/** The region the calls go to: the connection's, or the one the profile or environment gives. */
	region(): Promise<string>;
	/** How many attempts the SDK makes at a call: its maxAttempts (AWS_MAX_ATTEMPTS, the profile's max_attempts, 3). */
	maxAttempts(): Promise<number>;
	/**
	 * A stage whose CreateStage answer was lost, found and adopted (core/create-one-stage.ts):
	 * the real api records it as one this tool made, as it does an answered CreateStage.
	 */
	stageAdopted?(response: CreateStageResponse): Promise<void>;
	/** Lets go of the connection's sockets; the api is not used after. */
	close(): void;
};
