// Errors are values until the edge: each kind carries the exit code the AWS CLI uses for it, and
// commands/main.ts turns any of them into one line on stderr. Nothing below the edge prints or exits.

/** AWS CLI v2's exit codes, which scripts written for `aws` already test for. */
export const exitCodes = {
	ok: 0,
	interrupted: 130,
	/** Bad command line or parameters: nothing was sent. */
	usage: 252,
	/** Credentials, region or configuration missing or broken. */
	config: 253,
	/** The service answered with an error. */
	service: 254,
	/** Anything else. */
	other: 255,
} as const;

export class CliError extends Error {
	/** AWS CLI v2 puts a blank line before some errors (service, credentials, connection); so do we. */
	blankLineBefore = false;
	/**
	 * What the user reads, one entry per line. A line break inside an entry came from a value (a file
	 * name, the service's text), so the edge shows it as \n rather than start a line with it.
	 */
	readonly lines: readonly string[];

	constructor(
		message: string | readonly string[],
		readonly exitCode: number,
	) {
		const lines = typeof message === 'string' ? [message] : message;
		super(lines.join('\n'));
		this.lines = lines;
		this.name = new.target.name;
	}

	spaced(): this {
		this.blankLineBefore = true;
		return this;
	}
}

/** A usage or parameter problem (exit 252); the message is the one line the user sees. */
export class UsageError extends CliError {
	constructor(message: string | readonly string[]) {
		super(message, exitCodes.usage);
	}
}

/** Missing credentials or region, or a broken config file (exit 253). */
export class ConfigError extends CliError {
	constructor(message: string | readonly string[]) {
		super(message, exitCodes.config);
	}
}

/** The service refused the call (exit 254). */
export class ServiceError extends CliError {
	constructor(
		readonly code: string,
		readonly serviceMessage: string,
		readonly operation: string,
		readonly statusCode?: number,
	) {
		super(`An error occurred (${code}) when calling the ${operation} operation: ${serviceMessage}`, exitCodes.service);
		this.blankLineBefore = true;
	}
}

/** The user pressed Ctrl+C (exit 130). */
export class InterruptedError extends CliError {
	constructor() {
		super('Interrupted', exitCodes.interrupted);
	}
}
