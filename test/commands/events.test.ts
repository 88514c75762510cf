// `events` end to end: the built CLI, the SDK's real client, real HTTP to the emulator started
// here, whose clock the test moves so each step has a second of its own (the service's times are
// whole seconds). Participants join, publish, fail and leave through the emulator's control routes.
import {spawn} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import test, {type ExecutionContext} from 'ava';
import {CreateParticipantTokenCommand, CreateStageCommand, DeleteStageCommand, type IVSRealTimeClient, type Stage} from '@aws-sdk/client-ivs-realtime';
import {explainErrorCode} from '../../source/events/error-explanations.js';
import {timelineHeading, timelineLine} from '../../source/events/timeline-text.js';
import type {RunningEmulator} from '../../source/emulator/start-emulator.js';
import {collectOutput} from '../helpers/collect-output.js';
import {spawnCli} from '../helpers/pty-session.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {control, ManualClock, sdkClient, startTestEmulator} from '../emulator/helpers.js';

type EventRecord = {time: string; sessionId: string; participantId: string; userId?: string; name: string; errorCode?: string; explanation?: string};

function envFor(emulator: RunningEmulator): NodeJS.ProcessEnv {
	return cleanEnv({AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, AWS_REGION: emulator.region});
}

async function events(emulator: RunningEmulator, args: string[]) {
	return runCli(['events', ...args, '--endpoint-url', emulator.url], {env: envFor(emulator)});
}

type Scene = {emulator: RunningEmulator; client: IVSRealTimeClient; clock: ManualClock; stage: Stage; step: (route: string, body: Record<string, unknown>) => Promise<unknown>};

/** An emulator on a clock that moves a second after each control step, and a stage on it. */
async function scene(t: ExecutionContext, name = 'events-demo'): Promise<Scene> {
	const clock = new ManualClock();
	const emulator = await startTestEmulator(t, {clock: clock.now});
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	const {stage} = await client.send(new CreateStageCommand({name}));
	return {
		emulator,
		client,
		clock,
		stage: stage!,
		async step(route, body) {
			const answer = await control(emulator, 'POST', `/_emulator/${route}`, {stageArn: stage!.arn, ...body});
			if (answer.status !== 200) {
				throw new Error(`${route} answered ${answer.status}: ${answer.text}`);
			}

			clock.advance(1000);
			return answer.json();
		},
	};
}

test('two participants joining and leaving come out merged in time order, as {"events": [...]}', async t => {
	const {emulator, stage, step} = await scene(t);
	await step('join', {userId: 'alice', publish: true});
	await step('join', {userId: 'bob'});
	await step('leave', {userId: 'alice'});
	await step('leave', {userId: 'bob'});
	const result = await events(emulator, [stage.arn!, '--output', 'json']);
	t.is(result.stderr, '');
	t.is(result.code, 0);
	const {events: found} = JSON.parse(result.stdout) as {events: EventRecord[]};
	// Read participant by participant, shown event by event in the order they happened.
	t.deepEqual(found.map(event => `${event.userId} ${event.name}`), ['alice JOINED', 'alice PUBLISH_STARTED', 'bob JOINED', 'alice PUBLISH_STOPPED', 'alice LEFT', 'bob LEFT']);
	const times = found.map(event => Date.parse(event.time));
	t.deepEqual(times, [...times].sort((a, b) => a - b));
	t.true(times.every(time => Number.isFinite(time)));
	for (const event of found) {
		t.deepEqual(Object.keys(event), ['time', 'sessionId', 'participantId', 'userId', 'name']);
		t.is(event.sessionId, stage.activeSessionId!);
		t.regex(event.participantId, /^[a-zA-Z\d]{12}$/);
	}

	t.not(found[0]!.participantId, found[2]!.participantId);
	// --query goes through the same formatters as every answer.
	const query = await events(emulator, [stage.arn!, '--query', 'events[?userId==`bob`].name', '--output', 'text']);
	t.is(query.stdout, 'JOINED\tLEFT\n');
});

test('an error event comes with its code explained: in the JSON and on the terminal\'s timeline', async t => {
	const {emulator, client, stage, step} = await scene(t);
	const {participantToken} = await client.send(new CreateParticipantTokenCommand({stageArn: stage.arn, userId: 'encoder', capabilities: ['PUBLISH']}));
	await step('join', {token: participantToken!.token});
	await step('publish-error', {token: participantToken!.token, errorCode: 'B_FRAME_PRESENT'});
	// Service text reaches the terminal neutralised: a user ID with an escape sequence in it.
	await step('join', {userId: 'evil\u001B]0;pwned\u0007'});
	const result = await events(emulator, [stage.arn!, '--output', 'json']);
	t.is(result.code, 0);
	const {events: found} = JSON.parse(result.stdout) as {events: EventRecord[]};
	// Found by name: events of two participants in the same second keep the order they were read in.
	t.like(found.find(event => event.name === 'PUBLISH_ERROR'), {userId: 'encoder', participantId: participantToken!.participantId, errorCode: 'B_FRAME_PRESENT', explanation: 'the encoder sends B-frames; turn them off (x264: bframes=0)'});
	t.deepEqual(found.filter(event => event.name === 'JOINED').map(event => event.errorCode), [undefined, undefined]);

	const session = spawnCli(['events', stage.name!, '--endpoint-url', emulator.url], {columns: 160, env: envFor(emulator)});
	t.teardown(() => session.kill());
	// The timeline on the screen first, then the exit: read before the pseudo-terminal closes.
	await session.waitForText('PUBLISH_ERROR');
	t.is((await session.exited).exitCode, 0);
	const lines = session.history().split('\n');
	t.true(lines.some(line => line.startsWith(`Stage events-demo  ${stage.arn}`)), session.history());
	t.true(lines.some(line => line.startsWith(`Session ${stage.activeSessionId}, started `)), session.history());
	const error = lines.find(line => line.includes('PUBLISH_ERROR'));
	t.regex(error ?? '', new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +encoder \\(${participantToken!.participantId}\\) +PUBLISH_ERROR +B_FRAME_PRESENT: the encoder sends B-frames; turn them off \\(x264: bframes=0\\)$`));
	t.true(lines.some(line => line.includes('evil\\x1b]0;pwned\\x07') && line.includes('JOINED')), session.history());
	t.false(session.raw().includes('\u001B]0;pwned'), 'the escape sequence never reached the terminal');
});

test('--follow prints an event that happens after it started, one JSON object a line, until Ctrl+C (130)', async t => {
	const {emulator, stage, step} = await scene(t);
	await step('join', {userId: 'early'});
	const child = spawn(process.execPath, [cliPath, 'events', stage.arn!, '--follow', '--output', 'json', '--endpoint-url', emulator.url], {env: envFor(emulator), stdio: ['ignore', 'pipe', 'pipe']});
	const output = collectOutput(child);
	t.teardown(() => child.kill('SIGKILL'));
	// The first read is done once it says it is following; only then does the new participant join.
	await waitFor(() => output.stderr().includes('Following events-demo'), () => `the follow line; stderr: ${output.stderr()}`);
	const lines = () => output.stdout().split('\n').filter(Boolean).map(line => JSON.parse(line) as EventRecord);
	t.deepEqual(lines().map(event => `${event.userId} ${event.name}`), ['early JOINED']);
	await step('join', {userId: 'late'});
	await waitFor(() => lines().some(event => event.userId === 'late'), () => `late's JOINED; stdout: ${output.stdout()} stderr: ${output.stderr()}`);
	await step('leave', {userId: 'early'});
	await waitFor(() => lines().some(event => event.name === 'LEFT'), () => `early's LEFT; stdout: ${output.stdout()}`);
	child.kill('SIGINT');
	const {code} = await output.ended;
	t.is(code, 130);
	// Each event once, in order, though every poll reads them all again.
	t.deepEqual(lines().map(event => `${event.userId} ${event.name}`), ['early JOINED', 'late JOINED', 'early LEFT']);
	t.false(output.stderr().includes('Error'), output.stderr());
});

test('--follow ends with the service\'s one line and 254 when the stage is deleted under it', async t => {
	const {emulator, client, stage} = await scene(t);
	const child = spawn(process.execPath, [cliPath, 'events', stage.arn!, '--follow', '--endpoint-url', emulator.url], {env: envFor(emulator), stdio: ['ignore', 'pipe', 'pipe']});
	const output = collectOutput(child);
	t.teardown(() => child.kill('SIGKILL'));
	await waitFor(() => output.stderr().includes('Following events-demo'), () => `the follow line; stderr: ${output.stderr()}`);
	await client.send(new DeleteStageCommand({arn: stage.arn}));
	const {code} = await output.ended;
	t.is(code, 254);
	const lines = output.stderr().trim().split('\n').filter(Boolean);
	t.is(lines.at(-1), `An error occurred (ResourceNotFoundException) when calling the GetStage operation: Resource: ${stage.arn} not found`);
	t.is(output.stdout(), '', 'nothing on stdout: no event ever happened');
});

test('a NAME is looked up with ListStages; two of a name or none is one line (252, 254)', async t => {
	const {emulator, client, stage, step} = await scene(t, 'by-name');
	await step('join', {userId: 'alice'});
	const byName = await events(emulator, ['by-name', '--output', 'json']);
	t.is(byName.code, 0, byName.stderr);
	const byArn = await events(emulator, [stage.arn!, '--output', 'json']);
	t.is(byName.stdout, byArn.stdout);
	t.like(JSON.parse(byName.stdout), {events: [{userId: 'alice', name: 'JOINED'}]});

	const missing = await events(emulator, ['no-such-stage']);
	t.is(missing.code, 254);
	t.is(missing.stdout, '');
	t.is(missing.stderr, `No stage is named no-such-stage in ${emulator.region} (ListStages lists 1 stage); give its ARN, or check --region and --profile\n`);

	const {stage: twin} = await client.send(new CreateStageCommand({name: 'by-name'}));
	const ambiguous = await events(emulator, ['by-name']);
	t.is(ambiguous.code, 252);
	t.is(ambiguous.stderr.trim().split('\n').length, 1, ambiguous.stderr);
	t.true(ambiguous.stderr.includes(stage.arn!) && ambiguous.stderr.includes(twin!.arn!), ambiguous.stderr);
});

test('a stage that is gone is one line and 254; words that name no stage are one line and 252', async t => {
	const {emulator, client, stage, step} = await scene(t);
	await step('join', {userId: 'alice'});
	await client.send(new DeleteStageCommand({arn: stage.arn}));
	const gone = await events(emulator, [stage.arn!]);
	t.is(gone.code, 254);
	t.is(gone.stdout, '');
	t.is(gone.stderr.trim(), `An error occurred (ResourceNotFoundException) when calling the GetStage operation: Resource: ${stage.arn} not found`);

	for (const [args, line] of [
		[[], 'events needs one stage'],
		[['a', 'b'], 'events needs one stage'],
		[['not a name'], 'is neither a stage ARN nor a stage name'],
		[['arn:aws:ivs:us-west-2:1:channel/x'], 'is no stage ARN'],
		[[stage.arn!, '--session', 'st-1'], 'is no session ID'],
		[[stage.arn!, '--follow', '--query', 'events'], '--query cannot be used with --follow'],
		[[stage.arn!, '--follow', '--output', 'table'], '--output table cannot be used with --follow'],
		[[stage.arn!, '--output', 'csv'], 'is not a format'],
	] as const) {
		const refused = await events(emulator, [...args]);
		t.is(refused.code, 252, `${args.join(' ')}: ${refused.stderr}`);
		t.true(refused.stderr.includes(line), refused.stderr);
		t.is(refused.stderr.trim().split('\n').length, 1, refused.stderr);
	}
});

test('--help says what events does; every error code of the model has its explanation', async t => {
	const help = await runCli(['events', '--help']);
	t.is(help.code, 0);
	t.true(help.stdout.startsWith('Usage: ivs-stage-wizard events ARN|NAME [--follow]'));
	const {getShape} = await import('../../source/model/service-model.js');
	const {eventErrorExplanations} = await import('../../source/events/error-explanations.js');
	const codes = (getShape('EventErrorCode') as {enum: string[]}).enum;
	t.deepEqual(Object.keys(eventErrorExplanations).sort(), [...codes].sort());
	t.regex(explainErrorCode('RESOLUTION_EXCEEDED'), /720p/);
	t.regex(explainErrorCode('BITRATE_EXCEEDED'), /8\.5 Mbps/);
	t.regex(explainErrorCode('INSUFFICIENT_CAPABILITIES'), /PUBLISH.*SUBSCRIBE/);
	t.regex(explainErrorCode('INVALID_VIDEO_CODEC'), /H\.264 constrained baseline/);
	t.regex(explainErrorCode('INVALID_AUDIO_CODEC'), /Opus/);
	t.regex(explainErrorCode('SOMETHING_NEW'), /does not know/);
	// The readme's table says the same, code for code.
	const readme = await readFile(new URL('../../readme.md', import.meta.url), 'utf8');
	for (const [code, explanation] of Object.entries(eventErrorExplanations)) {
		t.true(readme.includes(`| \`${code}\` | ${explanation} |`), code);
	}
});

test('the timeline\'s heading fits an 80-column terminal, and a user ID of up to 13 characters is shown whole beside its participant ID', t => {
	t.true(timelineHeading().length < 80, timelineHeading());
	const line = timelineLine({time: new Date('2026-12-07T16:19:14Z'), name: 'PUBLISH_STARTED', userId: 'camera-studio', participantId: 'RRWFZw97nT2Y', sessionId: 'st-1'});
	t.is(line, '2026-12-07T16:19:14Z  camera-studio (RRWFZw97nT2Y)  PUBLISH_STARTED');
	t.is(line.indexOf('PUBLISH_STARTED'), timelineHeading().indexOf('EVENT'));
});
