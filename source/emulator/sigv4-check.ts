// Checks a request's SigV4 signature (signing name `ivs`) against the one configured key pair, the
// way AWS's front door does, answering with the same error codes and wording. The signature is
// recomputed by the real @smithy/signature-v4 signer over exactly the headers the client signed,
// so whatever the AWS CLI or an SDK signs verifies, and nothing else does.
import {createHash, createHmac, timingSafeEqual, type Hash, type Hmac} from 'node:crypto';
import {
	ALGORITHM_IDENTIFIER,
	SignatureV4,
	getCanonicalHeaders,
	getPayloadHash,
} from '@smithy/signature-v4';
import type {HttpRequest, SourceData} from '@smithy/types';
import {authError, type ApiError} from './api-error.js';

export const signingName = 'ivs';
/** How far a request's time may be from the server's, either way. */
export const allowedSkewMs = 5 * 60 * 1000;

export type SigV4Config = {
	accessKeyId: string;
	secretAccessKey: string;
	region: string;
	now: () => number;
};

export type SignedRequest = {
	method: string;
	/** The path as received, still percent-encoded: the signer encodes it once more, as clients do. */
	rawPath: string;
	query: URLSearchParams;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
};

/** node:crypto's SHA-256 in the shape the signer wants; faster than a pure-JS hash. */
export class NodeSha256 {
	private hash: Hash | Hmac;

	private readonly secret: string | Uint8Array | undefined;

	constructor(secret?: SourceData) {
		this.secret = secret === undefined || typeof secret === 'string'
			? secret
			: secret instanceof ArrayBuffer ? new Uint8Array(secret) : new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength);
		this.hash = this.fresh();
	}

	update(data: Uint8Array): void {
		this.hash.update(data);
	}

	async digest(): Promise<Uint8Array> {
		return new Uint8Array(this.hash.digest());
	}

	reset(): void {
		this.hash = this.fresh();
	}

	private fresh(): Hash | Hmac {
		return this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
	}
}

/** The real signer, plus access to its canonical request and string to sign for error messages. */
class VerifyingSigner extends SignatureV4 {
	async explain(request: HttpRequest, signedHeaders: Set<string>, longDate: string, scope: string) {
		const canonicalHeaders = getCanonicalHeaders(request, undefined, signedHeaders);
		const canonicalRequest = this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(request, NodeSha256));
		const stringToSign = await this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
		return {canonicalRequest, stringToSign};
	}
}

type ParsedAuthorization = {
	accessKeyId: string;
	scopeDate: string;
	scopeRegion: string;
	scopeService: string;
	scopeTerminator: string;
	signedHeaders: string[];
	signature: string;
};

export function createSigV4Checker(config: SigV4Config): (request: SignedRequest) => Promise<ApiError | undefined> {
	const signer = new VerifyingSigner({
		service: signingName,
		region: config.region,
		credentials: {accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey},
		sha256: NodeSha256,
		uriEscapePath: true,
		// Verification must not add headers of its own (x-amz-content-sha256) to what is signed.
		applyChecksum: false,
	});

	return async request => {
		const authorization = headerValue(request.headers, 'authorization');
		if (authorization === undefined || authorization.trim() === '') {
			return authError('MissingAuthenticationTokenException', 'Missing Authentication Token');
		}

		const parsed = parseAuthorization(authorization);
		const amzDate = headerValue(request.headers, 'x-amz-date');
		const incomplete = incompleteProblems(parsed, amzDate);
		if (incomplete.length > 0 || !parsed) {
			return authError('IncompleteSignatureException', `${incomplete.join(' ')} Authorization=${authorization}`);
		}

		if (parsed.accessKeyId !== config.accessKeyId) {
			return authError('UnrecognizedClientException', 'The security token included in the request is invalid.');
		}

		const requestTime = parseAmzDate(amzDate ?? '');
		if (requestTime === undefined) {
			return authError(
				'IncompleteSignatureException',
				`Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
			);
		}

		const skew = skewProblem(requestTime, config.now());
		if (skew) {
			return authError('InvalidSignatureException', skew);
		}

		const scopeProblem = checkScope(parsed, amzDate ?? '', config.region);
		if (scopeProblem) {
			return authError('InvalidSignatureException', scopeProblem);
		}

		const signedHeaders = new Set(parsed.signedHeaders);
		const httpRequest = toHttpRequest(request, signedHeaders);
		const signed = await signer.sign(httpRequest, {signingDate: new Date(requestTime), signableHeaders: signedHeaders});
		const expected = /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization ?? ''))?.[1] ?? '';
		if (sameSignature(expected, parsed.signature) && payloadHashMatches(request)) {
			return undefined;
		}

		const scope = `${parsed.scopeDate}/${parsed.scopeRegion}/${parsed.scopeService}/${parsed.scopeTerminator}`;
		const {canonicalRequest, stringToSign} = await signer.explain(httpRequest, signedHeaders, amzDate ?? '', scope);
		return authError(
			'InvalidSignatureException',
			'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
				+ `\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
		);
	};
}

function parseAuthorization(header: string): ParsedAuthorization | undefined {
	const match = /^(\S+)\s+(.*)$/s.exec(header.trim());
	if (!match || match[1] !== ALGORITHM_IDENTIFIER) {
		return undefined;
	}

	const fields = new Map<string, string>();
	for (const part of (match[2] ?? '').split(',')) {
		const [key, ...rest] = part.trim().split('=');
		if (key) {
			fields.set(key, rest.join('='));
		}
	}

	const credential = fields.get('Credential');
	const signedHeaders = fields.get('SignedHeaders');
	const signature = fields.get('Signature');
	if (!credential || !signedHeaders || !signature) {
		return undefined;
	}

	const [accessKeyId = '', scopeDate = '', scopeRegion = '', scopeService = '', scopeTerminator = ''] = credential.split('/');
	return {
		accessKeyId,
		scopeDate,
		scopeRegion,
		scopeService,
		scopeTerminator,
		signedHeaders: signedHeaders.split(';').map(name => name.trim().toLowerCase()).filter(Boolean),
		signature,
	};
}

function incompleteProblems(parsed: ParsedAuthorization | undefined, amzDate: string | undefined): string[] {
	const problems: string[] = [];
	if (!parsed) {
		problems.push(
			`Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.`,
		);
	}

	if (amzDate === undefined) {
		problems.push(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
	}

	return problems;
}

/** `20261128T110000Z` → epoch milliseconds. */
function parseAmzDate(text: string): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
	if (!match) {
		return undefined;
	}

	const [, year, month, day, hour, minute, second] = match.map(Number);
	const time = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
	return Number.isNaN(time) ? undefined : time;
}

function formatAmzDate(time: number): string {
	return new Date(time).toISOString().replaceAll(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** AWS's own wording for a request signed too long ago or too far ahead. */
function skewProblem(requestTime: number, now: number): string | undefined {
	if (requestTime < now - allowedSkewMs) {
		return `Signature expired: ${formatAmzDate(requestTime)} is now earlier than ${formatAmzDate(now - allowedSkewMs)} (${formatAmzDate(now)} - 5 min.)`;
	}

	if (requestTime > now + allowedSkewMs) {
		return `Signature not yet current: ${formatAmzDate(requestTime)} is still later than ${formatAmzDate(now + allowedSkewMs)} (${formatAmzDate(now)} + 5 min.)`;
	}

	return undefined;
}

function checkScope(parsed: ParsedAuthorization, amzDate: string, region: string): string | undefined {
	if (parsed.scopeDate !== amzDate.slice(0, 8)) {
		return `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${parsed.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`;
	}

	if (parsed.scopeRegion !== region) {
		return `Credential should be scoped to a valid region, not '${parsed.scopeRegion}'. `;
	}

	if (parsed.scopeService !== signingName) {
		return `Credential should be scoped to correct service: '${signingName}'. `;
	}

	if (parsed.scopeTerminator !== 'aws4_request') {
		return `Credential should be scoped with a valid terminator: 'aws4_request', not '${parsed.scopeTerminator}'. `;
	}

	return undefined;
}

function toHttpRequest(request: SignedRequest, signedHeaders: Set<string>): HttpRequest {
	const headers: Record<string, string> = {};
	for (const name of signedHeaders) {
		const value = headerValue(request.headers, name);
		if (value !== undefined) {
			headers[name] = value;
		}
	}

	const query: Record<string, string | string[]> = {};
	for (const key of new Set(request.query.keys())) {
		const values = request.query.getAll(key);
		query[key] = values.length === 1 ? (values[0] ?? '') : values;
	}

	const [hostname = '', port] = (headers.host ?? '').split(':');
	return {
		method: request.method,
		protocol: 'http:',
		hostname,
		...(port ? {port: Number(port)} : {}),
		path: request.rawPath,
		query,
		headers,
		body: request.body,
	};
}

/** A client's x-amz-content-sha256 is signed as given, so it must also be the body's real hash. */
function payloadHashMatches(request: SignedRequest): boolean {
	const declared = headerValue(request.headers, 'x-amz-content-sha256');
	if (declared === undefined || declared === 'UNSIGNED-PAYLOAD') {
		return true;
	}

	return declared === createHash('sha256').update(request.body).digest('hex');
}

function sameSignature(expected: string, given: string): boolean {
	const a = Buffer.from(expected);
	const b = Buffer.from(given);
	return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

function headerValue(headers: SignedRequest['headers'], name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value.join(',') : value;
}
