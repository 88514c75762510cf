// Which proxy a request goes through, by the rules the AWS CLI follows. botocore takes its proxies
// from Python's urllib (getproxies_environment and proxy_bypass_environment), so those rules are
// the ones mirrored here, quirks included:
// - `http_proxy`, `https_proxy` and `no_proxy` in either case; where both cases are set the lower
//   case wins, and an empty lower-case variable unsets the upper-case one;
// - with REQUEST_METHOD set (a CGI script), the upper-case HTTP_PROXY is ignored (CVE-2016-1000110);
// - NO_PROXY is a comma list of host names matched against the endpoint's host (with and without
//   its port), each also as a suffix: `example.com` and `.example.com` both cover
//   `api.example.com`; `*` alone bypasses every proxy. There are no CIDR ranges and no special
//   case for loopback: 127.0.0.1 goes through the proxy unless NO_PROXY names it;
// - a proxy URL without a scheme is taken as http:// (botocore's _fix_proxy_url).
import {UsageError} from '../basics/errors.js';

type Environment = Record<string, string | undefined>;

/** The proxy variables that apply, keyed as urllib keys them: `http`, `https`, `no`. */
export type ProxyVariables = {http?: ProxyVariable; https?: ProxyVariable; no?: string};

/** A proxy URL and the variable it came from, for the line that refuses it. */
export type ProxyVariable = {value: string; name: string};

const keys = ['http', 'https', 'no'] as const;

/** urllib's getproxies_environment, limited to the three variables botocore uses. */
export function proxyVariables(env: Environment): ProxyVariables {
	const found: Record<string, ProxyVariable> = {};
	// First pass: any case, non-empty.
	for (const [name, value] of Object.entries(env)) {
		const key = name.toLowerCase().slice(0, -'_proxy'.length);
		if (value && name.toLowerCase().endsWith('_proxy') && (keys as readonly string[]).includes(key)) {
			found[key] = {value, name};
		}
	}

	if ('REQUEST_METHOD' in env) {
		delete found.http;
	}

	// Second pass: lower case only, which wins, an empty one unsetting.
	for (const key of keys) {
		const name = `${key}_proxy`;
		const value = env[name];
		if (value === undefined) {
			continue;
		}

		if (value) {
			found[key] = {value, name};
		} else {
			delete found[key];
		}
	}

	return {
		...(found.http ? {http: found.http} : {}),
		...(found.https ? {https: found.https} : {}),
		...(found.no ? {no: found.no.value} : {}),
	};
}

/** Whether any proxy could apply: without one, nothing about proxies is loaded or checked. */
export function hasProxy(variables: ProxyVariables): boolean {
	return variables.http !== undefined || variables.https !== undefined;
}

/**
 * urllib's proxy_bypass_environment. `netloc` is the endpoint's host as the URL wrote it, with its
 * port when the URL gave one (`127.0.0.1:4566`, `[::1]:4566`).
 */
export function bypassesProxy(netloc: string, noProxy: string | undefined): boolean {
	if (noProxy === undefined) {
		return false;
	}

	if (noProxy === '*') {
		return true;
	}

	const host = netloc.toLowerCase();
	const hostOnly = /^(.*):(\d+)$/s.exec(host)?.[1] ?? host;
	for (const entry of noProxy.split(',')) {
		const name = entry.trim().replace(/^\.+/, '').toLowerCase();
		if (name === '') {
			continue;
		}

		if (hostOnly === name || host === name || hostOnly.endsWith(`.${name}`) || host.endsWith(`.${name}`)) {
			return true;
		}
	}

	return false;
}

/** A proxy URL with any user name and password masked, as botocore's mask_proxy_url shows it. */
export function maskedProxyUrl(url: string): string {
	return url.replace(/^([^/]*\/\/)[^/?#@]*@/, '$1***:***@');
}

/** A proxy to go through: the URL, and its text as botocore would show it (scheme added where missing). */
export type ProxyChoice = {url: URL; text: string};

/** The proxy URL checked, or a UsageError (252) naming the variable: nothing is sent through a proxy that cannot be reached. */
export function checkProxyUrl({value, name}: ProxyVariable): ProxyChoice {
	// botocore's _fix_proxy_url: `proxy:3128` and `//proxy:3128` are http://.
	const fixed = /^https?:/i.test(value) ? value : value.startsWith('//') ? `http:${value}` : `http://${value}`;
	const refuse = (problem: string) => new UsageError(`Bad value for ${name} "${maskedProxyUrl(value)}": ${problem}; nothing was sent`);
	if (/[\u0000-\u0020\u007F]/.test(fixed)) {
		throw refuse('it holds a space or a control character');
	}

	let url: URL;
	try {
		url = new URL(fixed);
	} catch {
		throw refuse('it is not a URL. A proxy is http://[user:password@]host[:port] or https://…');
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		// `socks5://x` reaches here as `http://socks5://x`, which has no usable host.
		throw refuse('the proxy must be an http:// or https:// URL');
	}

	if (url.hostname === '' || !/^https?:\/\/[^/?#]/i.test(fixed)) {
		throw refuse('the host name is missing');
	}

	if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
		// `socks5://host` fixed to `http://socks5://host` lands here too.
		throw refuse('the proxy must be an http:// or https:// URL with a host and port only');
	}

	return {url, text: fixed};
}

/**
 * The proxy for a request to `protocol//netloc`, checked, or undefined to go direct: HTTPS_PROXY
 * for https endpoints (a CONNECT tunnel), HTTP_PROXY for http ones (absolute-URI requests).
 */
export function proxyFor(protocol: string, netloc: string, variables: ProxyVariables): ProxyChoice | undefined {
	const variable = protocol === 'https:' ? variables.https : protocol === 'http:' ? variables.http : undefined;
	if (variable === undefined || bypassesProxy(netloc, variables.no)) {
		return undefined;
	}

	return checkProxyUrl(variable);
}
