// What the SDK hands its logger, as one line of --debug. The SDK logs a failed call as an object
// ({clientName, commandName, input, error, metadata}), which String() turns into [object Object];
// here it becomes the fields that say what went wrong. The input is left out (the request body is
// logged, redacted, as it is sent), and the rest goes through the same redaction as every body.
import {redactBody, redactUrl} from './redact.js';

/** The fields of an error worth a line: Node's socket errors and the SDK's service errors. */
const errorFields = ['name', 'message', 'code', 'errno', 'syscall', 'address', 'port', 'statusCode', '$fault', '$metadata'] as const;

/** Members of the SDK's log object that are not shown: the call's input. */
const leftOut = new Set(['input']);

function errorSummary(error: Error): Record<string, unknown> {
	const record = error as unknown as Record<string, unknown>;
	const summary: Record<string, unknown> = {};
	for (const field of errorFields) {
		if (record[field] !== undefined) {
			summary[field] = record[field];
		}
	}

	if (error.cause instanceof Error) {
		summary.cause = errorSummary(error.cause);
	}

	return summary;
}

function plain(value: unknown): unknown {
	if (value instanceof Error) {
		return errorSummary(value);
	}

	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		return Object.fromEntries(Object.entries(value).filter(([key, member]) => !leftOut.has(key) && member !== undefined).map(([key, member]) => [key, member instanceof Error ? errorSummary(member) : member]));
	}

	return value;
}

/** URLs with a user name and password (a proxy's, say) keep neither. */
function withoutUserInfo(text: string): string {
	return text.replaceAll(/(\b[a-z][a-z\d+.-]*:\/\/)[^\s/?#@"]*@/gi, '$1***:***@');
}

export function loggedValue(value: unknown): string {
	let text: string;
	if (typeof value === 'string') {
		text = value;
	} else {
		try {
			text = JSON.stringify(plain(value), (_key, member: unknown) => (typeof member === 'bigint' ? String(member) : member)) ?? String(value);
		} catch {
			// A cycle: the name of the thing is all that can be said safely.
			text = Object.prototype.toString.call(value);
		}
	}

	return withoutUserInfo(redactUrl(redactBody(text)));
}
