// Turns whatever the SDK throws into the AWS CLI's wording and exit code, so scripts that check
// `aws`'s exit codes and messages keep working.
import {CliError, ConfigError, ServiceError, exitCodes} from '../basics/errors.js';
import {failedAttempt} from './failed-attempt.js';
import {maskedProxyUrl} from './proxy-environment.js';
import {redactUrl} from './redact.js';

type SdkError = Error & {
	name: string;
	code?: string;
	$fault?: 'client' | 'server';
	$metadata?: {httpStatusCode?: number};
	$response?: {statusCode?: number};
	tryNextLink?: boolean;
};

/** The ways a connection fails to open; botocore's EndpointConnectionError. */
const connectFailures = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function toCliError(error: unknown, operation: string, endpoint?: string): CliError {
	if (error instanceof CliError) {
		return error;
	}

	const sdkError = error as SdkError;
	const message = sdkError?.message ?? String(error);
	const name = sdkError?.name ?? 'Error';

	if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
		if (/profile/i.test(message) && /could not be found|not found/i.test(message)) {
			return new ConfigError(`The config profile could not be found: ${message}`);
		}

		// Not "--sandbox" alone: events, token, keys and prune take no such option; the wizard does.
		return new ConfigError('Unable to locate credentials. You can configure credentials by running "aws configure", or try the tool without AWS: ivs-stage-wizard --sandbox.').spaced();
	}

	if (/Region is missing/i.test(message)) {
		return new ConfigError('You must specify a region. You can also configure your region by running "aws configure", or set AWS_REGION.');
	}

	if (/profile .* could not be found|Profile .* not found/i.test(message)) {
		return new ConfigError(message);
	}

	if (sdkError?.$metadata?.httpStatusCode !== undefined && sdkError.$fault !== undefined) {
		return new ServiceError(name, message, operation, sdkError.$metadata.httpStatusCode);
	}

	const code = sdkError?.code ?? (error as {cause?: {code?: string}})?.cause?.code;
	// The URL the attempt went to, as botocore names it; else the one the endpoint and operation make.
	const attempt = failedAttempt(error);
	const where = attempt?.url ? `"${redactUrl(attempt.url)}"` : endpoint ? `"${endpoint.replace(/\/+$/, '')}/${operation}"` : 'the endpoint';
	if (attempt?.proxy && (code === 'ERR_PROXY_TUNNEL' || connectFailures.has(code ?? ''))) {
		// botocore's ProxyConnectionError: the proxy could not be reached, or could not reach the endpoint.
		return new CliError(`Failed to connect to proxy URL: "${maskedProxyUrl(attempt.proxy)}"`, exitCodes.other).spaced();
	}

	if (name === 'ResponseTooLargeError') {
		// The SDK appends a line about its deserializer; the first line says it all.
		return new CliError(message.split('\n')[0]!, exitCodes.other).spaced();
	}

	// botocore's words for each way a connection fails (ConnectTimeoutError, ConnectionClosedError,
	// ReadTimeoutError, EndpointConnectionError). The SDK's Node handler names a reset connection a
	// TimeoutError, so the code and the message decide, not the name.
	if (/did not establish a connection|connect(?:ion)? timed? ?out/i.test(message)) {
		return new CliError(`Connect timeout on endpoint URL: ${where}`, exitCodes.other).spaced();
	}

	if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up|closed before|ECONNRESET/i.test(message)) {
		return new CliError(`Connection was closed before we received a valid response from endpoint URL: ${where}.`, exitCodes.other).spaced();
	}

	if (name === 'TimeoutError' || code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) {
		return new CliError(`Read timeout on endpoint URL: ${where}`, exitCodes.other).spaced();
	}

	if (connectFailures.has(code ?? '')) {
		return new CliError(`Could not connect to the endpoint URL: ${where}`, exitCodes.other).spaced();
	}

	if (/certificate|self[- ]signed|SSL|TLS/i.test(message) || code?.startsWith('ERR_TLS') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
		return new CliError(`SSL validation failed for ${where}: ${message}`, exitCodes.other);
	}

	return new CliError(message.split('\n')[0] ?? 'Unknown error', exitCodes.other);
}
