// Participant tokens are real JWTs signed ES384 (ECDSA P-384 with SHA-384), the algorithm IVS uses
// for stage tokens, with a key pair the emulator makes once and keeps in its state file. Anyone can
// verify them with the emulator's public key (GET /_emulator/public-key).
import {
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	sign,
	verify,
	type KeyObject,
} from 'node:crypto';
import {randomId} from './ids.js';

export type SigningKey = {keyId: string; privateKey: KeyObject; publicKey: KeyObject};
export type SavedSigningKey = {keyId: string; privateKeyPem: string};

export function generateSigningKey(): SigningKey {
	const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-384'});
	return {keyId: randomId(12), privateKey, publicKey};
}

export function saveSigningKey(key: SigningKey): SavedSigningKey {
	return {keyId: key.keyId, privateKeyPem: key.privateKey.export({type: 'pkcs8', format: 'pem'}).toString()};
}

export function loadSigningKey(saved: SavedSigningKey): SigningKey {
	const privateKey = createPrivateKey(saved.privateKeyPem);
	return {keyId: saved.keyId, privateKey, publicKey: createPublicKey(privateKey)};
}

export function publicKeyPem(key: SigningKey): string {
	return key.publicKey.export({type: 'spki', format: 'pem'}).toString();
}

export function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
	const header = {alg: 'ES384', typ: 'JWT', kid: key.keyId};
	const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
	// JWS wants the raw r||s signature (IEEE P1363), not DER.
	const signature = sign('sha384', Buffer.from(signingInput), {key: key.privateKey, dsaEncoding: 'ieee-p1363'});
	return `${signingInput}.${signature.toString('base64url')}`;
}

export type DecodedJwt = {header: Record<string, unknown>; claims: Record<string, unknown>; signingInput: string; signature: Buffer};

/** A JWS in compact form, taken apart: its header and claims must be JSON objects. */
export function decodeJwt(token: string): {ok: true; jwt: DecodedJwt} | {ok: false; reason: string} {
	const parts = token.split('.');
	if (parts.length !== 3) {
		return {ok: false, reason: 'The token is not a JWT (expected three dot-separated parts)'};
	}

	const [encodedHeader = '', encodedClaims = '', encodedSignature = ''] = parts;
	const header = jsonObject(encodedHeader);
	const claims = jsonObject(encodedClaims);
	if (!header || !claims) {
		return {ok: false, reason: 'The token\'s header or claims are not base64url-encoded JSON objects'};
	}

	if (header.alg !== 'ES384') {
		return {ok: false, reason: `The token is signed with ${typeof header.alg === 'string' ? header.alg : 'no algorithm'}, not ES384`};
	}

	return {ok: true, jwt: {header, claims, signingInput: `${encodedHeader}.${encodedClaims}`, signature: Buffer.from(encodedSignature, 'base64url')}};
}

export function signatureVerifies(jwt: DecodedJwt, publicKey: KeyObject): boolean {
	return verify('sha384', Buffer.from(jwt.signingInput), {key: publicKey, dsaEncoding: 'ieee-p1363'}, jwt.signature);
}

function jsonObject(encoded: string): Record<string, unknown> | undefined {
	try {
		const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed as Record<string, unknown> : undefined;
	} catch {
		return undefined;
	}
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
