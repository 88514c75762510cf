// The emulator's whole state, in memory. Every change happens synchronously inside one request
// handler (no await between reading and writing), so concurrent requests on Node's single thread
// can never interleave halfway through a change: no lost updates, no duplicate IDs.
import type {StageEndpoints} from './ids.js';
import type {SavedSigningKey} from './jwt.js';

export type Tags = Record<string, string>;

export type StageRecord = {
	arn: string;
	name: string;
	tags: Tags;
	autoParticipantRecordingConfiguration: Record<string, unknown>;
	endpoints: StageEndpoints;
	activeSessionId?: string;
	createdAt: number;
	seq: number;
};

export type SessionRecord = {
	sessionId: string;
	stageArn: string;
	startTime: number;
	endTime?: number;
	seq: number;
};

export type ParticipantRecord = {
	participantId: string;
	stageArn: string;
	sessionId: string;
	userId?: string;
	attributes: Record<string, string>;
	capabilities: string[];
	state: 'CONNECTED' | 'DISCONNECTED';
	published: boolean;
	/** How it publishes: WHIP once media arrived over the emulator's WHIP endpoint; absent for /_emulator/join. */
	protocol?: 'WHIP';
	firstJoinTime: number;
	seq: number;
};

export type TokenRecord = {
	participantId: string;
	stageArn: string;
	userId?: string;
	attributes?: Record<string, string>;
	capabilities: string[];
	duration: number;
	/** Epoch milliseconds, whole seconds. */
	issuedAt: number;
	expiresAt: number;
};

export type StorageConfigurationRecord = {
	arn: string;
	name: string;
	s3: {bucketName: string};
	tags: Tags;
	createdAt: number;
	seq: number;
};

export type PublicKeyRecord = {
	arn: string;
	name: string;
	/** As imported: the service gives back the text it was given. */
	publicKeyMaterial: string;
	fingerprint: string;
	tags: Tags;
	seq: number;
};

/** The model's EventName values the emulator records (it has no media, so no subscribe events). */
export type ParticipantEventName = 'JOINED' | 'LEFT' | 'PUBLISH_STARTED' | 'PUBLISH_STOPPED' | 'PUBLISH_ERROR';

/**
 * The model's EventErrorCode values (event-error-codes.ts): a publish the token or the stage's
 * publisher limit refuses, a WHIP stream that breaks IVS's rules (whip/stream-watch.ts), or any
 * code POST /_emulator/publish-error records.
 */
export type ParticipantEventErrorCode = string;

export type ParticipantEventRecord = {
	stageArn: string;
	sessionId: string;
	participantId: string;
	name: ParticipantEventName;
	eventTime: number;
	errorCode?: ParticipantEventErrorCode;
	seq: number;
};

/** The state file's version: 2 added public keys and participant events (a version 1 file reads as 2 with none). */
export const stateVersion = 2;

/** What the state file holds. */
export type StateSnapshot = {
	version: typeof stateVersion;
	seq: number;
	signingKey?: SavedSigningKey;
	stages: StageRecord[];
	sessions: SessionRecord[];
	participants: ParticipantRecord[];
	tokens: TokenRecord[];
	storageConfigurations: StorageConfigurationRecord[];
	publicKeys: PublicKeyRecord[];
	participantEvents: ParticipantEventRecord[];
};

export class Store {
	readonly stages = new Map<string, StageRecord>();
	readonly sessions = new Map<string, SessionRecord>();
	/** Keyed by `${sessionId}/${participantId}`. */
	readonly participants = new Map<string, ParticipantRecord>();
	/** Keyed by participantId, which is also each token's jti. */
	readonly tokens = new Map<string, TokenRecord>();
	readonly storageConfigurations = new Map<string, StorageConfigurationRecord>();
	/** Imported keys for self-signed tokens, keyed by ARN (a token's `kid`). */
	readonly publicKeys = new Map<string, PublicKeyRecord>();
	/** In the order they happened. */
	participantEvents: ParticipantEventRecord[] = [];
	signingKey: SavedSigningKey | undefined;
	private seq = 0;
	private readonly listeners = new Set<() => void>();

	/** A number that only grows: creation order, which list operations page through. */
	nextSeq(): number {
		this.seq += 1;
		return this.seq;
	}

	/** Tells whoever persists the state that it changed. */
	changed(): void {
		for (const listener of this.listeners) {
			listener();
		}
	}

	onChange(listener: () => void): void {
		this.listeners.add(listener);
	}

	participantKey(sessionId: string, participantId: string): string {
		return `${sessionId}/${participantId}`;
	}

	/** Removes a stage and everything that lives only in it. */
	deleteStage(arn: string): void {
		this.stages.delete(arn);
		for (const [id, session] of this.sessions) {
			if (session.stageArn === arn) {
				this.sessions.delete(id);
			}
		}

		for (const [key, participant] of this.participants) {
			if (participant.stageArn === arn) {
				this.participants.delete(key);
			}
		}

		for (const [id, token] of this.tokens) {
			if (token.stageArn === arn) {
				this.tokens.delete(id);
			}
		}

		this.participantEvents = this.participantEvents.filter(event => event.stageArn !== arn);
	}

	recordEvent(event: Omit<ParticipantEventRecord, 'seq'>): void {
		this.participantEvents.push({...event, seq: this.nextSeq()});
	}

	snapshot(): StateSnapshot {
		return {
			version: stateVersion,
			seq: this.seq,
			...(this.signingKey === undefined ? {} : {signingKey: this.signingKey}),
			stages: [...this.stages.values()],
			sessions: [...this.sessions.values()],
			participants: [...this.participants.values()],
			tokens: [...this.tokens.values()],
			storageConfigurations: [...this.storageConfigurations.values()],
			publicKeys: [...this.publicKeys.values()],
			participantEvents: [...this.participantEvents],
		};
	}

	static fromSnapshot(snapshot: StateSnapshot): Store {
		const store = new Store();
		store.seq = snapshot.seq;
		store.signingKey = snapshot.signingKey;
		for (const stage of snapshot.stages) {
			store.stages.set(stage.arn, stage);
		}

		for (const session of snapshot.sessions) {
			store.sessions.set(session.sessionId, session);
		}

		for (const participant of snapshot.participants) {
			store.participants.set(store.participantKey(participant.sessionId, participant.participantId), participant);
		}

		for (const token of snapshot.tokens) {
			store.tokens.set(token.participantId, token);
		}

		for (const configuration of snapshot.storageConfigurations) {
			store.storageConfigurations.set(configuration.arn, configuration);
		}

		for (const key of snapshot.publicKeys) {
			store.publicKeys.set(key.arn, key);
		}

		store.participantEvents = [...snapshot.participantEvents];

		return store;
	}
}

/** Copies a user-supplied map into a fresh object, so a key such as `__proto__` stays plain data. */
export function plainMap(value: unknown): Record<string, string> {
	if (typeof value !== 'object' || value === null) {
		return {};
	}

	return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, String(item)]));
}
