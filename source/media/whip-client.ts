// The HTTP half of WHIP (RFC 9725) for a publisher: POST the offer with the participant token,
// follow redirects by hand keeping the Authorization header (IVS answers the first POST with a 307
// to a regional host, and fetch would drop the header there), and DELETE the session to leave.

/** More than IVS's one redirect, few enough that a loop ends at once. */
const maxRedirects = 5;
/** An SDP answer is a few KB. */
const maxAnswerBytes = 256 * 1024;

export class WhipRefusal extends Error {
	constructor(
		readonly statusCode: number,
		readonly url: string,
		readonly reason: string,
	) {
		super(`the WHIP endpoint ${url} answered ${statusCode}${reason ? `: ${reason}` : ''}`);
		this.name = 'WhipRefusal';
	}
}

export type WhipSession = {answer: string; resourceUrl: string};

async function bodyText(response: Response, limit: number): Promise<string> {
	const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array> | undefined;
	const parts: Uint8Array[] = [];
	let size = 0;
	while (reader) {
		const {done, value} = await reader.read();
		if (done) {
			break;
		}

		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new WhipRefusal(response.status, response.url, `the answer is larger than ${limit} bytes`);
		}

		parts.push(value);
	}

	return Buffer.concat(parts).toString('utf8');
}

/** The refusal's text as one short line: the first line of the body, at most 300 characters. */
function reasonIn(text: string): string {
	return (text.trim().split(/\r?\n/)[0] ?? '').slice(0, 300);
}

export async function postOffer(whipUrl: string, token: string, offer: string, signal?: AbortSignal): Promise<WhipSession> {
	let url = new URL(whipUrl);
	for (let redirects = 0; ; redirects++) {
		const response = await fetch(url, {
			method: 'POST',
			headers: {'Authorization': `Bearer ${token}`, 'Content-Type': 'application/sdp'},
			body: offer,
			redirect: 'manual',
			...(signal === undefined ? {} : {signal}),
		});
		const location = response.headers.get('location');
		if ([301, 302, 303, 307, 308].includes(response.status) && location) {
			await response.body?.cancel();
			const next = new URL(location, url);
			if (redirects >= maxRedirects) {
				throw new WhipRefusal(response.status, url.href, `more than ${maxRedirects} redirects`);
			}

			// The token follows the redirect (IVS needs it), but never from https down to plain http.
			if (url.protocol === 'https:' && next.protocol !== 'https:') {
				throw new WhipRefusal(response.status, url.href, `a redirect to ${next.protocol} would send the token unencrypted`);
			}

			url = next;
			continue;
		}

		const text = await bodyText(response, maxAnswerBytes);
		if (response.status !== 201 && response.status !== 200) {
			throw new WhipRefusal(response.status, url.href, reasonIn(text));
		}

		if (!location) {
			throw new WhipRefusal(response.status, url.href, 'the answer has no Location header naming the session');
		}

		return {answer: text, resourceUrl: new URL(location, url).href};
	}
}

/** Ends the session; a session the endpoint no longer knows (404) has ended already. */
export async function deleteSession(resourceUrl: string, token: string, signal?: AbortSignal): Promise<void> {
	const response = await fetch(resourceUrl, {method: 'DELETE', headers: {Authorization: `Bearer ${token}`}, ...(signal === undefined ? {} : {signal})});
	const text = await bodyText(response, maxAnswerBytes);
	if (!response.ok && response.status !== 404) {
		throw new WhipRefusal(response.status, resourceUrl, reasonIn(text));
	}
}
