// The official AWS CLI v2 (/usr/bin/aws, with the project's copy of the model added in a scratch
// HOME) runs every operation the emulator serves, success paths and each kind of error, and the
// tests check what it prints and its exit code. Where the CLI is absent, the tests say why and skip.
import test from 'ava';
import {CreateStageCommand, GetStageCommand} from '@aws-sdk/client-ivs-realtime';
import {ManualClock, awsCli, cleanupCliHome, control, detectAwsCliV2, json, sdkClient, serviceError, startTestEmulator} from './helpers.js';

const cli = detectAwsCliV2();
// One test at a time: a few dozen Python processes at once on a busy machine outrun each run's 30 s limit.
const cliTest = cli.available ? test.serial : test.skip;
if (cli.available) {
	test.after.always(cleanupCliHome);
} else {
	test('AWS CLI v2 conformance (skipped)', t => {
		t.log(`Skipping the AWS CLI conformance tests: ${cli.reason}`);
		t.pass();
	});
}

const stageArnPattern = /^arn:aws:ivs:us-west-2:123456789012:stage\/[a-zA-Z0-9]{12}$/;
/** AWS CLI v2 re-renders every timestamp as ISO 8601 with +00:00. */
const cliTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

cliTest('create-stage, get-stage, update-stage, list-stages and delete-stage print what the service returns', async t => {
	const emulator = await startTestEmulator(t);
	const created = json(await awsCli(emulator, [
		'create-stage',
		'--name',
		'cli-stage',
		'--participant-token-configurations',
		'userId=alice,duration=30,capabilities=PUBLISH',
		'userId=bob',
		'--tags',
		'team=video',
	]));
	const {stage} = created;
	t.regex(stage.arn, stageArnPattern);
	t.regex(stage.activeSessionId, /^st-[a-zA-Z0-9]{13}$/);
	t.deepEqual(stage.tags, {team: 'video'});
	t.is(stage.endpoints.whip, `${emulator.url}/whip`, 'the emulator serves WHIP itself');
	t.deepEqual(Object.keys(stage), ['arn', 'name', 'activeSessionId', 'tags', 'autoParticipantRecordingConfiguration', 'endpoints'], 'members in the model\'s order');
	t.is(created.participantTokens.length, 2);
	t.like(created.participantTokens[0], {userId: 'alice', duration: 30, capabilities: ['PUBLISH']});
	t.regex(created.participantTokens[0].expirationTime, cliTime);
	t.regex(created.participantTokens[1].participantId, /^[a-zA-Z0-9]{12}$/);

	t.deepEqual(json(await awsCli(emulator, ['get-stage', '--arn', stage.arn])).stage, stage);
	const updated = json(await awsCli(emulator, ['update-stage', '--arn', stage.arn, '--name', 'renamed']));
	t.is(updated.stage.name, 'renamed');

	const second = json(await awsCli(emulator, ['create-stage', '--name', 'second']));
	const page = json(await awsCli(emulator, ['list-stages', '--max-results', '1']));
	t.deepEqual(page.stages.map((item: {name: string}) => item.name), ['renamed']);
	t.truthy(page.nextToken);
	const rest = json(await awsCli(emulator, ['list-stages', '--max-results', '1', '--next-token', page.nextToken]));
	t.deepEqual(rest.stages.map((item: {arn: string}) => item.arn), [second.stage.arn]);
	t.is(rest.nextToken, undefined);

	const deleted = await awsCli(emulator, ['delete-stage', '--arn', stage.arn]);
	t.is(deleted.exitCode, 0);
	t.is(deleted.stdout, '', 'an empty response prints nothing');
	const gone = await awsCli(emulator, ['get-stage', '--arn', stage.arn]);
	t.is(serviceError(gone, 'ResourceNotFoundException', 'GetStage'), `Resource: ${stage.arn} not found`);
});

cliTest('create-participant-token, sessions and participants print as the service returns them', async t => {
	const emulator = await startTestEmulator(t);
	const {stage} = json(await awsCli(emulator, ['create-stage', '--name', 'people']));
	const {participantToken} = json(await awsCli(emulator, [
		'create-participant-token',
		'--stage-arn',
		stage.arn,
		'--user-id',
		'una',
		'--attributes',
		'seat=front',
		'--capabilities',
		'PUBLISH',
		'SUBSCRIBE',
		'--duration',
		'60',
	]));
	t.like(participantToken, {userId: 'una', attributes: {seat: 'front'}, capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 60});
	t.regex(participantToken.expirationTime, cliTime);
	t.is((await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token, publish: true})).status, 200);

	const [sessions, session, participants, participant, text] = await Promise.all([
		awsCli(emulator, ['list-stage-sessions', '--stage-arn', stage.arn]),
		awsCli(emulator, ['get-stage-session', '--stage-arn', stage.arn, '--session-id', stage.activeSessionId]),
		awsCli(emulator, ['list-participants', '--stage-arn', stage.arn, '--session-id', stage.activeSessionId]),
		awsCli(emulator, ['get-participant', '--stage-arn', stage.arn, '--session-id', stage.activeSessionId, '--participant-id', participantToken.participantId]),
		awsCli(emulator, ['list-participants', '--stage-arn', stage.arn, '--session-id', stage.activeSessionId, '--filter-by-state', 'CONNECTED', '--query', 'participants[0].participantId', '--output', 'text']),
	]);
	t.deepEqual(json(sessions).stageSessions.map((item: {sessionId: string}) => item.sessionId), [stage.activeSessionId]);
	t.regex(json(session).stageSession.startTime, cliTime);
	const [summary] = json(participants).participants;
	t.like(summary, {participantId: participantToken.participantId, userId: 'una', state: 'CONNECTED', published: true});
	t.regex(summary.firstJoinTime, cliTime);
	t.like(json(participant).participant, {participantId: participantToken.participantId, attributes: {seat: 'front'}, state: 'CONNECTED'});
	t.is(text.stdout, `${participantToken.participantId}\n`);
});

cliTest('storage configurations and tags: create, get, list, delete; tag, untag, list tags', async t => {
	const emulator = await startTestEmulator(t);
	const {storageConfiguration} = json(await awsCli(emulator, ['create-storage-configuration', '--name', 'rec', '--s3', 'bucketName=my-bucket']));
	t.regex(storageConfiguration.arn, /^arn:aws:ivs:us-west-2:123456789012:storage-configuration\/[a-zA-Z0-9]{12}$/);
	t.deepEqual(storageConfiguration.s3, {bucketName: 'my-bucket'});
	t.deepEqual(json(await awsCli(emulator, ['get-storage-configuration', '--arn', storageConfiguration.arn])).storageConfiguration, storageConfiguration);
	const listed = json(await awsCli(emulator, ['list-storage-configurations']));
	t.deepEqual(listed.storageConfigurations.map((item: {arn: string}) => item.arn), [storageConfiguration.arn]);

	const {stage} = json(await awsCli(emulator, ['create-stage']));
	t.is((await awsCli(emulator, ['tag-resource', '--resource-arn', stage.arn, '--tags', 'a=1,b=2'])).exitCode, 0);
	t.is((await awsCli(emulator, ['untag-resource', '--resource-arn', stage.arn, '--tag-keys', 'a'])).exitCode, 0);
	t.deepEqual(json(await awsCli(emulator, ['list-tags-for-resource', '--resource-arn', stage.arn])), {tags: {b: '2'}});

	t.is((await awsCli(emulator, ['delete-storage-configuration', '--arn', storageConfiguration.arn])).exitCode, 0);
	const gone = await awsCli(emulator, ['get-storage-configuration', '--arn', storageConfiguration.arn]);
	t.is(serviceError(gone, 'ResourceNotFoundException', 'GetStorageConfiguration'), `Resource: ${storageConfiguration.arn} not found`);
});

cliTest('validation and not-found errors print the service\'s message and exit 254', async t => {
	const emulator = await startTestEmulator(t);
	const unknown = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';
	const [name, duration, notFound, untag] = await Promise.all([
		awsCli(emulator, ['create-stage', '--name', 'bad name']),
		awsCli(emulator, ['create-participant-token', '--stage-arn', unknown, '--duration', '20161']),
		awsCli(emulator, ['create-participant-token', '--stage-arn', unknown]),
		awsCli(emulator, ['list-tags-for-resource', '--resource-arn', unknown]),
	]);
	t.is(
		serviceError(name, 'ValidationException', 'CreateStage'),
		'1 validation error detected: Value \'bad name\' at \'name\' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]*',
	);
	t.is(
		serviceError(duration, 'ValidationException', 'CreateParticipantToken'),
		'1 validation error detected: Value \'20161\' at \'duration\' failed to satisfy constraint: Member must have value less than or equal to 20160',
	);
	t.is(serviceError(notFound, 'ResourceNotFoundException', 'CreateParticipantToken'), `Resource: ${unknown} not found`);
	t.is(serviceError(untag, 'ResourceNotFoundException', 'ListTagsForResource'), `Resource: ${unknown} not found`);
});

cliTest('the 101st stage is ServiceQuotaExceededException; a burst over the rate is ThrottlingException', async t => {
	const clock = new ManualClock(true);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	for (let made = 0; made < 100; made += 5) {
		// five per emulated second, as the rate allows
		await Promise.all(Array.from({length: 5}, async () => client.send(new CreateStageCommand({}))));
		clock.advance(1000);
	}

	const quota = await awsCli(emulator, ['create-stage', '--name', 'one-too-many']);
	t.regex(serviceError(quota, 'ServiceQuotaExceededException', 'CreateStage'), /quota of 100 stages/);

	const {stages} = json(await awsCli(emulator, ['list-stages', '--max-results', '1']));
	const arn = stages[0].arn as string;
	await Promise.all(Array.from({length: 5}, async () => client.send(new GetStageCommand({arn}))));
	const throttled = await awsCli(emulator, ['get-stage', '--arn', arn], {AWS_MAX_ATTEMPTS: '1'});
	t.is(serviceError(throttled, 'ThrottlingException', 'GetStage'), 'Rate exceeded');
});

cliTest('each authentication failure prints the service\'s code and message', async t => {
	const emulator = await startTestEmulator(t);
	const [unknownKey, wrongSecret, unsigned] = await Promise.all([
		awsCli(emulator, ['list-stages'], {AWS_ACCESS_KEY_ID: 'AKIDUNKNOWN'}),
		awsCli(emulator, ['list-stages'], {AWS_SECRET_ACCESS_KEY: 'wrong'}),
		awsCli(emulator, ['list-stages', '--no-sign-request'], {AWS_MAX_ATTEMPTS: '1'}),
	]);
	t.is(serviceError(unknownKey, 'UnrecognizedClientException', 'ListStages'), 'The security token included in the request is invalid.');
	t.regex(
		serviceError(wrongSecret, 'InvalidSignatureException', 'ListStages'),
		/^The request signature we calculated does not match the signature you provided\. Check your AWS Secret Access Key and signing method\. Consult the service documentation for details\.\n\nThe Canonical String for this request should have been\n'POST\n\/ListStages\n/,
	);
	t.is(serviceError(unsigned, 'MissingAuthenticationTokenException', 'ListStages'), 'Missing Authentication Token');
});

cliTest('a request time 10 minutes off is "Signature expired"', async t => {
	const clock = new ManualClock();
	clock.advance(10 * 60_000);
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const expired = await awsCli(emulator, ['list-stages'], {AWS_MAX_ATTEMPTS: '1'});
	t.regex(serviceError(expired, 'InvalidSignatureException', 'ListStages'), /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
});
