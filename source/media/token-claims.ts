// What `publish --token` reads from the token itself: the stage and the WHIP URL (claims `resource`
// and `whip_url`, which IVS puts in every participant token), so a publisher can start from the
// token alone. The token is not verified here (the WHIP endpoint does that); its payload is only
// decoded, bounded and checked for the two claims, each a value a user pasted and so untrusted.
import {UsageError} from '../basics/errors.js';

/** Far above any real token (the emulator's bound too): 1 KB of attributes fits in 3 KB. */
export const maxTokenLength = 16 * 1024;

export type PublishClaims = {stageArn: string; whipUrl: string; participantId?: string; userId?: string; expiresAt?: number};

function refuse(problem: string): UsageError {
	return new UsageError(`Invalid --token: ${problem}`);
}

export function publishClaims(token: string): PublishClaims {
	if (token.length > maxTokenLength) {
		throw refuse(`it is longer than ${maxTokenLength} characters`);
	}

	const parts = token.split('.');
	if (parts.length !== 3 || !parts.every(part => /^[\w-]+$/.test(part))) {
		throw refuse('a participant token is a JWT: three base64url parts joined by dots');
	}

	let claims: unknown;
	try {
		claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
	} catch {
		throw refuse('its payload is not JSON');
	}

	if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
		throw refuse('its payload is not a JSON object');
	}

	const {resource, whip_url: whipUrl, jti, user_id: userId, exp} = claims as Record<string, unknown>;
	if (typeof resource !== 'string' || !/^arn:aws:ivs:[a-z0-9-]+:\d{12}:stage\/[a-zA-Z0-9-]+$/.test(resource)) {
		throw refuse('its resource claim is not a stage ARN');
	}

	if (typeof whipUrl !== 'string' || !isHttpUrl(whipUrl)) {
		throw refuse('its whip_url claim is not an http(s) URL');
	}

	return {
		stageArn: resource,
		whipUrl,
		...(typeof jti === 'string' && /^[a-zA-Z\d-]{1,64}$/.test(jti) ? {participantId: jti} : {}),
		...(typeof userId === 'string' && userId.length <= 128 ? {userId} : {}),
		...(typeof exp === 'number' && Number.isFinite(exp) ? {expiresAt: exp * 1000} : {}),
	};
}

function isHttpUrl(text: string): boolean {
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
