// Where the request goes, from every source, through the built bin and real HTTP: a mistyped
// scheme, an empty value, a value without a scheme are refused before anything is sent (252).
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {CreateStageCommand, IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import {createIvsClient} from '../../source/ivs/client.js';
import {resolveClientSettings} from '../../source/ivs/client-settings.js';
import {UsageError} from '../../source/basics/errors.js';
import {assertRefused, endpoint, run, stderrLines, temporaryDirectory} from './helpers.js';

const base = ['--region', 'us-west-2', '--name', 'x'];

for (const scheme of ['htps', 'ftp', 'file', 'ws']) {
	test(`--endpoint-url ${scheme}://… is refused naming the option (252), nothing sent`, async t => {
		const server = await endpoint(t);
		const url = server.url.replace(/^http/, scheme);
		const result = await run([...base, '--endpoint-url', url]);
		assertRefused(t, result, server, 252, new RegExp(`^Bad value for --endpoint-url "${url.replaceAll('.', '\\.')}": the scheme must be http or https, not ${scheme}\\.`));
	});
}

test('--endpoint-url \'\' is refused as AWS CLI v2 refuses it, not sent to AWS', async t => {
	const result = await run([...base, '--endpoint-url', '']);
	assertRefused(t, result, undefined, 252, /^Bad value for --endpoint-url "": scheme is missing\. {2}Must be of the form http:\/\/<hostname>\/ or https:\/\/<hostname>\/$/);
});

for (const value of ['127.0.0.1:4566', 'localhost:4566']) {
	test(`--endpoint-url ${value} (no scheme) gets the option and the expected form (252)`, async t => {
		const result = await run([...base, '--endpoint-url', value]);
		assertRefused(t, result, undefined, 252, /^Bad value for --endpoint-url ".+": scheme is missing\. {2}Must be of the form http:\/\/<hostname>\/ or https:\/\/<hostname>\/$/);
	});
}

test('--endpoint-url with a password: refused, the password not echoed', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url.replace('http://', 'http://me:hunter2@')]);
	assertRefused(t, result, server, 252, /user name or password/);
	t.false(result.stderr.includes('hunter2'));
});

for (const variable of ['AWS_ENDPOINT_URL_IVS_REALTIME', 'AWS_ENDPOINT_URL']) {
	test(`${variable} with a bad scheme is refused naming the variable (252)`, async t => {
		const server = await endpoint(t);
		const result = await run(base, {[variable]: server.url.replace('http', 'htps')});
		assertRefused(t, result, server, 252, new RegExp(`^Bad value for ${variable} "htps://`));
	});

	test(`${variable} without a scheme is refused naming the variable (252)`, async t => {
		const result = await run(base, {[variable]: '127.0.0.1:4566'});
		assertRefused(t, result, undefined, 252, new RegExp(`^Bad value for ${variable} "127\\.0\\.0\\.1:4566": scheme is missing`));
	});
}

test('an empty AWS_ENDPOINT_URL_IVS_REALTIME counts as unset, as in AWS CLI v2 and the SDK: AWS_ENDPOINT_URL is next', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--query', 'stage.name'], {AWS_ENDPOINT_URL_IVS_REALTIME: '', AWS_ENDPOINT_URL: server.url});
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.is(result.stdout, '"x"\n');
	t.is(server.requests.length, 1);
});

test('empty AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_IVS_REALTIME count as unset, here and in the SDK: the region\'s own endpoint', async t => {
	const env = {AWS_ENDPOINT_URL_IVS_REALTIME: '', AWS_ENDPOINT_URL: ''};
	t.is(resolveClientSettings({region: 'us-west-2'}, env).endpointUrl, undefined);
	// The SDK reads the same variables itself when no endpoint is given: it must agree. Its request
	// is caught before the wire (no network here), only to see where it would go.
	Object.assign(process.env, env);
	t.teardown(() => {
		delete process.env.AWS_ENDPOINT_URL_IVS_REALTIME;
		delete process.env.AWS_ENDPOINT_URL;
	});
	let url = '';
	const client = new IVSRealTimeClient({
		region: 'us-west-2',
		credentials: {accessKeyId: 'test', secretAccessKey: 'test'},
		maxAttempts: 1,
		requestHandler: {
			async handle(request: {protocol: string; hostname: string; path: string}) {
				url = `${request.protocol}//${request.hostname}${request.path}`;
				throw new Error('not sent');
			},
		},
	});
	await t.throwsAsync(client.send(new CreateStageCommand({name: 'x'})), {message: 'not sent'});
	t.is(url, 'https://ivsrealtime.us-west-2.amazonaws.com/CreateStage');
});

test('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true ignores the variables; --endpoint-url still counts', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--query', 'stage.name'], {AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', AWS_ENDPOINT_URL: 'htps://nowhere.invalid'});
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.is(server.requests.length, 1);
});

test('a profile\'s endpoint_url is checked like --endpoint-url before anything is sent, and used when good', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	const config = path.join(directory, 'config');
	writeFileSync(config, `[default]\nregion = us-west-2\nendpoint_url = ${server.url.replace('http', 'htps')}\n`);
	const bad = await run(['--name', 'x'], {AWS_CONFIG_FILE: config});
	assertRefused(t, bad, server, 252, /^Bad value for endpoint_url of profile default "htps:\/\/127\.0\.0\.1:\d+": the scheme must be http or https/);
	writeFileSync(config, `[default]\nregion = us-west-2\nendpoint_url = ${server.url}\n`);
	const good = await run(['--name', 'x', '--query', 'stage.name'], {AWS_CONFIG_FILE: config});
	t.is(good.code, 0, good.stderr);
	t.is(stderrLines(good).length, 0);
	t.is(server.requests.length, 1);
});

test('a services section\'s ivs_realtime endpoint_url is checked the same way', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	const config = path.join(directory, 'config');
	writeFileSync(config, `[default]\nregion = us-west-2\nservices = local\n[services local]\nivs_realtime =\n  endpoint_url = ${server.url.replace('http', 'ftp')}\n`);
	const result = await run(['--name', 'x'], {AWS_CONFIG_FILE: config});
	assertRefused(t, result, server, 252, /^Bad value for ivs_realtime endpoint_url of services local "ftp:\/\//);
});

test('whatever built the client (the wizard, a draft, a profile), a scheme other than http(s) is never sent', async t => {
	const server = await endpoint(t);
	const settings = resolveClientSettings({region: 'us-west-2', endpointUrl: server.url.replace('http', 'htps'), credentials: {accessKeyId: 'test', secretAccessKey: 'test'}}, {});
	const client = createIvsClient(settings);
	t.teardown(() => client.destroy());
	const error = await t.throwsAsync(client.send(new CreateStageCommand({name: 'x'})), {instanceOf: UsageError});
	t.regex(error.message, /the scheme must be http or https; nothing was sent/);
	t.is(server.requests.length, 0);
});

test('--endpoint-url given twice: the last one counts and is the one checked, as argparse keeps it', async t => {
	const server = await endpoint(t);
	const kept = await run([...base, '--endpoint-url', 'htps://127.0.0.1:1', '--endpoint-url', server.url, '--query', 'stage.name']);
	t.is(kept.code, 0, kept.stderr);
	t.is(stderrLines(kept).length, 0);
	t.is(server.requests.length, 1);
	const refused = await run([...base, '--endpoint-url', server.url, '--endpoint-url', 'htps://127.0.0.1:1']);
	assertRefused(t, refused, undefined, 252, /^Bad value for --endpoint-url "htps:\/\/127\.0\.0\.1:1"/);
	t.is(server.requests.length, 1);
});

test('--sandbox goes to its own emulator whatever the endpoint variables say; --version answers whatever --endpoint-url says', async t => {
	const sandbox = await run(['--sandbox', '--name', 'x', '--query', 'stage.name'], {AWS_ENDPOINT_URL: 'htps://nowhere.invalid'});
	t.is(sandbox.code, 0, sandbox.stderr);
	t.is(stderrLines(sandbox).length, 0);
	t.is(sandbox.stdout, '"x"\n');
	const version = await run(['--endpoint-url', 'htps://x', '--version']);
	t.is(version.code, 0, version.stderr);
	t.is(stderrLines(version).length, 0);
	t.regex(version.stdout, /^ivs-stage-wizard\//);
});
