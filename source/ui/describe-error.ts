// A failure as the user reads it: the service's error code and message when the service answered,
// else the one line the CLI would print. Text from the service is neutralised where it is shown.
import {ServiceError} from '../errors.js';
import {toCliError} from '../ivs/service-errors.js';

export type DescribedError = {code: string; message: string};

export function describeError(error: unknown, operation: string): DescribedError {
	const cliError = toCliError(error, operation);
	if (cliError instanceof ServiceError) {
		return {code: cliError.code, message: cliError.serviceMessage};
	}

	return {code: cliError.name === 'CliError' ? 'Error' : cliError.name.replace(/Error$/, ' error'), message: cliError.message};
}
