// Self-signed participant tokens as a customer makes them, with node:crypto only: an ES384 JWT
// signed with their own P-384 private key, whose public half they imported with ImportPublicKey.
import {generateKeyPairSync, sign, type KeyObject} from 'node:crypto';

export type CustomerKey = {privateKey: KeyObject; publicKeyPem: string};

export function customerKey(namedCurve = 'P-384'): CustomerKey {
	const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve});
	return {privateKey, publicKeyPem: publicKey.export({type: 'spki', format: 'pem'}).toString()};
}

export type StageForToken = {arn?: string | undefined; endpoints?: {events?: string | undefined; whip?: string | undefined} | undefined};

/** The claims the IVS docs list for a self-signed token, for a stage, valid for an hour from now. */
export function selfSignedClaims(stage: StageForToken, overrides: Record<string, unknown> = {}): Record<string, unknown> {
	const now = Math.floor(Date.now() / 1000);
	return {
		exp: now + 3600,
		iat: now,
		jti: 'self-signed-1',
		user_id: 'hannah',
		resource: stage.arn,
		topic: stage.arn?.split('/')[1],
		events_url: stage.endpoints?.events,
		whip_url: stage.endpoints?.whip,
		capabilities: {allow_publish: true, allow_subscribe: true},
		attributes: {seat: '7'},
		version: '1.0',
		...overrides,
	};
}

export function signToken(claims: Record<string, unknown>, kid: string, privateKey: KeyObject): string {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const signingInput = `${part({alg: 'ES384', typ: 'JWT', kid})}.${part(claims)}`;
	const signature = sign('sha384', Buffer.from(signingInput), {key: privateKey, dsaEncoding: 'ieee-p1363'});
	return `${signingInput}.${signature.toString('base64url')}`;
}
