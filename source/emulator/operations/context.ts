// What every operation handler gets: the state, where it runs, the clock, and the token key.
// Handlers are synchronous on purpose (see store.ts): they read and change state in one go.
import {notFoundError, validationError} from '../api-error.js';
import type {SigningKey} from '../jwt.js';
import type {StageRecord, Store} from '../store.js';

export type OperationContext = {
	store: Store;
	region: string;
	accountId: string;
	/** Epoch milliseconds. */
	now: () => number;
	/** Quotas on (the stage quota, publishers per stage); rates are enforced before handlers run. */
	limits: boolean;
	signingKey: SigningKey;
	/** The emulator's WHIP endpoint, once it listens: what new stages' endpoints.whip name. */
	whipUrl?: string;
};

export type Input = Record<string, unknown>;
export type OperationHandler = (input: Input, context: OperationContext) => unknown;

/** Lists page in creation order; a next token names the last record seen. */
export function paginate<T extends {seq: number}>(
	records: Iterable<T>,
	listName: string,
	maxResults: unknown,
	nextToken: unknown,
): {page: T[]; nextToken?: string} {
	const limit = typeof maxResults === 'number' ? maxResults : 50;
	let after = 0;
	if (typeof nextToken === 'string' && nextToken !== '') {
		const match = /^([a-z-]+):(\d+)$/.exec(Buffer.from(nextToken, 'base64url').toString('utf8'));
		if (!match || match[1] !== listName) {
			throw validationError(`The nextToken '${nextToken}' is not valid for this list`);
		}

		after = Number(match[2]);
	}

	const sorted = [...records].filter(record => record.seq > after).sort((a, b) => a.seq - b.seq);
	const page = sorted.slice(0, limit);
	const last = page.at(-1);
	return sorted.length > limit && last
		? {page, nextToken: Buffer.from(`${listName}:${last.seq}`).toString('base64url')}
		: {page};
}

export function text(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function requireStage(context: OperationContext, arn: unknown): StageRecord {
	const stage = typeof arn === 'string' ? context.store.stages.get(arn) : undefined;
	if (!stage) {
		throw notFoundError(String(arn));
	}

	return stage;
}
