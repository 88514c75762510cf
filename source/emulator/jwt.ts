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

export type VerifiedJwt = {ok: true; header: Record<string, unknown>; claims: Record<string, unknown>} | {ok: false; reason: string};

export function verifyJwt(token: string, publicKey: KeyObject): VerifiedJwt {
	const parts = token.split('.');
	if (parts.length !== 3) {
		return {ok: false, reason: 'The token is not a JWT (expected three dot-separated parts)'};
	}

	const [encodedHeader = '', encodedClaims = '', encodedSignature = ''] = parts;
	let header: Record<string, unknown>;
	let claims: Record<string, unknown>;
	try {
		header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8')) as Record<string, unknown>;
		claims = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString('utf8')) as Record<string, unknown>;
	} catch {
		return {ok: false, reason: 'The token\'s header or claims are not base64url-encoded JSON'};
	}

	if (header.alg !== 'ES384') {
		return {ok: false, reason: `The token is signed with ${String(header.alg)}, not ES384`};
	}

	const valid = verify(
		'sha384',
		Buffer.from(`${encodedHeader}.${encodedClaims}`),
		{key: publicKey, dsaEncoding: 'ieee-p1363'},
		Buffer.from(encodedSignature, 'base64url'),
	);
	return valid ? {ok: true, header, claims} : {ok: false, reason: 'The token\'s signature does not verify with this emulator\'s key'};
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
