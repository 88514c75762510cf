// The AWS CLI's proxy rules (Python urllib's, through botocore), as plain functions.
import test from 'ava';
import {UsageError} from '../../source/basics/errors.js';
import {bypassesProxy, checkProxyUrl, maskedProxyUrl, proxyFor, proxyVariables} from '../../source/ivs/proxy-environment.js';

test('either case is read; where both are set the lower case wins, and an empty lower case unsets', t => {
	t.deepEqual(proxyVariables({HTTPS_PROXY: 'http://upper:1', NO_PROXY: 'a'}), {https: {value: 'http://upper:1', name: 'HTTPS_PROXY'}, no: 'a'});
	t.deepEqual(proxyVariables({HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1'}).https, {value: 'http://lower:1', name: 'https_proxy'});
	t.deepEqual(proxyVariables({HTTPS_PROXY: 'http://upper:1', https_proxy: '', HTTP_PROXY: ''}), {});
	t.deepEqual(proxyVariables({NO_PROXY: '*', no_proxy: 'example.com'}).no, 'example.com');
	t.deepEqual(proxyVariables({ALL_PROXY: 'http://all:1', FTP_PROXY: 'http://ftp:1'}), {}, 'botocore uses http and https only');
});

test('a CGI script (REQUEST_METHOD set) ignores the upper-case HTTP_PROXY, as urllib does', t => {
	t.deepEqual(proxyVariables({HTTP_PROXY: 'http://evil:1', REQUEST_METHOD: 'GET'}), {});
	t.deepEqual(proxyVariables({http_proxy: 'http://mine:1', REQUEST_METHOD: 'GET'}).http?.value, 'http://mine:1');
});

test('NO_PROXY: host, host:port, suffixes with or without a dot, and * alone; no CIDR, no loopback exception', t => {
	t.false(bypassesProxy('127.0.0.1:4566', undefined));
	t.true(bypassesProxy('127.0.0.1:4566', '127.0.0.1'));
	t.true(bypassesProxy('127.0.0.1:4566', 'x, 127.0.0.1:4566 '));
	t.false(bypassesProxy('127.0.0.1:4566', '127.0.0.1:9'));
	t.true(bypassesProxy('ivsrealtime.us-west-2.amazonaws.com', 'amazonaws.com'));
	t.true(bypassesProxy('IVSrealtime.us-west-2.amazonaws.com', '.AMAZONAWS.com'));
	t.false(bypassesProxy('notamazonaws.com', 'amazonaws.com'));
	t.true(bypassesProxy('anything', '*'));
	t.false(bypassesProxy('anything', '*, x'), 'only * alone bypasses everything');
	t.false(bypassesProxy('127.0.0.1', '127.0.0.0/8'), 'urllib has no CIDR ranges');
	t.false(bypassesProxy('localhost:4566', '127.0.0.1'));
});

test('the proxy for an endpoint: https_proxy for https, http_proxy for http; a URL without a scheme is http://', t => {
	const variables = proxyVariables({https_proxy: 'proxy.corp:3128', http_proxy: '//plain.corp:80', no_proxy: 'internal'});
	t.is(proxyFor('https:', 'ivsrealtime.us-west-2.amazonaws.com', variables)?.text, 'http://proxy.corp:3128');
	t.is(proxyFor('http:', '127.0.0.1:4566', variables)?.text, 'http://plain.corp:80');
	t.is(proxyFor('https:', 'api.internal', variables), undefined);
});

test('a bad proxy URL is a UsageError naming the variable, its password masked', t => {
	for (const value of ['socks5://ops:hunter2@proxy:1080', 'http://', 'http://proxy:8080/path', 'http://pro xy:1', 'http://[bad']) {
		const error = t.throws(() => checkProxyUrl({value, name: 'HTTPS_PROXY'}), {instanceOf: UsageError}, value);
		t.regex(error.message, /^Bad value for HTTPS_PROXY ".*": .*; nothing was sent$/);
		t.false(error.message.includes('hunter2'));
	}

	t.is(checkProxyUrl({value: 'https://ops:pw@proxy:443', name: 'HTTPS_PROXY'}).url.host, 'proxy');
	t.is(maskedProxyUrl('http://ops:pw@proxy:1'), 'http://***:***@proxy:1');
});
