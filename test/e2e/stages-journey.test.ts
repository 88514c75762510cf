// A stage's life after creation, as a user meets it in a real pseudo-terminal against the emulator:
// `stages` → a stage's live table → a token added → back → the stage deleted (after a question
// naming it) and gone; `watch` of a stage another process made, its participant shown; and the
// wizard's start screen, one key from the same stages screen.
import test from 'ava';
import {CreateStageCommand, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {cliWorld, type startTestEmulator} from '../emulator/helpers.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';

const enter = '\r';
const escape = '\u001B';

async function setUp(t: Parameters<typeof startTestEmulator>[0]) {
	const world = await cliWorld(t, 'ivs-stages-e2e-');
	const join = async (body: Record<string, unknown>) => {
		const joined = await world.join(body);
		t.true(joined.ok, joined.reason);
	};

	return {...world, join};
}

function closeAtEnd(t: Parameters<typeof startTestEmulator>[0], session: PtySession): PtySession {
	t.teardown(() => {
		session.kill();
	});
	return session;
}

test('stages: open a stage\'s table, add a token, come back, delete the stage and it is gone', async t => {
	const {client, env, join} = await setUp(t);
	const keep = (await client.send(new CreateStageCommand({name: 'keep-me', tags: {team: 'video'}}))).stage!;
	const doomed = (await client.send(new CreateStageCommand({name: 'doomed'}))).stage!;
	await join({stageArn: keep.arn, userId: 'early-bird'});
	const session = closeAtEnd(t, spawnCli(['stages'], {env}));
	const list = await session.waitForText(/Stages in us-west-2 · 2/);
	// The count may still be “…” (not yet counted) on a loaded machine.
	t.regex(list, /keep-me\s+…?\S+\s+st-\S+\s+(?:\d+|…)\s+team=video/);
	// The count comes after the list: one participant connected to keep-me.
	await session.waitForText(/keep-me\s+\S+\s+st-\S+\s+1\s+team=video/);

	// Filter to the doomed stage, open its table.
	session.write('/');
	await session.waitForText('Enter/↓ done');
	session.write('doom');
	await session.waitForText(/Stages in us-west-2 · 1 of 2/);
	session.write(enter);
	await session.waitForText('Enter open');
	session.write(enter);
	await session.waitForText(/Stage doomed/);

	// a: the wizard's participant editor; a token for a late guest.
	session.write('a');
	await session.waitForText('New participant token');
	session.write('late-guest');
	await session.waitForText('late-guest');
	session.write(enter);
	await session.waitForText(/› Can/);
	session.write(enter);
	await session.waitForText(/› Token lifetime/);
	session.write(enter);
	await session.waitForText(/› Attributes/);
	session.write(enter);
	await session.waitForText(/› \[ Create token \]/);
	session.write(enter);
	const table = await session.waitForText('Added a token for late-guest');
	t.regex(table, /late-guest\s+\S+\s+pub\+sub\s+\S+\s+waiting/);

	// Back to the list (the filter kept), then delete, after a question that names the stage.
	session.write(escape);
	await session.waitForText(/Stages in us-west-2 · 1 of 2/);
	session.write('d');
	const question = await session.waitForText('Delete stage doomed? y/n');
	t.true(question.includes(doomed.arn!));
	session.write('y');
	const after = await session.waitForText(`Deleted stage doomed (${doomed.arn})`);
	t.regex(after, /No stage matches the filter/);
	const remaining = await client.send(new ListStagesCommand({}));
	t.deepEqual(remaining.stages?.map(stage => stage.name), ['keep-me']);

	// Esc clears the filter: the stage kept is there, the deleted one is not.
	session.write(escape);
	const cleared = await session.waitForText(/Stages in us-west-2 · 1\n/);
	t.regex(cleared, /keep-me/);
	t.notRegex(cleared, /› doomed|\s doomed\s/);
	session.write('q');
	t.is((await session.exited).exitCode, 0);
});

test('stages: a table opened from the list shows the stage\'s endpoints (GetStage), not the summary\'s "—"', async t => {
	const {client, env} = await setUp(t);
	const made = (await client.send(new CreateStageCommand({name: 'whole'}))).stage!;
	const session = closeAtEnd(t, spawnCli(['stages'], {env, columns: 200, rows: 30}));
	await session.waitForText(/whole\s+\S+[\s\S]*Enter open/);
	session.write(enter);
	const header = await session.waitForText(/WHIP\s+\S+/);
	t.regex(header, /Stage whole/);
	for (const [label, endpoint] of [['WHIP', made.endpoints?.whip], ['Events', made.endpoints?.events], ['RTMPS', made.endpoints?.rtmps]] as const) {
		t.truthy(endpoint, `the emulator gives the ${label} endpoint`);
		t.true(header.includes(`${label}`) && header.includes(endpoint!), `${label} ${endpoint} in:\n${header}`);
	}

	t.notRegex(header, /(?:WHIP|Events|RTMPS)\s+—/);
	session.write('q');
	t.is((await session.exited).exitCode, 0);
});

test('watch NAME: the live table of a stage another process made, with who joined it', async t => {
	const {client, env, join} = await setUp(t);
	const stage = (await client.send(new CreateStageCommand({name: 'elsewhere'}))).stage!;
	await join({stageArn: stage.arn, userId: 'remote-guest', publish: true});
	const session = closeAtEnd(t, spawnCli(['watch', 'elsewhere'], {env}));
	const table = await session.waitForText(/remote-guest\s+\S+\s+.*publishing/);
	t.regex(table, /Stage elsewhere/);
	t.regex(table, /Session\s+st-/);
	// The token is not the tool's: nothing to copy.
	session.write('c');
	await session.waitForText('This row has no token to copy');
	session.write('q');
	t.is((await session.exited).exitCode, 0);
	t.true(session.history().includes(`Stage ${stage.arn}`));
});

test('watch: a name no stage has is exit 254, one two stages share exit 252, each one line', async t => {
	const {client, env} = await setUp(t);
	await client.send(new CreateStageCommand({name: 'twin'}));
	await client.send(new CreateStageCommand({name: 'twin'}));
	const missing = closeAtEnd(t, spawnCli(['watch', 'nobody'], {env}));
	t.is((await missing.exited).exitCode, 254);
	t.regex(missing.history(), /No stage is named nobody in /);
	const shared = closeAtEnd(t, spawnCli(['watch', 'twin'], {env}));
	t.is((await shared.exited).exitCode, 252);
	t.regex(shared.history(), /2 stages are named twin in .*; give the ARN of one: arn:/);
	t.notRegex(shared.history(), /\n\s+at /);
});

test('the start screen\'s "Your stages" (s) opens the stages screen; Esc comes back', async t => {
	const {client, env} = await setUp(t);
	await client.send(new CreateStageCommand({name: 'from-start'}));
	const session = closeAtEnd(t, spawnCli([], {env}));
	const start = await session.waitForText(/Your stages.*\(s\)/);
	t.regex(start, /s stages/);
	session.write('s');
	const list = await session.waitForText(/from-start\s+\S+\s+st-/);
	t.regex(list, /Stages in us-west-2 · 1/);
	session.write(escape);
	await session.waitForText('What would you like to do?');
	// q on the start quits as it always has: nothing created, exit 130.
	session.write('q');
	t.is((await session.exited).exitCode, 130);
	t.regex(session.history(), /No stage was created/);
});

test('stages with no region: the header says the list was not read, and ListStages\' whole reason is on screen, wrapped', async t => {
	const session = closeAtEnd(t, spawnCli(['stages'], {env: {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'}}));
	const screen = await session.waitForText('or set AWS_REGION.');
	t.regex(screen, /Stages in the default region · not read/);
	t.regex(screen, /ListStages failed: You must specify a region\. You can also configure your region\s*\n\s*by running "aws configure", or set AWS_REGION\./);
	t.notRegex(screen, /reading…|…\n/);
	session.write('q');
	t.is((await session.exited).exitCode, 0, session.history());
});
