// One short line for an error on the status line: the service's code and message when it answered,
// otherwise the AWS CLI's wording for what went wrong on the way (no connection, timeout…).
import {ServiceError} from '../../errors.js';
import {toCliError} from '../../ivs/service-errors.js';
import {safeText} from './safe-text.js';

function systemCode(error: unknown): string | undefined {
	const withCode = error as {code?: unknown; cause?: {code?: unknown}} | undefined;
	const code = withCode?.code ?? withCode?.cause?.code;
	return typeof code === 'string' ? code : undefined;
}

export function describeError(error: unknown, operation: string): string {
	const cliError = toCliError(error, operation);
	let text = cliError instanceof ServiceError ? `${cliError.code}: ${cliError.serviceMessage}` : cliError.message;
	const code = systemCode(error);
	if (!(cliError instanceof ServiceError) && code && !text.includes(code)) {
		// "Could not connect to the endpoint URL" says what; ECONNREFUSED or ENOTFOUND says why.
		text = `${text} (${code})`;
	}

	// The message may come from the service (or a proxy in front of it): neutralise it like any data.
	return safeText(text.split('\n')[0]);
}
