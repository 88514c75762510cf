// The AWS CLI drop-ins end to end: the built bin, the SDK's real client, real HTTP to the emulator.
// A stage's whole life through them: create, list, get, a token, the participant it lets in,
// their events, delete, and the stage then gone (254); and what each refuses before sending.
import test from 'ava';
import {control, startTestEmulator} from '../emulator/helpers.js';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {cleanEnv, runCli, type CliResult} from '../helpers/run-cli.js';

async function dropIn(emulator: RunningEmulator, args: string[]): Promise<CliResult> {
	return runCli([...args, '--endpoint-url', emulator.url], {
		env: cleanEnv({
			AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
			AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
			AWS_DEFAULT_REGION: emulator.region,
		}),
	});
}

function json(result: CliResult): any {
	if (result.code !== 0) {
		throw new Error(`exit ${String(result.code)}: ${result.stderr}`);
	}

	return JSON.parse(result.stdout);
}

test('a stage\'s life through the drop-ins: list-stages, get-stage, create-participant-token, list-participants, list-participant-events, delete-stage', async t => {
	const emulator = await startTestEmulator(t);
	const {stage} = json(await dropIn(emulator, ['--name', 'drop-in', '--tags', 'course=physics', '--no-cli-auto-prompt']));

	const [listed, got] = await Promise.all([dropIn(emulator, ['list-stages']), dropIn(emulator, ['get-stage', '--arn', stage.arn])]);
	t.deepEqual(json(listed), {stages: [{arn: stage.arn, name: 'drop-in', activeSessionId: stage.activeSessionId, tags: {course: 'physics'}}]});
	t.deepEqual(json(got).stage, stage);

	const {participantToken} = json(await dropIn(emulator, ['create-participant-token', '--stage-arn', stage.arn, '--user-id', 'late-guest', '--capabilities', 'PUBLISH', 'SUBSCRIBE', '--duration', '60', '--attributes', 'role=guest']));
	t.like(participantToken, {userId: 'late-guest', duration: 60, capabilities: ['PUBLISH', 'SUBSCRIBE'], attributes: {role: 'guest'}});
	t.is((await control(emulator, 'POST', '/_emulator/join', {token: participantToken.token, publish: true})).status, 200);

	const where = ['--stage-arn', stage.arn, '--session-id', stage.activeSessionId];
	const [participants, events] = await Promise.all([
		dropIn(emulator, ['list-participants', ...where, '--filter-by-state', 'CONNECTED', '--query', 'participants[].[userId, state, published]', '--output', 'text']),
		dropIn(emulator, ['list-participant-events', ...where, '--participant-id', participantToken.participantId, '--query', 'events[].name', '--output', 'text']),
	]);
	t.is(participants.stdout, 'late-guest\tCONNECTED\tTrue\n', participants.stderr);
	t.is(events.stdout, 'JOINED\tPUBLISH_STARTED\n', events.stderr);

	const deleted = await dropIn(emulator, ['delete-stage', '--arn', stage.arn]);
	t.is(deleted.code, 0, deleted.stderr);
	t.is(deleted.stdout, '', 'DeleteStage\'s empty answer prints nothing, as the AWS CLI');
	const gone = await dropIn(emulator, ['get-stage', '--arn', stage.arn]);
	t.is(gone.code, 254);
	t.is(gone.stderr.trim(), `An error occurred (ResourceNotFoundException) when calling the GetStage operation: Resource: ${stage.arn} not found`);
	t.is(gone.stdout, '');
});

test('the drop-ins refuse before sending: a required option left out, a value the model refuses, a null; exit 252', async t => {
	const emulator = await startTestEmulator(t);
	const [missing, pattern, range, nulls] = await Promise.all([
		dropIn(emulator, ['list-participant-events', '--stage-arn', 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh']),
		dropIn(emulator, ['get-stage', '--arn', 'not-an-arn']),
		dropIn(emulator, ['list-stages', '--max-results', '101']),
		dropIn(emulator, ['get-stage', '--cli-input-json', '{"arn": null}']),
	]);
	t.is(missing.code, 252);
	t.is(missing.stderr, 'the following arguments are required: --session-id, --participant-id\n');
	t.is(pattern.code, 252);
	t.regex(pattern.stderr, /^Invalid parameter arn: "not-an-arn" must match the pattern .*stage/);
	t.is(range.code, 252);
	t.is(range.stderr, 'Invalid parameter maxResults: 101 must be at most 100\n');
	t.is(nulls.code, 252);
	t.regex(nulls.stderr, /^Invalid parameter arn: null must be a string\n$/);
	// The emulator counts what reached it: nothing did.
	t.is(Object.values(emulator.rateCounts()).reduce((sum, counts) => sum + counts.allowed + counts.throttled, 0), 0);
});

test('-h, --help and help print each drop-in\'s usage, its required options first; a near miss gets the name', async t => {
	const [help, dashH, word, near] = await Promise.all([
		runCli(['list-participants', '--help']),
		runCli(['delete-stage', '-h']),
		runCli(['create-participant-token', 'help']),
		runCli(['list-participant-event']),
	]);
	t.is(help.code, 0);
	// Wider than 80 columns on one line, so the synopsis goes on under the command, an option with its value.
	t.true(help.stdout.startsWith('Usage: ivs-stage-wizard list-participants --stage-arn <value>\n                                          --session-id <value> [options]\n'), help.stdout);
	t.regex(help.stdout, /--filter-by-published\n/);
	t.regex(help.stdout, /--max-results <value>\n/);
	t.is(dashH.code, 0);
	t.true(dashH.stdout.startsWith('Usage: ivs-stage-wizard delete-stage --arn <value> [options]\n'));
	t.is(word.code, 0);
	t.regex(word.stdout, /--capabilities <value> \[<value> \.\.\.\]/);
	t.is(near.code, 252);
	t.regex(near.stderr, /^Unknown command "list-participant-event": did you mean list-participant-events\?/);
});
