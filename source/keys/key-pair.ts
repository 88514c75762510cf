// A key pair for self-signed participant tokens: ECDSA on P-384, the only curve IVS verifies them
// with (ES384). The private half as PKCS#8 PEM for its file, the public half as the SPKI PEM
// ImportPublicKey takes.
import {generateKeyPairSync} from 'node:crypto';

export type KeyPairPem = {privateKeyPem: string; publicKeyPem: string};

export function makeKeyPair(): KeyPairPem {
	const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-384'});
	return {
		privateKeyPem: privateKey.export({type: 'pkcs8', format: 'pem'}).toString(),
		publicKeyPem: publicKey.export({type: 'spki', format: 'pem'}).toString(),
	};
}
