// ImportPublicKey, GetPublicKey, ListPublicKeys, DeletePublicKey: the keys self-signed
// participant tokens are checked with (participant-token-check.ts). Deleting a key refuses its
// tokens from then on; participants already in a stage stay, as the service documents.
import {publicKeyQuota} from '../../stage/service-quotas.js';
import {conflictError, notFoundError, quotaError, validationError} from '../api-error.js';
import {parseArn, publicKeyArn, randomId, resourceIdLength} from '../ids.js';
import {parseP384PublicKey} from '../public-key-material.js';
import {plainMap, type PublicKeyRecord} from '../store.js';
import {paginate, text, type OperationContext, type OperationHandler} from './context.js';

function requirePublicKey(context: OperationContext, arn: unknown): PublicKeyRecord {
	const key = typeof arn === 'string' ? context.store.publicKeys.get(arn) : undefined;
	if (!key) {
		throw notFoundError(String(arn));
	}

	return key;
}

function keysInRegion(context: OperationContext): number {
	let count = 0;
	for (const key of context.store.publicKeys.values()) {
		const arn = parseArn(key.arn);
		if (arn?.region === context.region && arn.accountId === context.accountId) {
			count++;
		}
	}

	return count;
}

const importPublicKey: OperationHandler = (input, context) => {
	const {store} = context;
	const material = text(input.publicKeyMaterial) ?? '';
	const parsed = parseP384PublicKey(material);
	if (!parsed.ok) {
		throw validationError(parsed.reason);
	}

	// The model lists ConflictException for ImportPublicKey: the same key twice is one, whatever its
	// name or formatting (the fingerprint comes from the key itself).
	const twin = [...store.publicKeys.values()].find(key => key.fingerprint === parsed.fingerprint);
	if (twin) {
		throw conflictError(`This public key is already imported as ${twin.arn}`);
	}

	if (context.limits && keysInRegion(context) >= publicKeyQuota) {
		throw quotaError(
			`Request would exceed the quota of ${publicKeyQuota} public keys per account in ${context.region}. Delete a public key, or start the emulator with --no-limits.`,
		);
	}

	let arn: string;
	do {
		arn = publicKeyArn(context.region, context.accountId, randomId(resourceIdLength));
	} while (store.publicKeys.has(arn));

	const publicKey: PublicKeyRecord = {
		arn,
		name: text(input.name) ?? '',
		publicKeyMaterial: material,
		fingerprint: parsed.fingerprint,
		tags: plainMap(input.tags),
		seq: store.nextSeq(),
	};
	store.publicKeys.set(arn, publicKey);
	store.changed();
	return {publicKey};
};

const getPublicKey: OperationHandler = (input, context) => ({publicKey: requirePublicKey(context, input.arn)});

const listPublicKeys: OperationHandler = (input, context) => {
	const {page, nextToken} = paginate(context.store.publicKeys.values(), 'public-keys', input.maxResults, input.nextToken);
	return {publicKeys: page, nextToken};
};

const deletePublicKey: OperationHandler = (input, context) => {
	const key = requirePublicKey(context, input.arn);
	context.store.publicKeys.delete(key.arn);
	context.store.changed();
	return {};
};

export const publicKeyOperations: Record<string, OperationHandler> = {
	ImportPublicKey: importPublicKey,
	GetPublicKey: getPublicKey,
	ListPublicKeys: listPublicKeys,
	DeletePublicKey: deletePublicKey,
};
