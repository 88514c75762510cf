// What an endpoint may be, wherever it comes from (--endpoint-url, AWS_ENDPOINT_URL_IVS_REALTIME,
// AWS_ENDPOINT_URL, a profile's endpoint_url, the wizard's start): an http:// or https:// URL with
// a host. The SDK itself sends `htps://host` as plain HTTP and an empty value to AWS, so everything
// is checked here before a client is built. The AWS CLI's own words are kept where it has them.
import {UsageError} from '../basics/errors.js';

const expectedForm = 'Must be of the form http://<hostname>/ or https://<hostname>/';

/** The problem with an endpoint URL, or undefined when it is fine. */
export function endpointUrlProblem(value: string): string | undefined {
	// Leading and trailing spaces are dropped, as the AWS CLI's urlsplit drops them; any other
	// whitespace or control character is refused below, wherever it stands (botocore refuses
	// tabs and line breaks; WHATWG URL would silently remove them).
	const url = value.replace(/^ +| +$/g, '');
	const scheme = /^([A-Za-z][A-Za-z\d+.-]*):/.exec(url)?.[1];
	// `localhost:4566` parses as scheme "localhost"; a port where the rest should be says otherwise.
	if (scheme === undefined || /^[^:/]+:\d+(?:[/?#]|$)/.test(url)) {
		return `scheme is missing.  ${expectedForm}`;
	}

	if (!/^https?$/i.test(scheme)) {
		return `the scheme must be http or https, not ${scheme}. ${expectedForm}`;
	}

	// botocore refuses these anywhere in the URL; WHATWG URL would silently drop them.
	if (/[\u0000-\u0020\u007F]/.test(url)) {
		return `it holds a space or a control character. ${expectedForm}`;
	}

	if (!/^\/\/[^/?#]/.test(url.slice(scheme.length + 1))) {
		return `the host name is missing. ${expectedForm}`;
	}

	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `it is not a URL. ${expectedForm}`;
	}

	if (parsed.hostname === '') {
		return `the host name is missing. ${expectedForm}`;
	}

	if (parsed.username !== '' || parsed.password !== '') {
		// Credentials in a URL end up in logs and --debug output; SigV4 carries the real ones.
		return 'it holds a user name or password; the request is signed with your AWS credentials instead';
	}

	return undefined;
}

/** The value, trimmed, or a UsageError (exit 252) naming where it came from. */
export function checkEndpointUrl(value: string, source: string): string {
	const problem = endpointUrlProblem(value);
	if (problem !== undefined) {
		// A password the user put in the URL stays out of the line (and any CI log that keeps it).
		const shown = value.replace(/^(\s*[A-Za-z][A-Za-z\d+.-]*:\/\/[^/?#@]*?:)[^/?#@]*@/, '$1***@');
		throw new UsageError(`Bad value for ${source} "${shown}": ${problem}`);
	}

	return value.replace(/^ +| +$/g, '');
}
