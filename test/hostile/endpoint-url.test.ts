// What an endpoint may be, from any source: http:// or https:// with a host, nothing else.
import test from 'ava';
import {checkEndpointUrl, endpointUrlProblem} from '../../source/ivs/endpoint-url.js';
import {UsageError} from '../../source/basics/errors.js';

const accepted = [
	'http://127.0.0.1:4566',
	'https://ivsrealtime.us-west-2.amazonaws.com',
	'HTTP://127.0.0.1:4566',
	'http://localhost:4566/',
	'http://[::1]:4566',
	'http://127.0.0.1:4566/prefix',
	' http://127.0.0.1:4566 ',
];

for (const url of accepted) {
	test(`accepted: ${JSON.stringify(url)}`, t => {
		t.is(endpointUrlProblem(url), undefined);
		t.is(checkEndpointUrl(url, '--endpoint-url'), url.trim());
	});
}

const refused: Array<[string, RegExp]> = [
	['', /^scheme is missing\. {2}Must be of the form http:\/\/<hostname>\/ or https:\/\/<hostname>\/$/],
	['   ', /^scheme is missing/],
	['127.0.0.1:4566', /^scheme is missing/],
	['localhost:4566', /^scheme is missing/],
	['localhost:4566/x', /^scheme is missing/],
	['htps://127.0.0.1:4566', /^the scheme must be http or https, not htps\./],
	['ftp://127.0.0.1:4566', /not ftp/],
	['file:///etc/passwd', /not file/],
	['javascript:alert(1)', /not javascript/],
	['http://', /host name is missing/],
	['http:///x', /host name is missing/],
	['http:/127.0.0.1:4566', /host name is missing/],
	['http://a b', /space or a control character/],
	['http://127.0.0.1:4566/\u001B[2J', /control character/],
	['http://127.0.0.1:4566\n', /control character/],
	['\thttp://127.0.0.1:4566', /^scheme is missing/],
	['http://[::1', /not a URL/],
	['http://user:secret@127.0.0.1:4566', /user name or password/],
];

for (const [url, problem] of refused) {
	test(`refused: ${JSON.stringify(url)}`, t => {
		t.regex(endpointUrlProblem(url) ?? '', problem);
		const error = t.throws(() => checkEndpointUrl(url, 'AWS_ENDPOINT_URL'), {instanceOf: UsageError});
		t.is(error.exitCode, 252);
		t.true(error.message.startsWith('Bad value for AWS_ENDPOINT_URL "'));
		t.false(error.message.includes('secret'), 'a password never reaches the line');
	});
}
