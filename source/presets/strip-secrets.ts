// Presets and drafts never hold a token. A CreateStage request holds token *configurations*, not
// tokens, but a caller could hand over something built from a response (which does carry them), or
// a user could paste one into a tag. Tokens are bearer secrets, so anything that looks like one is
// left out before it reaches the disk, and the caller is told where.
import {formatPath} from '../stage/problem-wording.js';
import {isPlainObject, type PathSegment} from '../stage/validate.js';

/** Keys whose values are secrets wherever they appear. `participantTokenConfigurations` is not one. */
const secretKeys = new Set(['token', 'participanttoken', 'participanttokens', 'sessiontoken', 'secretaccesskey',
	'aws_secret_access_key', 'aws_session_token', 'authorization', 'x-amz-security-token']);

// A JWT (what IVS participant tokens are): three base64url parts, the first a JSON header `{"…`.
const jwtRegex = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*/;

/** The value without its secrets; the path of each one left out is added to `removed`. */
export function stripSecrets(value: unknown, removed: string[], path: PathSegment[] = []): unknown {
	if (!Array.isArray(value) && !isPlainObject(value)) {
		return value;
	}

	const kept: Array<[PathSegment, unknown]> = [];
	for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
		const secretKey = typeof key === 'string' && (secretKeys.has(key.toLowerCase()) || jwtRegex.test(key));
		if (secretKey || (typeof item === 'string' && jwtRegex.test(item))) {
			removed.push(formatPath([...path, key]));
		} else {
			kept.push([key, stripSecrets(item, removed, [...path, key])]);
		}
	}

	// fromEntries: a `__proto__` key is kept as a key, never made the prototype.
	return Array.isArray(value) ? kept.map(([, item]) => item) : Object.fromEntries(kept);
}

/** `https://user:secret@host/` → `https://host/`: an endpoint kept in a draft keeps no credentials. */
export function stripUrlCredentials(url: string): string {
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (!parsed || (parsed.username === '' && parsed.password === '')) {
		return url;
	}

	parsed.username = '';
	parsed.password = '';
	return parsed.toString();
}
