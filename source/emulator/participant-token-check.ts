// The one check of a participant token, wherever the emulator takes one (the control routes):
// either a token it issued itself (CreateStage, CreateParticipantToken; `kid` is its own key ID)
// or a self-signed one (`kid` is the ARN of a key imported with ImportPublicKey), made as the IVS
// docs describe. A self-signed token has no record here, so everything about its participant
// comes from its claims, and each claim is checked before it is believed.
import {decodeJwt, signatureVerifies, type DecodedJwt} from './jwt.js';
import {parseArn} from './ids.js';
import type {OperationContext} from './operations/context.js';
import {parseP384PublicKey} from './public-key-material.js';

/** Far above any real token (1 KB of attributes and a 128-character user ID fit in 3 KB). */
export const maxTokenLength = 16 * 1024;

/** "The maximum duration of a self-signed token is 14 days" (exp - iat). */
export const maxSelfSignedSeconds = 14 * 24 * 60 * 60;

/** The model's ParticipantId, which a self-signed token's jti becomes. */
const participantIdPattern = /^[a-zA-Z\d-]{1,64}$/;

export type TokenHolder = {
	stageArn: string;
	participantId: string;
	userId?: string | undefined;
	attributes: Record<string, string>;
	capabilities: string[];
};

export type TokenProblem = {statusCode: number; code: string; message: string};

export type TokenCheck = {ok: true; holder: TokenHolder} | ({ok: false} & TokenProblem);

/** Leaving checks who holds the token, not whether it is still in date: an expired token may leave. */
export function checkParticipantToken(token: string, context: OperationContext, options: {checkExpiry: boolean}): TokenCheck {
	try {
		return {ok: true, holder: holderOf(token, context, options.checkExpiry)};
	} catch (error) {
		if (error instanceof Refusal) {
			return {ok: false, statusCode: error.statusCode, code: error.code, message: error.message};
		}

		throw error;
	}
}

class Refusal extends Error {
	constructor(
		readonly statusCode: number,
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

function invalid(message: string): Refusal {
	return new Refusal(401, 'InvalidToken', message);
}

function holderOf(token: string, context: OperationContext, checkExpiry: boolean): TokenHolder {
	if (token.length > maxTokenLength) {
		throw invalid(`The token is longer than ${maxTokenLength} characters`);
	}

	const decoded = decodeJwt(token);
	if (!decoded.ok) {
		throw invalid(decoded.reason);
	}

	const {jwt} = decoded;
	const {kid} = jwt.header;
	if (typeof kid === 'string' && kid.startsWith('arn:')) {
		return selfSignedHolder(kid, jwt, context, checkExpiry);
	}

	if (!signatureVerifies(jwt, context.signingKey.publicKey)) {
		throw invalid('The token\'s signature does not verify with this emulator\'s key');
	}

	const participantId = String(jwt.claims.jti ?? '');
	checkExpiryOf(jwt.claims, context, checkExpiry);
	const record = context.store.tokens.get(participantId);
	if (!record) {
		throw new Refusal(401, 'UnknownToken', `No token ${participantId} was issued by this emulator (or its stage was deleted)`);
	}

	return {
		stageArn: record.stageArn,
		participantId,
		userId: record.userId,
		attributes: record.attributes ?? {},
		capabilities: record.capabilities,
	};
}

function checkExpiryOf(claims: Record<string, unknown>, context: OperationContext, checkExpiry: boolean): void {
	const expiresAt = Number(claims.exp) * 1000;
	if (checkExpiry && !(expiresAt > context.now())) {
		throw new Refusal(401, 'TokenExpired', Number.isFinite(expiresAt)
			? `The token expired at ${new Date(expiresAt).toISOString()}`
			: 'The token has no expiry time (exp)');
	}
}

function selfSignedHolder(
	kid: string,
	jwt: DecodedJwt,
	context: OperationContext,
	checkExpiry: boolean,
): TokenHolder {
	const imported = context.store.publicKeys.get(kid);
	if (!imported) {
		throw new Refusal(401, 'UnknownKey', `The token's key ${kid} is not a public key imported here (never imported, or deleted)`);
	}

	const parsed = parseP384PublicKey(imported.publicKeyMaterial);
	if (!parsed.ok || !signatureVerifies(jwt, parsed.key)) {
		throw invalid(`The token's signature does not verify with the public key ${kid}`);
	}

	const {claims} = jwt;
	if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat) || typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) {
		throw invalid('The token\'s iat and exp must be numbers (seconds since 1970)');
	}

	if (claims.exp - claims.iat > maxSelfSignedSeconds) {
		throw invalid(`The token's exp is more than 14 days (${maxSelfSignedSeconds} s) after its iat`);
	}

	checkExpiryOf(claims, context, checkExpiry);
	if (claims.version !== '1.0') {
		throw invalid('The token\'s version must be "1.0"');
	}

	const stageArn = claims.resource;
	const stage = typeof stageArn === 'string' ? context.store.stages.get(stageArn) : undefined;
	if (typeof stageArn !== 'string' || !stage) {
		throw invalid(`The token's resource ${JSON.stringify(stageArn ?? null)} is not a stage of this emulator`);
	}

	const stageId = parseArn(stage.arn);
	const keyId = parseArn(kid);
	if (claims.topic !== stageId?.resourceId) {
		throw invalid(`The token's topic must be its stage's ID, ${stageId?.resourceId ?? ''}`);
	}

	if (keyId?.region !== stageId?.region || keyId?.accountId !== stageId?.accountId) {
		throw invalid('The token\'s key and its stage are in different regions or accounts');
	}

	if (typeof claims.jti !== 'string' || !participantIdPattern.test(claims.jti)) {
		throw invalid('The token\'s jti must be 1 to 64 of a-z A-Z 0-9 - (it becomes the participant ID)');
	}

	if (claims.user_id !== undefined && (typeof claims.user_id !== 'string' || claims.user_id.length > 128)) {
		throw invalid('The token\'s user_id must be text of at most 128 characters');
	}

	return {
		stageArn: stage.arn,
		participantId: claims.jti,
		userId: claims.user_id,
		attributes: attributesOf(claims.attributes),
		capabilities: capabilitiesOf(claims.capabilities),
	};
}

function attributesOf(value: unknown): Record<string, string> {
	if (value === undefined) {
		return {};
	}

	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw invalid('The token\'s attributes must be an object of strings');
	}

	const entries = Object.entries(value as Record<string, unknown>);
	if (entries.some(([, item]) => typeof item !== 'string')) {
		throw invalid('The token\'s attributes must be an object of strings');
	}

	// Copied into a fresh object, so a key such as `__proto__` stays plain data.
	return Object.fromEntries(entries) as Record<string, string>;
}

function capabilitiesOf(value: unknown): string[] {
	const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	for (const name of ['allow_publish', 'allow_subscribe']) {
		if (given[name] !== undefined && typeof given[name] !== 'boolean') {
			throw invalid(`The token's capabilities.${name} must be true or false`);
		}
	}

	return [...(given.allow_publish === true ? ['PUBLISH'] : []), ...(given.allow_subscribe === true ? ['SUBSCRIBE'] : [])];
}
