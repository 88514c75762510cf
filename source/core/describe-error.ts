// A failure as the user reads it, in either mode: the service's error code and message when the
// service answered, else the one line the CLI would print for what went wrong on the way (no
// connection, a timeout…). Text from the service is neutralised where it is shown.
import {ServiceError} from '../basics/errors.js';
import {toCliError} from '../ivs/service-errors.js';
import {safeText} from '../output/safe-text.js';

export type DescribedError = {code: string; message: string};

/** Code and message apart: creation failures show the code as a heading, the message under it. */
export function describeError(error: unknown, operation: string): DescribedError {
	const cliError = toCliError(error, operation);
	if (cliError instanceof ServiceError) {
		return {code: cliError.code, message: cliError.serviceMessage};
	}

	return {code: cliError.name === 'CliError' ? 'Error' : cliError.name.replace(/Error$/, ' error'), message: cliError.message};
}

function systemCode(error: unknown): string | undefined {
	const withCode = error as {code?: unknown; cause?: {code?: unknown}} | undefined;
	const code = withCode?.code ?? withCode?.cause?.code;
	return typeof code === 'string' ? code : undefined;
}

/** One short line, already safe to print, for a status line (the live table's polling, a token). */
export function errorLine(error: unknown, operation: string): string {
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
