// ImportPublicKey, GetPublicKey, ListPublicKeys, DeletePublicKey through the SDK's real client:
// the key's ARN and fingerprint, the service's errors (a key that is not P-384, the same key twice,
// the quota of 3 keys), paging, and tags on a public key's ARN.
import {createHash, createPublicKey, generateKeyPairSync} from 'node:crypto';
import test from 'ava';
import {
	ConflictException,
	DeletePublicKeyCommand,
	GetPublicKeyCommand,
	ImportPublicKeyCommand,
	ListPublicKeysCommand,
	ListTagsForResourceCommand,
	ResourceNotFoundException,
	ServiceQuotaExceededException,
	TagResourceCommand,
	UntagResourceCommand,
	ValidationException,
} from '@aws-sdk/client-ivs-realtime';
import {sdkClient, signedRequest, startTestEmulator} from './helpers.js';
import {customerKey} from './self-signed-token.js';

const publicKeyArnPattern = /^arn:aws:ivs:us-west-2:123456789012:public-key\/[a-zA-Z0-9]{12}$/;

async function rejection(t: import('ava').ExecutionContext, promise: Promise<unknown>) {
	const error = await t.throwsAsync(promise);
	return error as Error & {name: string; $metadata: {httpStatusCode?: number}};
}

test('ImportPublicKey gives the key an ARN and a fingerprint; Get, List and Delete act on it', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const key = customerKey();
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: key.publicKeyPem, name: 'signer-1', tags: {team: 'video'}}));
	t.regex(publicKey!.arn!, publicKeyArnPattern);
	t.is(publicKey!.name, 'signer-1');
	t.is(publicKey!.publicKeyMaterial, key.publicKeyPem);
	t.deepEqual(publicKey!.tags, {team: 'video'});
	// MD5 of the DER SubjectPublicKeyInfo, computed here independently of the emulator.
	const der = createPublicKey(key.publicKeyPem).export({type: 'spki', format: 'der'});
	const expected = createHash('md5').update(der).digest('hex').match(/../g)!.join(':');
	t.is(publicKey!.fingerprint, expected);

	t.deepEqual((await client.send(new GetPublicKeyCommand({arn: publicKey!.arn}))).publicKey, publicKey);
	const listed = await client.send(new ListPublicKeysCommand({}));
	t.deepEqual(listed.publicKeys, [{arn: publicKey!.arn, name: 'signer-1', tags: {team: 'video'}}], 'a summary: no material, no fingerprint');

	await client.send(new DeletePublicKeyCommand({arn: publicKey!.arn}));
	t.deepEqual((await client.send(new ListPublicKeysCommand({}))).publicKeys, []);
	const gone = await rejection(t, client.send(new GetPublicKeyCommand({arn: publicKey!.arn})));
	t.true(gone instanceof ResourceNotFoundException);
	const again = await rejection(t, client.send(new DeletePublicKeyCommand({arn: publicKey!.arn})));
	t.true(again instanceof ResourceNotFoundException);
	t.is(again.$metadata.httpStatusCode, 404);
});

test('ImportPublicKey refuses a key that is not P-384 and PEM that is not a key, as ValidationException', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const cases: Array<[string, string, RegExp]> = [
		['a P-256 key', customerKey('P-256').publicKeyPem, /P-384 curve \(secp384r1\), not an EC key on prime256v1/],
		['an RSA key', generateKeyPairSync('rsa', {modulusLength: 1024}).publicKey.export({type: 'spki', format: 'pem'}).toString(), /not a key of type rsa/],
		['base64 that is not a key', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', /not a valid PEM-encoded public key/],
		['no PEM at all', 'ssh-rsa AAAAB3NzaC1yc2E', /publicKeyMaterial/],
	];
	for (const [what, publicKeyMaterial, message] of cases) {
		const error = await rejection(t, client.send(new ImportPublicKeyCommand({publicKeyMaterial})));
		t.true(error instanceof ValidationException, what);
		t.is(error.$metadata.httpStatusCode, 400, what);
		t.regex(error.message, message, what);
	}

	t.deepEqual((await client.send(new ListPublicKeysCommand({}))).publicKeys, [], 'nothing was imported');
});

test('the same key twice is ConflictException, even written differently; a 4th key is over the quota of 3', async t => {
	const emulator = await startTestEmulator(t);
	// Six imports in a row may outrun ImportPublicKey's 5 a second: the SDK's retries wait as the service asks.
	const client = sdkClient(emulator, {maxAttempts: 5});
	const first = customerKey();
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: first.publicKeyPem}));
	const crlf = first.publicKeyPem.replaceAll('\n', '\r\n');
	const twin = await rejection(t, client.send(new ImportPublicKeyCommand({publicKeyMaterial: crlf, name: 'other-name'})));
	t.true(twin instanceof ConflictException);
	t.is(twin.$metadata.httpStatusCode, 409);
	t.true(twin.message.includes(publicKey!.arn!));

	await client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem}));
	await client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem}));
	const over = await rejection(t, client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem})));
	t.true(over instanceof ServiceQuotaExceededException);
	t.regex(over.message, /quota of 3 public keys/);

	// Deleting one makes room again.
	await client.send(new DeletePublicKeyCommand({arn: publicKey!.arn}));
	await client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem}));
	t.is((await client.send(new ListPublicKeysCommand({}))).publicKeys?.length, 3);
});

test('with --no-limits there is no key quota; ListPublicKeys pages in import order', async t => {
	const emulator = await startTestEmulator(t, {limits: false});
	const client = sdkClient(emulator);
	const arns: string[] = [];
	for (let index = 0; index < 5; index++) {
		const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem, name: `key-${index}`}));
		arns.push(publicKey!.arn!);
	}

	const seen: string[] = [];
	let nextToken: string | undefined;
	do {
		const page = await client.send(new ListPublicKeysCommand({maxResults: 2, nextToken}));
		t.true(page.publicKeys!.length <= 2);
		seen.push(...page.publicKeys!.map(key => key.arn!));
		nextToken = page.nextToken;
	} while (nextToken);

	t.deepEqual(seen, arns);
	const tooMany = await rejection(t, client.send(new ListPublicKeysCommand({maxResults: 101})));
	t.true(tooMany instanceof ValidationException);
});

test('TagResource, UntagResource and ListTagsForResource work on a public key\'s ARN', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem, tags: {a: '1'}}));
	await client.send(new TagResourceCommand({resourceArn: publicKey!.arn, tags: {b: '2'}}));
	t.deepEqual((await client.send(new ListTagsForResourceCommand({resourceArn: publicKey!.arn}))).tags, {a: '1', b: '2'});
	await client.send(new UntagResourceCommand({resourceArn: publicKey!.arn, tagKeys: ['a']}));
	t.deepEqual((await client.send(new GetPublicKeyCommand({arn: publicKey!.arn}))).publicKey?.tags, {b: '2'});
});

test('GetPublicKey with an ARN that is not a public key\'s is a ValidationException, as the model\'s pattern says', async t => {
	const emulator = await startTestEmulator(t);
	const response = await signedRequest(emulator, {path: '/GetPublicKey', body: JSON.stringify({arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abc'})});
	t.is(response.status, 400);
	t.is(response.headers['x-amzn-errortype'], 'ValidationException');
});
