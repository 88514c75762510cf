// file:// values and the other files a run reads (AWS config files, the CA bundle): a FIFO, a
// device or a directory is refused before it is read, and nothing larger than the limit is read.
import {writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {assertRefused, endpoint, makeFifo, run, stderrLines, temporaryDirectory} from './helpers.js';

const base = ['--region', 'us-west-2'];

for (const [what, file] of [['a character device', '/dev/zero'], ['a character device', '/dev/urandom']] as const) {
	test(`--name file://${file}: refused as ${what} before reading (252), no memory growth, nothing sent`, async t => {
		const server = await endpoint(t);
		const result = await run([...base, '--endpoint-url', server.url, '--name', `file://${file}`]);
		assertRefused(t, result, server, 252, new RegExp(`^Error parsing parameter '--name': Unable to load paramfile file://${file}: not a regular file \\(${what}\\): '${file}'`));
	});
}

test('a FIFO as a file:// value is refused without waiting for a writer (252)', async t => {
	const server = await endpoint(t);
	const fifo = makeFifo(temporaryDirectory());
	const result = await run([...base, '--endpoint-url', server.url, '--tags', `file://${fifo}`]);
	assertRefused(t, result, server, 252, /^Error parsing parameter '--tags': Unable to load paramfile file:\/\/.+: not a regular file \(a FIFO\)/);
});

test('--cli-input-json file:///dev/stdin from a pipe is refused, with what to do instead (252)', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--cli-input-json', 'file:///dev/stdin'], {}, '{"name": "piped"}');
	assertRefused(t, result, server, 252, /^Error parsing parameter '--cli-input-json': Unable to load paramfile file:\/\/\/dev\/stdin: not a regular file \(a (?:FIFO|socket)\).*"\$\(cat\)"/);
});

test('fileb:// follows the same rule', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--cli-input-yaml', 'fileb:///dev/zero']);
	assertRefused(t, result, server, 252, /^Error parsing parameter '--cli-input-yaml': Unable to load paramfile fileb:\/\/\/dev\/zero: not a regular file/);
});

test('a directory keeps AWS CLI v2\'s words (252)', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	const result = await run([...base, '--endpoint-url', server.url, '--name', `file://${directory}`]);
	assertRefused(t, result, server, 252, new RegExp(`^Error parsing parameter '--name': Unable to load paramfile file://${directory}: \\[Errno 21\\] Is a directory: '${directory}'$`));
});

test('a file larger than the 1 MiB limit is refused; the same data inside the limit is read', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	const large = path.join(directory, 'large.json');
	writeFileSync(large, `{"name": "x"}${' '.repeat(1024 * 1024)}`);
	const refused = await run([...base, '--endpoint-url', server.url, '--cli-input-json', `file://${large}`]);
	assertRefused(t, refused, server, 252, /larger than 1 MiB \(1048576 bytes\), more than any CreateStage input can need/);
	const fits = path.join(directory, 'fits.json');
	writeFileSync(fits, `{"name": "x"}${' '.repeat(1024 * 1024 - 13)}`);
	const read = await run([...base, '--endpoint-url', server.url, '--cli-input-json', `file://${fits}`, '--query', 'stage.name']);
	t.is(read.code, 0, read.stderr);
	t.is(stderrLines(read).length, 0);
	t.is(server.requests.length, 1);
});

for (const variable of ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE']) {
	test(`${variable} naming a FIFO: one line, 253, no hang, nothing sent`, async t => {
		const server = await endpoint(t);
		const fifo = makeFifo(temporaryDirectory());
		const result = await run([...base, '--endpoint-url', server.url, '--name', 'x'], {[variable]: fifo});
		assertRefused(t, result, server, 253, new RegExp(`^Unable to parse config file: .*fifo \\(${variable}\\): it is a FIFO, not a regular file$`));
	});

	test(`${variable}=/dev/zero: one line, 253, nothing sent`, async t => {
		const server = await endpoint(t);
		const result = await run([...base, '--endpoint-url', server.url, '--name', 'x'], {[variable]: '/dev/zero'});
		assertRefused(t, result, server, 253, /it is a character device, not a regular file/);
	});
}

test('AWS_CONFIG_FILE=/dev/null and AWS_SHARED_CREDENTIALS_FILE=/dev/null still mean "no file", as scripts use them', async t => {
	const server = await endpoint(t);
	const result = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--query', 'stage.name'], {AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null'});
	t.is(result.code, 0, result.stderr);
	t.is(stderrLines(result).length, 0);
	t.is(server.requests.length, 1);
});

/** An https:// endpoint that only counts connections: the CA bundle is read only for TLS. */
async function tlsEndpoint(t: ExecutionContext): Promise<{url: string; connections: () => number}> {
	let connections = 0;
	const server = net.createServer(socket => {
		connections += 1;
		socket.destroy();
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	t.teardown(() => server.close());
	const {port} = server.address() as net.AddressInfo;
	return {url: `https://127.0.0.1:${port}`, connections: () => connections};
}

test('--ca-bundle naming a FIFO is refused without blocking (253)', async t => {
	const server = await tlsEndpoint(t);
	const fifo = makeFifo(temporaryDirectory());
	const result = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--ca-bundle', fifo]);
	assertRefused(t, result, undefined, 253, /^Cannot read the CA bundle .*fifo: it is a FIFO, not a regular file$/);
	t.is(server.connections(), 0, 'nothing was sent');
});

test('AWS_CA_BUNDLE=/dev/zero is refused (253); a missing file and a file with no certificate too', async t => {
	const server = await tlsEndpoint(t);
	const zero = await run([...base, '--endpoint-url', server.url, '--name', 'x'], {AWS_CA_BUNDLE: '/dev/zero'});
	assertRefused(t, zero, undefined, 253, /^Cannot read the CA bundle \/dev\/zero: it is a character device, not a regular file$/);
	const directory = temporaryDirectory();
	const missing = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--ca-bundle', path.join(directory, 'missing.pem')]);
	assertRefused(t, missing, undefined, 253, /^Cannot read the CA bundle .*missing\.pem: no such file or directory \(ENOENT\)$/);
	const notPem = path.join(directory, 'bundle.pem');
	writeFileSync(notPem, 'not a certificate\n');
	const garbage = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--ca-bundle', notPem]);
	assertRefused(t, garbage, undefined, 253, /holds no PEM certificate/);
	t.is(server.connections(), 0, 'nothing was sent');
});

test('an http:// endpoint does not read the CA bundle, as AWS CLI v2 does not: a broken one does not stop the call', async t => {
	const server = await endpoint(t);
	const directory = temporaryDirectory();
	for (const bundle of [path.join(directory, 'missing.pem'), '/dev/zero', makeFifo(directory)]) {
		const result = await run([...base, '--endpoint-url', server.url, '--name', 'x', '--query', 'stage.name'], {AWS_CA_BUNDLE: bundle});
		t.is(result.code, 0, result.stderr);
		t.is(stderrLines(result).length, 0, result.stderr);
	}

	t.is(server.requests.length, 3);
});
