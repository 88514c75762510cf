// `token` against a real emulator: through the API as create-participant-token prints it, and
// --offline signed with a key `keys create` made (checked here with jose and the public key, claim
// by claim, and joined with the emulator); a deleted key's, an expired and another stage's tokens
// are refused; --preset makes one token per participant; bad options are one line, exit 252.
import {createPublicKey} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {GetPublicKeyCommand, DeleteStageCommand} from '@aws-sdk/client-ivs-realtime';
import {decodeProtectedHeader, importPKCS8, importSPKI, jwtVerify, SignJWT} from 'jose';
import {control, sdkClient} from '../emulator/helpers.js';
import {errorLines, keysWorld, type KeysWorld} from './keys-cli.js';

type TokenAnswer = {participantId: string; token: string; userId?: string; attributes?: Record<string, string>; duration: number; capabilities: string[]; expirationTime: string};

async function withKey(world: KeysWorld, name = 'signer'): Promise<{arn: string; privatePem: string; publicPem: string}> {
	const created = await world.cli(['keys', 'create', name]);
	if (created.code !== 0) {
		throw new Error(created.stderr);
	}

	const {arn} = JSON.parse(created.stdout).key as {arn: string};
	const privatePem = await readFile(path.join(world.keysDir, `${name}.pem`), 'utf8');
	const client = sdkClient(world.emulator);
	try {
		const {publicKey} = await client.send(new GetPublicKeyCommand({arn}));
		return {arn, privatePem, publicPem: publicKey!.publicKeyMaterial!};
	} finally {
		client.destroy();
	}
}

test('token through the API prints {"participantToken": …} as create-participant-token does, and the token joins', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const result = await world.cli(['token', '--stage-arn', stage.arn!, '--user-id', 'guest', '--capabilities', 'SUBSCRIBE', '--duration', '30', '--attributes', 'seat=7,row=b']);
	t.is(result.code, 0, result.stderr);
	const {participantToken} = JSON.parse(result.stdout) as {participantToken: TokenAnswer};
	t.deepEqual(Object.keys(JSON.parse(result.stdout)), ['participantToken']);
	t.like(participantToken, {userId: 'guest', duration: 30, capabilities: ['SUBSCRIBE'], attributes: {seat: '7', row: 'b'}});
	// Issued by the emulator itself, not signed here.
	t.false(String(decodeProtectedHeader(participantToken.token).kid).startsWith('arn:'));
	const joined = await control(world.emulator, 'POST', '/_emulator/join', {token: participantToken.token});
	t.is(joined.status, 200, joined.text);
	t.is(joined.json().participant.participantId, participantToken.participantId);
});

test('an --offline token verifies with the public key, claim by claim, and the emulator lets it join', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const key = await withKey(world);
	const before = Math.floor(Date.now() / 1000);
	const result = await world.cli(['token', '--stage-arn', stage.arn!, '--offline', '--user-id', 'hannah', '--capabilities', 'PUBLISH', '--duration', '90', '--attributes', '{"seat": "7"}', '--debug']);
	const after = Math.floor(Date.now() / 1000);
	t.is(result.code, 0, result.stderr);
	const {participantToken} = JSON.parse(result.stdout) as {participantToken: TokenAnswer};

	const {payload, protectedHeader} = await jwtVerify(participantToken.token, await importSPKI(key.publicPem, 'ES384'), {algorithms: ['ES384']});
	t.deepEqual(protectedHeader, {alg: 'ES384', typ: 'JWT', kid: key.arn});
	t.true(payload.iat! >= before && payload.iat! <= after, `iat ${payload.iat}`);
	t.is(payload.exp, payload.iat! + (90 * 60));
	t.is(payload.jti, participantToken.participantId);
	t.regex(payload.jti!, /^[a-zA-Z\d]{12}$/);
	t.deepEqual(payload, {
		user_id: 'hannah',
		resource: stage.arn,
		topic: stage.arn!.split('/')[1],
		events_url: stage.endpoints!.events,
		whip_url: stage.endpoints!.whip,
		capabilities: {allow_publish: true, allow_subscribe: false},
		attributes: {seat: '7'},
		version: '1.0',
		iat: payload.iat,
		exp: payload.exp,
		jti: payload.jti,
	});
	// The answer has the API's shape and says what the token says.
	t.like(participantToken, {userId: 'hannah', duration: 90, capabilities: ['PUBLISH'], attributes: {seat: '7'}});
	t.is(Date.parse(participantToken.expirationTime), payload.exp! * 1000);
	// Only GetStage went out: no token API call, and nothing of the key in the debug log.
	t.is(world.emulator.rateCounts().GetStage?.allowed, 1);
	t.is(world.emulator.rateCounts().CreateParticipantToken, undefined);
	for (const line of key.privatePem.split('\n').filter(line => line !== '' && !line.startsWith('-----'))) {
		t.false(result.stderr.includes(line));
	}

	const joined = await control(world.emulator, 'POST', '/_emulator/join', {token: participantToken.token, publish: true});
	t.is(joined.status, 200, joined.text);
	t.like(joined.json(), {stageArn: stage.arn, participant: {participantId: participantToken.participantId, state: 'CONNECTED', published: true}});
});

test('with one key --key may be left out; with two it is needed, and names the key that signs', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const first = await withKey(world, 'first');
	const only = await world.cli(['token', '--stage-arn', stage.arn!, '--offline', '--query', 'participantToken.token', '--output', 'text']);
	t.is(only.code, 0, only.stderr);
	t.is(decodeProtectedHeader(only.stdout.trim()).kid, first.arn);

	const second = await withKey(world, 'second');
	const unnamed = await world.cli(['token', '--stage-arn', stage.arn!, '--offline']);
	t.is(unnamed.code, 252);
	t.is(errorLines(unnamed).length, 1);
	t.regex(unnamed.stderr, /2 keys in us-west-2; name one with --key \(first, second\)/);
	const named = await world.cli(['token', '--stage-arn', stage.arn!, '--offline', '--key', 'second', '--query', 'participantToken.token', '--output', 'text']);
	t.is(named.code, 0, named.stderr);
	t.is(decodeProtectedHeader(named.stdout.trim()).kid, second.arn);
});

test('a token from a deleted key, an expired one and one for another stage are refused by the emulator', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage('first');
	const other = await world.stage('second');
	const key = await withKey(world);
	const make = async (stageArn: string) => {
		const result = await world.cli(['token', '--stage-arn', stageArn, '--offline', '--query', 'participantToken.token', '--output', 'text']);
		t.is(result.code, 0, result.stderr);
		return result.stdout.trim();
	};

	// Expired: signed with the saved key (the shortest --duration is a minute), claims as the CLI's.
	const fresh = await make(stage.arn!);
	const {payload} = await jwtVerify(fresh, await importSPKI(key.publicPem, 'ES384'));
	const now = Math.floor(Date.now() / 1000);
	const expired = await new SignJWT({...payload, iat: now - 7200, exp: now - 3600})
		.setProtectedHeader({alg: 'ES384', typ: 'JWT', kid: key.arn})
		.sign(await importPKCS8(key.privatePem, 'ES384'));
	const expiredJoin = await control(world.emulator, 'POST', '/_emulator/join', {token: expired});
	t.is(expiredJoin.status, 401);
	t.is(expiredJoin.json().error, 'TokenExpired');

	// Another stage: a token made for a stage that is gone cannot join any other.
	const forOther = await make(other.arn!);
	const client = sdkClient(world.emulator);
	t.teardown(() => client.destroy());
	await client.send(new DeleteStageCommand({arn: other.arn}));
	const otherJoin = await control(world.emulator, 'POST', '/_emulator/join', {token: forOther});
	t.is(otherJoin.status, 401, otherJoin.text);
	t.regex(otherJoin.json().message, /not a stage of this emulator/);
	// …and one whose claims were moved to another stage no longer verifies.
	const [header, , signature] = forOther.split('.');
	const moved = Buffer.from(JSON.stringify({...payload, resource: stage.arn, topic: stage.arn!.split('/')[1]})).toString('base64url');
	const movedJoin = await control(world.emulator, 'POST', '/_emulator/join', {token: `${header}.${moved}.${signature}`});
	t.is(movedJoin.status, 401);
	t.regex(movedJoin.json().message, /signature does not verify/);

	// A deleted key: the token it signed is refused from then on.
	t.is((await world.cli(['keys', 'delete', 'signer'])).code, 0);
	const deletedJoin = await control(world.emulator, 'POST', '/_emulator/join', {token: fresh});
	t.is(deletedJoin.status, 401);
	t.is(deletedJoin.json().error, 'UnknownKey');
});

test('token --preset makes one token per participant of the preset, through the API and --offline; the preset holds no key', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const saved = await world.cli(['presets', 'save', 'class', '--participant-token-configurations', 'userId=teacher,capabilities=PUBLISH,SUBSCRIBE', 'userId=student,capabilities=SUBSCRIBE,duration=60'], {endpoint: false});
	t.is(saved.code, 0, saved.stderr);
	const key = await withKey(world);

	for (const offline of [false, true]) {
		const result = await world.cli(['token', '--preset', 'class', '--stage-arn', stage.arn!, ...(offline ? ['--offline'] : [])]);
		t.is(result.code, 0, result.stderr);
		const {participantTokens} = JSON.parse(result.stdout) as {participantTokens: TokenAnswer[]};
		t.deepEqual(participantTokens.map(({userId, capabilities}) => ({userId, capabilities})), [
			{userId: 'teacher', capabilities: ['PUBLISH', 'SUBSCRIBE']},
			{userId: 'student', capabilities: ['SUBSCRIBE']},
		]);
		t.is(participantTokens[1]!.duration, 60);
		t.is(decodeProtectedHeader(participantTokens[0]!.token).kid === key.arn, offline);
		for (const {token} of participantTokens) {
			t.is((await control(world.emulator, 'POST', '/_emulator/join', {token})).status, 200);
		}
	}

	const config = await readFile(path.join(world.configDir, 'config.json'), 'utf8');
	t.false(config.includes('PRIVATE KEY'));
	t.false(config.includes(createPublicKey(key.privatePem).export({type: 'spki', format: 'der'}).toString('base64').slice(40, 80)));
	for (const line of key.privatePem.split('\n').filter(line => line !== '' && !line.startsWith('-----'))) {
		t.false(config.includes(line));
	}
});

test('bad options are one line and exit 252, before anything is sent', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const arn = stage.arn!;
	const cases: Array<[string[], RegExp]> = [
		[['token'], /token needs --stage-arn ARN/],
		[['token', '--stage-arn', 'stage/abc'], /--stage-arn: "stage\/abc" is neither a stage ARN nor a stage name/],
		[['token', '--stage-arn', 'arn:aws:ivs:us-west-2:1:channel/abc'], /--stage-arn: .* must match the pattern/],
		[['token', '--stage-arn', arn, '--duration', '0'], /--duration: 0 must be at least 1/],
		[['token', '--stage-arn', arn, '--duration', '20161'], /--duration: 20161 must be at most 20160/],
		[['token', '--stage-arn', arn, '--capabilities', 'BROADCAST'], /--capabilities\[0\]: "BROADCAST" must be one of PUBLISH, SUBSCRIBE/],
		[['token', '--stage-arn', arn, '--user-id', 'u'.repeat(129)], /--user-id: .* must have at most 128 characters/],
		[['token', '--stage-arn', arn, '--attributes', `a=${'x'.repeat(1100)}`], /--attributes/],
		[['token', '--stage-arn', arn, '--key', 'k'], /--key names the key that signs an --offline token/],
		[['token', '--stage-arn', arn, '--offline'], /--offline needs a key in us-west-2, and there is none/],
		[['token', '--stage-arn', arn, '--offline', '--key', '../k'], /Invalid --key name/],
		[['token', '--stage-arn', arn, '--preset', 'nope'], /preset/i],
		[['token', '--stage-arn', arn, '--preset', 'p', '--user-id', 'x'], /--user-id is not taken with --preset/],
		[['token', '--stage-arn', arn, '--output', 'xml'], /Invalid output format "xml"/],
		[['token', '--stage-arn', arn, '--bogus'], /Unknown option --bogus for token/],
		[['token', 'extra', '--stage-arn', arn], /token takes no words but options: extra/],
	];
	for (const [args, expected] of cases) {
		const result = await world.cli(args);
		t.is(result.code, 252, `${args.join(' ')}: ${result.stderr}`);
		t.is(errorLines(result).length, 1, `${args.join(' ')}: ${result.stderr}`);
		t.regex(result.stderr, expected);
		t.is(result.stdout, '');
	}

	// Nothing above was sent: the emulator saw the CreateStage of the test's stage, and no call since.
	t.deepEqual(Object.keys(world.emulator.rateCounts()), ['CreateStage']);
});

test('--debug logs the calls but never the token, which only the answer on stdout holds', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage();
	const result = await world.cli(['token', '--stage-arn', stage.arn!, '--debug']);
	t.is(result.code, 0, result.stderr);
	const {participantToken} = JSON.parse(result.stdout) as {participantToken: TokenAnswer};
	t.regex(result.stderr, /DEBUG/);
	t.regex(result.stderr, /CreateParticipantToken/);
	t.false(result.stderr.includes(participantToken.token));
	t.false(result.stderr.includes(participantToken.token.split('.')[2]!));
});

test('--stage-arn may name the stage when one stage of the region has that name', async t => {
	const world = await keysWorld(t);
	const stage = await world.stage('named-once');
	await world.stage('named-twice');
	await world.stage('named-twice');
	await withKey(world);
	for (const offline of [false, true]) {
		const result = await world.cli(['token', '--stage-arn', 'named-once', ...(offline ? ['--offline'] : []), '--query', 'participantToken.token', '--output', 'text']);
		t.is(result.code, 0, result.stderr);
		const joined = await control(world.emulator, 'POST', '/_emulator/join', {token: result.stdout.trim()});
		t.is(joined.status, 200, joined.text);
		t.is(joined.json().stageArn, stage.arn);
	}

	const twice = await world.cli(['token', '--stage-arn', 'named-twice']);
	t.is(twice.code, 252);
	t.is(errorLines(twice).length, 1);
	t.regex(twice.stderr, /^2 stages are named named-twice in us-west-2; give the ARN of one: arn:\S+, arn:\S+\n$/);
	const none = await world.cli(['token', '--stage-arn', 'nameless', '--offline']);
	t.is(none.code, 254);
	t.regex(none.stderr, /^No stage is named nameless in us-west-2 \(ListStages lists 3 stages\); give its ARN, or check --region and --profile\n$/);
	t.is(world.emulator.rateCounts().CreateParticipantToken?.allowed, 1);
});
