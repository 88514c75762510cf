// AWS CLI v1 (`aws` from pip, with botocore's own IVS Real-Time model) runs a stage's whole life
// against the emulator, each operation the drop-ins and the stage commands use: create-stage,
// list-stages, get-stage, create-participant-token, list-participants, list-participant-events,
// list-stage-sessions, the public-key ones, delete-stage, and get-stage of the deleted stage (v1's exit 255).
// A second real client beside v2 (cli-conformance, cli-lifecycle): its botocore is newer than
// v2's, so the emulator's answers are checked against a model the project did not ship.
import {execFile, execFileSync} from 'node:child_process';
import test from 'ava';
import {control, startTestEmulator} from './helpers.js';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {customerKey} from './self-signed-token.js';

function findAwsCliV1(): string | undefined {
	try {
		const version = execFileSync('aws', ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000});
		return version.startsWith('aws-cli/1.') ? version.trim() : undefined;
	} catch {
		return undefined;
	}
}

const v1 = findAwsCliV1();
if (!v1) {
	test('AWS CLI v1 lifecycle (skipped)', t => {
		t.log('Skipping the AWS CLI v1 lifecycle: no `aws` v1 on PATH');
		t.pass();
	});
}

type Result = {exitCode: number; stdout: string; stderr: string};

async function awsV1(emulator: RunningEmulator, args: string[]): Promise<Result> {
	return new Promise(resolve => {
		// Asynchronous: the emulator answers from this very process.
		execFile('aws', ['ivs-realtime', ...args, '--endpoint-url', emulator.url, '--output', 'json'], {
			encoding: 'utf8',
			env: {
				PATH: process.env.PATH ?? '',
				HOME: process.env.HOME ?? '/tmp',
				AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
				AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
				AWS_DEFAULT_REGION: emulator.region,
				AWS_CONFIG_FILE: '/nonexistent',
				AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
			},
		}, (error, stdout, stderr) => {
			resolve({exitCode: error ? Number((error as {code?: unknown}).code ?? 255) : 0, stdout, stderr});
		});
	});
}

function json(result: Result): any {
	if (result.exitCode !== 0) {
		throw new Error(`aws v1 exited ${result.exitCode}: ${result.stderr}`);
	}

	return result.stdout.trim() === '' ? {} : JSON.parse(result.stdout);
}

(v1 ? test : test.skip)('AWS CLI v1: a stage\'s whole life, every operation of the drop-ins, sessions and public keys', async t => {
	// A dozen Python processes on a busy machine: each takes seconds.
	t.timeout(300_000);
	const emulator = await startTestEmulator(t);
	const {stage} = json(await awsV1(emulator, ['create-stage', '--name', 'v1-life', '--tags', 'course=physics']));
	t.regex(stage.arn, /^arn:aws:ivs:us-west-2:123456789012:stage\/[a-zA-Z0-9]{12}$/);

	const [listed, got, token, key] = await Promise.all([
		awsV1(emulator, ['list-stages', '--max-results', '5']),
		awsV1(emulator, ['get-stage', '--arn', stage.arn]),
		awsV1(emulator, ['create-participant-token', '--stage-arn', stage.arn, '--user-id', 'guest', '--capabilities', 'PUBLISH', 'SUBSCRIBE']),
		awsV1(emulator, ['import-public-key', '--public-key-material', customerKey().publicKeyPem, '--name', 'v1-key']),
	]);
	t.deepEqual(json(listed).stages.map((item: {arn: string}) => item.arn), [stage.arn]);
	t.deepEqual(json(got).stage.tags, {course: 'physics'});
	const {participantToken} = json(token);
	t.like(participantToken, {userId: 'guest', capabilities: ['PUBLISH', 'SUBSCRIBE']});
	const {publicKey} = json(key);
	t.is(publicKey.name, 'v1-key');
	t.is((await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token})).status, 200);

	const where = ['--stage-arn', stage.arn, '--session-id', stage.activeSessionId];
	const [participants, events, sessions, keys, gotKey] = await Promise.all([
		awsV1(emulator, ['list-participants', ...where]),
		awsV1(emulator, ['list-participant-events', ...where, '--participant-id', participantToken.participantId]),
		awsV1(emulator, ['list-stage-sessions', '--stage-arn', stage.arn]),
		awsV1(emulator, ['list-public-keys']),
		awsV1(emulator, ['get-public-key', '--arn', publicKey.arn]),
	]);
	t.like(json(participants).participants[0], {userId: 'guest', state: 'CONNECTED', participantId: participantToken.participantId});
	t.deepEqual(json(events).events.map((event: {name: string}) => event.name), ['JOINED']);
	t.deepEqual(json(sessions).stageSessions.map((session: {sessionId: string}) => session.sessionId), [stage.activeSessionId]);
	t.deepEqual(json(keys).publicKeys.map((item: {arn: string}) => item.arn), [publicKey.arn]);
	t.is(json(gotKey).publicKey.fingerprint, publicKey.fingerprint);

	const [deletedKey, deletedStage] = await Promise.all([
		awsV1(emulator, ['delete-public-key', '--arn', publicKey.arn]),
		awsV1(emulator, ['delete-stage', '--arn', stage.arn]),
	]);
	t.is(deletedKey.exitCode, 0, deletedKey.stderr);
	t.is(deletedStage.exitCode, 0, deletedStage.stderr);
	const gone = await awsV1(emulator, ['get-stage', '--arn', stage.arn]);
	// v1 exits 255 for a service error; 254 is v2's (and the drop-ins').
	t.is(gone.exitCode, 255);
	t.regex(gone.stderr, /An error occurred \(ResourceNotFoundException\) when calling the GetStage operation: Resource: .* not found/);
});
