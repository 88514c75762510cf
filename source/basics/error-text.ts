// The one place an error becomes the text on stderr. Every line is shown with its control
// characters as visible escapes, whatever wrote it (a file name, a value, an option the user
// typed), so stderr never carries an escape sequence and one problem stays one line. The one
// exception is the service's own error line when stderr is not a terminal: scripts get AWS CLI
// v2's bytes there, exactly as the output formats keep them.
import {CliError, ServiceError} from './errors.js';
import {neutraliseControlCharacters} from './control-characters.js';

export function errorText(error: unknown, options: {terminal: boolean; debug?: boolean}): string {
	if (error instanceof ServiceError && !options.terminal) {
		return `${error.blankLineBefore ? '\n' : ''}${error.message}\n`;
	}

	if (error instanceof CliError) {
		const prefix = error.blankLineBefore ? '\n' : '';
		return `${prefix}${error.lines.map(line => neutraliseControlCharacters(line)).join('\n')}\n`;
	}

	if (options.debug && error instanceof Error && error.stack) {
		return `${error.stack.split('\n').map(line => neutraliseControlCharacters(line)).join('\n')}\n`;
	}

	const message = error instanceof Error ? error.message : String(error);
	return `${neutraliseControlCharacters(message)}\n`;
}
