// `keys create | list | delete` against a real emulator, with real files in a temp config folder:
// the private key file is 0600 in a 0700 folder and never printed, the index holds the ARN, the
// emulator holds the public half, and bad names or files are one line with the AWS CLI's codes.
import {createPrivateKey, createPublicKey} from 'node:crypto';
import {readFile, stat, symlink, writeFile, chmod, rm, readdir} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {GetPublicKeyCommand, ListPublicKeysCommand, DeletePublicKeyCommand} from '@aws-sdk/client-ivs-realtime';
import {sdkClient} from '../emulator/helpers.js';
import {errorLines, keysWorld} from './keys-cli.js';

/** The base64 body of a PEM: what would show if any of the key leaked into text. */
function pemBody(pem: string): string[] {
	return pem.split('\n').filter(line => line !== '' && !line.startsWith('-----'));
}

test('keys create imports the public key and keeps the private key 0600 in a 0700 folder, printing none of it', async t => {
	const world = await keysWorld(t);
	const created = await world.cli(['keys', 'create', 'laptop', '--debug']);
	t.is(created.code, 0, created.stderr);
	const {key} = JSON.parse(created.stdout) as {key: {name: string; arn: string; region: string; privateKeyFile: string}};
	t.is(key.name, 'laptop');
	t.regex(key.arn, /^arn:aws:ivs:us-west-2:123456789012:public-key\/[a-zA-Z\d]+$/);
	t.is(key.privateKeyFile, path.join(world.keysDir, 'laptop.pem'));

	t.is((await stat(world.keysDir)).mode & 0o777, 0o700);
	t.is((await stat(key.privateKeyFile)).mode & 0o777, 0o600);
	const privatePem = await readFile(key.privateKeyFile, 'utf8');
	const privateKey = createPrivateKey(privatePem);
	t.is(privateKey.asymmetricKeyDetails?.namedCurve, 'secp384r1');

	// The emulator holds the public half of that very key.
	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	const {publicKey} = await client.send(new GetPublicKeyCommand({arn: key.arn}));
	t.is(publicKey?.name, 'laptop');
	t.is(
		createPublicKey(publicKey!.publicKeyMaterial!).export({type: 'spki', format: 'pem'}).toString(),
		createPublicKey(privateKey).export({type: 'spki', format: 'pem'}).toString(),
	);

	const index = JSON.parse(await readFile(path.join(world.keysDir, 'keys.json'), 'utf8')) as {keys: Array<Record<string, unknown>>};
	t.like(index.keys[0], {name: 'laptop', arn: key.arn, region: 'us-west-2'});
	t.is((await stat(path.join(world.keysDir, 'keys.json'))).mode & 0o777, 0o600);
	// --debug logged the calls, and nothing of the private key anywhere.
	t.regex(created.stderr, /DEBUG/);
	for (const line of pemBody(privatePem)) {
		t.false(created.stdout.includes(line) || created.stderr.includes(line), 'a line of the private key was printed');
	}
});

test('keys list prints the keys as JSON when piped; none yet is an empty list', async t => {
	const world = await keysWorld(t);
	const empty = await world.cli(['keys', 'list'], {endpoint: false});
	t.is(empty.code, 0, empty.stderr);
	t.deepEqual(JSON.parse(empty.stdout), {keys: []});

	const first = JSON.parse((await world.cli(['keys', 'create', 'one'])).stdout).key;
	const second = JSON.parse((await world.cli(['keys', 'create', 'two'])).stdout).key;
	const listed = await world.cli(['keys', 'list'], {endpoint: false});
	t.is(listed.code, 0, listed.stderr);
	const {keys} = JSON.parse(listed.stdout) as {keys: Array<{name: string; arn: string; privateKeyFile: string}>};
	t.deepEqual(keys.map(({name, arn}) => ({name, arn})), [{name: 'one', arn: first.arn}, {name: 'two', arn: second.arn}]);
	const names = await world.cli(['keys', 'list', '--query', 'keys[].name', '--output', 'text'], {endpoint: false});
	t.is(names.stdout, 'one\ttwo\n');
});

test('keys delete deletes the public key, then its file and its entry', async t => {
	const world = await keysWorld(t);
	const {key} = JSON.parse((await world.cli(['keys', 'create', 'gone'])).stdout);
	const deleted = await world.cli(['keys', 'delete', 'gone']);
	t.is(deleted.code, 0, deleted.stderr);
	t.regex(deleted.stdout, /^Deleted key "gone" \(arn:aws:ivs:[^)]+\) and its private key file\.\n$/);

	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	const error = await t.throwsAsync(client.send(new GetPublicKeyCommand({arn: key.arn})));
	t.is(error?.name, 'ResourceNotFoundException');
	t.deepEqual(await readdir(world.keysDir), ['keys.json']);
	t.deepEqual(JSON.parse((await world.cli(['keys', 'list'], {endpoint: false})).stdout), {keys: []});
});

test('keys delete of a key the service no longer knows removes its file and says so', async t => {
	const world = await keysWorld(t);
	const {key} = JSON.parse((await world.cli(['keys', 'create', 'orphan'])).stdout);
	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	await client.send(new DeletePublicKeyCommand({arn: key.arn}));

	const deleted = await world.cli(['keys', 'delete', 'orphan']);
	t.is(deleted.code, 0, deleted.stderr);
	t.true(deleted.stdout.includes(`the service no longer knows ${key.arn}; removed its private key file`), deleted.stdout);
	t.deepEqual(await readdir(world.keysDir), ['keys.json']);
});

test('keys delete that fails for another reason keeps the file, to delete later', async t => {
	const world = await keysWorld(t);
	await world.cli(['keys', 'create', 'kept']);
	// Nothing listens on port 9: the call fails, and the key must survive it.
	const failed = await world.cli(['keys', 'delete', 'kept', '--endpoint-url', 'http://127.0.0.1:9'], {endpoint: false});
	t.is(failed.code, 255, failed.stderr);
	t.true((await readdir(world.keysDir)).includes('kept.pem'));
	t.is(JSON.parse((await world.cli(['keys', 'list'], {endpoint: false})).stdout).keys.length, 1);
});

test('bad key names are one line, exit 252, and nothing is made or imported', async t => {
	const world = await keysWorld(t);
	for (const name of ['../escape', 'a/b', 'dot.pem', 'x'.repeat(129), '']) {
		const result = await world.cli(['keys', 'create', name]);
		t.is(result.code, 252, `${name}: ${result.stderr}`);
		t.is(errorLines(result).length, 1, result.stderr);
		t.regex(result.stderr, /key name/);
	}

	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	t.deepEqual((await client.send(new ListPublicKeysCommand({}))).publicKeys, []);

	const unknown = await world.cli(['keys', 'delete', 'nobody']);
	t.is(unknown.code, 252);
	t.is(errorLines(unknown).length, 1);
	t.regex(unknown.stderr, /No key named "nobody"/);
});

test('a name that is taken is refused before anything is imported', async t => {
	const world = await keysWorld(t);
	t.is((await world.cli(['keys', 'create', 'twice'])).code, 0);
	const again = await world.cli(['keys', 'create', 'twice']);
	t.is(again.code, 252);
	t.regex(again.stderr, /A key named "twice" exists already/);
	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	t.is((await client.send(new ListPublicKeysCommand({}))).publicKeys?.length, 1);

	// A file at the name that the index does not list (left behind) is not written over either.
	await writeFile(path.join(world.keysDir, 'stray.pem'), 'not mine', {mode: 0o600});
	const stray = await world.cli(['keys', 'create', 'stray']);
	t.is(stray.code, 252, stray.stderr);
	t.is(await readFile(path.join(world.keysDir, 'stray.pem'), 'utf8'), 'not mine');
	t.is((await client.send(new ListPublicKeysCommand({}))).publicKeys?.length, 1);
});

test('a private key file others can read, a link, or an oversized one is refused with one line, exit 253', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	t.is((await world.cli(['keys', 'create', 'mine'])).code, 0);
	const file = path.join(world.keysDir, 'mine.pem');
	const pem = await readFile(file, 'utf8');
	const offline = async () => world.cli(['token', '--stage-arn', stage.arn!, '--offline']);

	await chmod(file, 0o644);
	const readable = await offline();
	t.is(readable.code, 253, readable.stderr);
	t.is(errorLines(readable).length, 1);
	t.regex(readable.stderr, /can be read by others \(mode 644\)/);

	await rm(file);
	await writeFile(path.join(world.keysDir, 'elsewhere.pem'), pem, {mode: 0o600});
	await symlink(path.join(world.keysDir, 'elsewhere.pem'), file);
	const linked = await offline();
	t.is(linked.code, 253, linked.stderr);
	t.regex(linked.stderr, /symbolic link/);

	await rm(file);
	await writeFile(file, `${pem}${'#'.repeat(20_000)}`, {mode: 0o600});
	const large = await offline();
	t.is(large.code, 253, large.stderr);
	t.regex(large.stderr, /larger than/);
	for (const result of [readable, linked, large]) {
		t.false(result.stdout.includes('eyJ'), 'no token was printed');
		for (const line of pemBody(pem)) {
			t.false(result.stderr.includes(line));
		}
	}
});

test('a keys folder others can write to, or a broken index, is one line, exit 253, and nothing is imported', async t => {
	const world = await keysWorld(t);
	t.is((await world.cli(['keys', 'create', 'first'])).code, 0);
	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());

	await chmod(world.keysDir, 0o777);
	const open = await world.cli(['keys', 'create', 'second']);
	t.is(open.code, 253, open.stderr);
	t.is(errorLines(open).length, 1);
	t.regex(open.stderr, /can be written by others \(mode 777\); run chmod 700 on it/);
	await chmod(world.keysDir, 0o700);

	const index = path.join(world.keysDir, 'keys.json');
	const kept = await readFile(index, 'utf8');
	await writeFile(index, '{"version": 1, "keys": [{"name": "../x", "arn": "arn:aws:ivs:us-west-2:1:public-key/a", "region": "us-west-2", "createdAt": "2026-01-01T00:00:00Z"}]}');
	const broken = await world.cli(['keys', 'create', 'third']);
	t.is(broken.code, 253, broken.stderr);
	t.is(errorLines(broken).length, 1);
	t.regex(broken.stderr, /keys\[0\] has no valid name/);
	const listed = await world.cli(['keys', 'list'], {endpoint: false});
	t.is(listed.code, 253);

	t.is((await client.send(new ListPublicKeysCommand({}))).publicKeys?.length, 1);
	await writeFile(index, kept);
	t.is((await world.cli(['keys', 'list'], {endpoint: false})).code, 0);
});

test('keys --help says what keys are for; an option before the subcommand says where it goes (252, one line)', async t => {
	const world = await keysWorld(t);
	const help = await world.cli(['keys', '--help'], {endpoint: false});
	t.is(help.code, 0);
	t.regex(help.stdout, /^Usage: ivs-stage-wizard keys create/);
	t.regex(help.stdout, /\n\nKeys sign participant tokens here, with no token API call: `keys create` makes a\nP-384 key pair/);
	t.regex(help.stdout, /`token --offline`\nsigns with its private key/);
	const early = await world.cli(['keys', '--region', 'us-west-2', 'list'], {endpoint: false});
	t.is(early.code, 252);
	t.is(early.stderr, 'keys takes --region after its subcommand: ivs-stage-wizard keys create|list|delete [options]\n');
	t.is(early.stdout, '');
});
