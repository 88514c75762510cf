// What a failed CreateStage attempt says about the stage: whether the service may have created it.
// The SDK retries on its own lists (@smithy/core's service-error-classification); a caller that
// retries itself must tell apart the failures that prove nothing was created (the service refused,
// or the connection never opened) from those that do not (the connection closed after the request
// went out, a timeout, a 5xx), and look before trying again after the latter.

/**
 * - `throttled`: the service refused for the rate (429): nothing was created; retry, slower.
 * - `refused`: the service refused for another reason (a 4xx): nothing was created; final.
 * - `unreached`: the connection never opened (refused, no such host): nothing was sent; retry.
 * - `unsent`: a local problem (settings, credentials, TLS verification): nothing was sent; final.
 * - `unknown`: the request may have reached the service (a reset or closed connection, a
 *   timeout, a 5xx, an answer that could not be read): look before retrying.
 */
export type FailureKind = 'throttled' | 'refused' | 'unreached' | 'unsent' | 'unknown';

/** The SDK's throttling error names (THROTTLING_ERROR_CODES in @smithy/core/retry; a test keeps them equal). */
export const throttlingErrorNames: readonly string[] = [
	'BandwidthLimitExceeded',
	'EC2ThrottledException',
	'LimitExceededException',
	'PriorRequestNotComplete',
	'ProvisionedThroughputExceededException',
	'RequestLimitExceeded',
	'RequestThrottled',
	'RequestThrottledException',
	'SlowDown',
	'ThrottledException',
	'Throttling',
	'ThrottlingException',
	'TooManyRequestsException',
	'TransactionInProgressException',
];

/**
 * Connection errors before any byte of the request went out; the SDK retries these too.
 * ERR_PROXY_TUNNEL: the proxy refused the CONNECT, so the request never left this machine.
 */
const unreachedCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_PROXY_TUNNEL']);

/** Raised before sending: the project's own errors (CliError and its kinds) and the SDK's configuration errors. */
const unsentNames = new Set(['CliError', 'UsageError', 'ConfigError', 'CredentialsProviderError', 'ParamValidationError']);

type ErrorShape = {
	name?: unknown;
	code?: unknown;
	message?: unknown;
	cause?: unknown;
	$metadata?: {httpStatusCode?: unknown};
	$retryable?: {throttling?: unknown};
};

function codeOf(error: ErrorShape): string | undefined {
	const cause = error.cause as ErrorShape | undefined;
	const code = error.code ?? cause?.code;
	return typeof code === 'string' ? code : undefined;
}

export function failureKind(error: unknown): FailureKind {
	if (typeof error !== 'object' || error === null) {
		return 'unknown';
	}

	const shape = error as ErrorShape;
	const name = typeof shape.name === 'string' ? shape.name : '';
	const message = typeof shape.message === 'string' ? shape.message : '';
	const status = shape.$metadata?.httpStatusCode;
	if (typeof status === 'number') {
		if (status === 429 || throttlingErrorNames.includes(name) || shape.$retryable?.throttling === true) {
			return 'throttled';
		}

		// A 4xx is the service's refusal of the request as a whole; a 5xx may come after the stage was made.
		return status >= 400 && status < 500 ? 'refused' : 'unknown';
	}

	if (unsentNames.has(name) || /Region is missing|Could not load credentials/i.test(message)) {
		return 'unsent';
	}

	const code = codeOf(shape);
	if (code && unreachedCodes.has(code)) {
		return 'unreached';
	}

	// The Node handler's connect timeout: no connection, so no request.
	if (/without establishing a connection|did not establish a connection/i.test(message)) {
		return 'unreached';
	}

	if (code?.startsWith('ERR_TLS') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code === 'CERT_HAS_EXPIRED') {
		// The handshake failed before the request was written.
		return 'unsent';
	}

	return 'unknown';
}

/** Whether a failure of this kind is worth another attempt (after a look, for `unknown`). */
export function retryable(kind: FailureKind): boolean {
	return kind === 'throttled' || kind === 'unreached' || kind === 'unknown';
}
