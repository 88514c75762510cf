// The official AWS CLI v2 (/usr/bin/aws, the project's model added in a scratch HOME) runs the
// operations for a stage's whole life that came with self-signed tokens: import-public-key,
// get-public-key, list-public-keys, delete-public-key (and tags on a key), and
// list-participant-events. Where the CLI is absent, the tests say why and skip.
import test from 'ava';
import {CreateStageCommand, ImportPublicKeyCommand} from '@aws-sdk/client-ivs-realtime';
import {awsCli, cleanupCliHome, control, detectAwsCliV2, json, sdkClient, serviceError, startTestEmulator} from './helpers.js';
import {customerKey, selfSignedClaims, signToken} from './self-signed-token.js';

const cli = detectAwsCliV2();
// One test at a time: a dozen Python processes at once on a busy machine outrun each run's 30 s limit.
const cliTest = cli.available ? test.serial : test.skip;
if (cli.available) {
	test.after.always(cleanupCliHome);
} else {
	test('AWS CLI v2 lifecycle conformance (skipped)', t => {
		t.log(`Skipping the AWS CLI lifecycle tests: ${cli.reason}`);
		t.pass();
	});
}

const publicKeyArnPattern = /^arn:aws:ivs:us-west-2:123456789012:public-key\/[a-zA-Z0-9]{12}$/;
const cliTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

// Under CPU load one `aws` run takes seconds, so each test makes few in a row: what is not under
// test is set up through the SDK, and independent runs go together.
cliTest('import-public-key, then get-public-key, list-public-keys, tag-resource and list-tags-for-resource on the key', async t => {
	const emulator = await startTestEmulator(t);
	const key = customerKey();
	const {publicKey} = json(await awsCli(emulator, ['import-public-key', '--public-key-material', key.publicKeyPem, '--name', 'signer', '--tags', 'team=video']));
	t.regex(publicKey.arn, publicKeyArnPattern);
	t.deepEqual(Object.keys(publicKey), ['arn', 'name', 'publicKeyMaterial', 'fingerprint', 'tags'], 'members in the model\'s order');
	t.is(publicKey.publicKeyMaterial, key.publicKeyPem);
	t.regex(publicKey.fingerprint, /^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/);

	const [got, listed] = await Promise.all([
		awsCli(emulator, ['get-public-key', '--arn', publicKey.arn]),
		awsCli(emulator, ['list-public-keys']),
	]);
	t.deepEqual(json(got).publicKey, publicKey);
	t.deepEqual(json(listed), {publicKeys: [{arn: publicKey.arn, name: 'signer', tags: {team: 'video'}}]});
	const tagged = await awsCli(emulator, ['tag-resource', '--resource-arn', publicKey.arn, '--tags', 'b=2']);
	t.is(tagged.exitCode, 0, tagged.stderr);
	t.deepEqual(json(await awsCli(emulator, ['list-tags-for-resource', '--resource-arn', publicKey.arn])), {tags: {team: 'video', b: '2'}});
});

cliTest('delete-public-key prints nothing; the key is then ResourceNotFoundException, exit 254', async t => {
	const emulator = await startTestEmulator(t);
	const {publicKey} = await sdkClient(emulator).send(new ImportPublicKeyCommand({publicKeyMaterial: customerKey().publicKeyPem}));
	const arn = publicKey!.arn!;
	const deleted = await awsCli(emulator, ['delete-public-key', '--arn', arn]);
	t.is(deleted.exitCode, 0, deleted.stderr);
	t.is(deleted.stdout, '');
	const [gone, again] = await Promise.all([
		awsCli(emulator, ['get-public-key', '--arn', arn]),
		awsCli(emulator, ['delete-public-key', '--arn', arn]),
	]);
	t.is(serviceError(gone, 'ResourceNotFoundException', 'GetPublicKey'), `Resource: ${arn} not found`);
	t.is(serviceError(again, 'ResourceNotFoundException', 'DeletePublicKey'), `Resource: ${arn} not found`);
});

cliTest('import-public-key errors: a P-256 key, the same key twice, the 4th key; each exits 254 with the service\'s code', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator, {maxAttempts: 5});
	const key = customerKey();
	for (const material of [key.publicKeyPem, customerKey().publicKeyPem, customerKey().publicKeyPem]) {
		await client.send(new ImportPublicKeyCommand({publicKeyMaterial: material}));
	}

	const [wrongCurve, twice, fourth] = await Promise.all([
		awsCli(emulator, ['import-public-key', '--public-key-material', customerKey('P-256').publicKeyPem]),
		awsCli(emulator, ['import-public-key', '--public-key-material', key.publicKeyPem]),
		awsCli(emulator, ['import-public-key', '--public-key-material', customerKey().publicKeyPem]),
	]);
	t.regex(serviceError(wrongCurve, 'ValidationException', 'ImportPublicKey'), /P-384/);
	t.regex(serviceError(twice, 'ConflictException', 'ImportPublicKey'), /already imported/);
	t.regex(serviceError(fourth, 'ServiceQuotaExceededException', 'ImportPublicKey'), /quota of 3 public keys/);
});

cliTest('list-participant-events prints a self-signed participant\'s join, publish and leave, paged', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	const {stage} = await client.send(new CreateStageCommand({name: 'events'}));
	const key = customerKey();
	const {publicKey} = await client.send(new ImportPublicKeyCommand({publicKeyMaterial: key.publicKeyPem}));
	const token = signToken(selfSignedClaims(stage!, {jti: 'cli-participant'}), publicKey!.arn!, key.privateKey);
	t.is((await control(emulator, 'POST', '/_emulator/join', {token, publish: true})).status, 200);
	t.is((await control(emulator, 'POST', '/_emulator/leave', {token})).status, 200);

	const where = ['--stage-arn', stage!.arn!, '--session-id', stage!.activeSessionId!, '--participant-id', 'cli-participant'];
	const [all, page, tooMany] = await Promise.all([
		awsCli(emulator, ['list-participant-events', ...where]),
		awsCli(emulator, ['list-participant-events', ...where, '--max-results', '3']),
		awsCli(emulator, ['list-participant-events', ...where, '--max-results', '101']),
	]);
	const {events} = json(all);
	t.deepEqual(events.map((event: {name: string}) => event.name), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
	t.deepEqual(Object.keys(events[0]), ['name', 'participantId', 'eventTime', 'replica'], 'members in the model\'s order; no error code on a non-error event');
	t.is(events[0].participantId, 'cli-participant');
	t.regex(events[0].eventTime, cliTime);
	t.regex(serviceError(tooMany, 'ValidationException', 'ListParticipantEvents'), /'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100/);

	const first = json(page);
	t.deepEqual(first.events, events.slice(0, 3));
	const rest = json(await awsCli(emulator, ['list-participant-events', ...where, '--max-results', '3', '--next-token', first.nextToken]));
	t.deepEqual(rest, {events: [events[3]]});
});
