// The public keys ImportPublicKey accepts: PEM SubjectPublicKeyInfo of an EC key on P-384
// (secp384r1), the only curve IVS signs and verifies participant tokens with (ES384). The model's
// pattern lets text stand before and after the PEM block, so the block is cut out before parsing.
import {createHash, createPublicKey, type KeyObject} from 'node:crypto';

const pemBlock = /-----BEGIN PUBLIC KEY-----\r?\n[a-zA-Z\d+/=\r\n]+\r?\n-----END PUBLIC KEY-----/;

export type ParsedPublicKey = {ok: true; key: KeyObject; fingerprint: string} | {ok: false; reason: string};

export function parseP384PublicKey(material: string): ParsedPublicKey {
	const block = pemBlock.exec(material)?.[0];
	if (block === undefined) {
		return {ok: false, reason: 'The public key material is not a PEM public key (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)'};
	}

	let key: KeyObject;
	try {
		key = createPublicKey({key: block, format: 'pem'});
	} catch {
		return {ok: false, reason: 'The public key material is not a valid PEM-encoded public key'};
	}

	if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
		const what = key.asymmetricKeyType === 'ec' ? `an EC key on ${key.asymmetricKeyDetails?.namedCurve ?? 'an unknown curve'}` : `a key of type ${key.asymmetricKeyType ?? 'unknown'}`;
		return {ok: false, reason: `The public key must be an ECDSA key on the P-384 curve (secp384r1), not ${what}`};
	}

	return {ok: true, key, fingerprint: fingerprintOf(key)};
}

/**
 * The MD5 digest of the key's DER SubjectPublicKeyInfo as colon-separated hex pairs: the form
 * (and length) IVS shows for its imported keys. Taken from the key, not the text, so the same key
 * written with other line breaks or surrounding text has the same fingerprint.
 */
export function fingerprintOf(key: KeyObject): string {
	const digest = createHash('md5').update(key.export({type: 'spki', format: 'der'})).digest('hex');
	return digest.match(/../g)?.join(':') ?? digest;
}
