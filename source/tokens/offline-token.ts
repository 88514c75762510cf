// A participant token signed here with the user's own key, as IVS documents self-signed tokens:
// an ES384 JWT whose `kid` is the imported public key's ARN, with the claims exp (at most 14 days
// after iat), iat, jti (the participant ID, chosen here), user_id, resource (the stage ARN), topic
// (the stage ID), events_url and whip_url (the stage's endpoints), capabilities, attributes and
// version "1.0". No token API is called. The answer has CreateParticipantToken's shape, so it
// prints exactly as the API's would.
import type {CreateParticipantTokenRequest, ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {defaultTokenDurationMinutes} from '../stage/validate.js';
import {newParticipantId} from './participant-id.js';

export type StageEndpoints = {events?: string; whip?: string};

export type OfflineTokenInput = {
	request: CreateParticipantTokenRequest;
	endpoints: StageEndpoints;
	keyArn: string;
	privateKeyPem: string;
	now: Date;
};

export async function mintOfflineToken({request, endpoints, keyArn, privateKeyPem, now}: OfflineTokenInput): Promise<ParticipantToken> {
	// Loaded only here: no other path signs anything.
	const {SignJWT, importPKCS8} = await import('jose');
	const key = await importPKCS8(privateKeyPem, 'ES384');
	const duration = request.duration ?? defaultTokenDurationMinutes;
	const capabilities = request.capabilities ?? ['PUBLISH', 'SUBSCRIBE'];
	const participantId = newParticipantId();
	const issuedAt = Math.floor(now.getTime() / 1000);
	const expiresAt = issuedAt + (duration * 60);
	const claims = {
		...(request.userId === undefined ? {} : {user_id: request.userId}),
		resource: request.stageArn,
		topic: request.stageArn!.slice(request.stageArn!.lastIndexOf('/') + 1),
		...(endpoints.events === undefined ? {} : {events_url: endpoints.events}),
		...(endpoints.whip === undefined ? {} : {whip_url: endpoints.whip}),
		capabilities: {allow_publish: capabilities.includes('PUBLISH'), allow_subscribe: capabilities.includes('SUBSCRIBE')},
		attributes: request.attributes ?? {},
		version: '1.0',
	};
	const token = await new SignJWT(claims)
		.setProtectedHeader({alg: 'ES384', typ: 'JWT', kid: keyArn})
		.setIssuedAt(issuedAt)
		.setExpirationTime(expiresAt)
		.setJti(participantId)
		.sign(key);
	return {
		participantId,
		token,
		...(request.userId === undefined ? {} : {userId: request.userId}),
		...(request.attributes === undefined ? {} : {attributes: request.attributes}),
		duration,
		capabilities,
		expirationTime: new Date(expiresAt * 1000),
	};
}
