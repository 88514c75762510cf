// Secrets must never reach --debug output or logs: participant tokens, the secret key, the session
// token and request signatures. Redaction works on text so it also covers bodies we cannot parse.
export const redacted = '<redacted>';

const secretHeaders = new Set(['x-amz-security-token', 'x-amz-content-sha256-secret']);
const secretJsonMembers = ['token', 'secretAccessKey', 'sessionToken', 'SecretAccessKey', 'SessionToken'];

export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) {
			continue;
		}

		const text = Array.isArray(value) ? value.join(', ') : value;
		const lower = name.toLowerCase();
		if (secretHeaders.has(lower)) {
			result[name] = redacted;
		} else if (lower === 'authorization') {
			result[name] = text.replaceAll(/Signature=[0-9a-fA-F]+/g, `Signature=${redacted}`);
		} else {
			result[name] = text;
		}
	}

	return result;
}

/** Redacts secret members of a JSON body, and anything shaped like a JWT, wherever it stands. */
export function redactBody(body: string): string {
	let text = body;
	for (const member of secretJsonMembers) {
		text = text.replaceAll(new RegExp(`("${member}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g'), `$1"${redacted}"`);
	}

	return text.replaceAll(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, redacted);
}

export function redactUrl(url: string): string {
	return url.replaceAll(/(X-Amz-(?:Signature|Security-Token|Credential)=)[^&]+/gi, `$1${redacted}`);
}
