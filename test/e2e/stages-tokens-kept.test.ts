// Tokens added with `a` in `stages` and `watch` are the user's: the tool keeps them nowhere, so
// however the screen ends (q on the list after Esc from the table, q or Ctrl+C in a table) they
// are printed on stdout as j prints them, and each joins the stage. A real pseudo-terminal against
// the emulator.
import test from 'ava';
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import {cliWorld, type startTestEmulator} from '../emulator/helpers.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';

const enter = '\r';
const escape = '\u001B';
const ctrlC = '\u0003';

async function setUp(t: Parameters<typeof startTestEmulator>[0]) {
	const {client, env, join} = await cliWorld(t, 'ivs-tokens-kept-');
	/** The stage a token joins, as the emulator's join says; undefined when it refuses it. */
	const joins = async (token: string): Promise<string | undefined> => {
		const joined = await join({token});
		return joined.ok ? joined.stageArn : undefined;
	};

	return {client, env, joins};
}

function started(t: Parameters<typeof startTestEmulator>[0], session: PtySession): PtySession {
	t.teardown(() => {
		session.kill();
	});
	return session;
}

/** `a` in a table: the participant editor, a user ID, every other field as it is, Create token. */
async function addToken(session: PtySession, userId: string): Promise<void> {
	session.write('a');
	await session.waitForText('New participant token');
	session.write(userId);
	await session.waitForText(userId);
	for (const field of [/› Can/, /› Token lifetime/, /› Attributes/, /› \[ Create token \]/]) {
		session.write(enter);
		await session.waitForText(field);
	}

	session.write(enter);
	await session.waitForText(`Added a token for ${userId}`);
}

/** The tokens printed after the screen went: each user ID with its token, from the JSON as j prints it. */
function printedTokens(history: string): Map<string, string> {
	const tokens = new Map<string, string>();
	for (const [, block] of history.matchAll(/\{\s*"participantId"([^}]*)\}/g)) {
		const userId = /"userId": "([^"]*)"/.exec(block!)?.[1];
		const token = /"token": "([^"]+)"/.exec(block!)?.[1];
		if (userId && token) {
			tokens.set(userId, token);
		}
	}

	return tokens;
}

test('stages: a token added in a table, Esc back to the list, shown again in its table, printed on q and joins', async t => {
	const {client, env, joins} = await setUp(t);
	const stage = (await client.send(new CreateStageCommand({name: 'guests'}))).stage!;
	const session = started(t, spawnCli(['stages'], {env, columns: 100, rows: 30}));
	await session.waitForText(/guests\s+\S+[\s\S]*Enter open/);
	session.write(enter);
	await session.waitForText(/Stage guests/);
	await addToken(session, 'late-guest');

	// Back to the list, and the table opened again: the token is still there.
	session.write(escape);
	await session.waitForText(/Stages in us-west-2 · 1/);
	session.write(enter);
	await session.waitForText(/late-guest\s+\S+\s+pub\+sub/);
	session.write(escape);
	await session.waitForText(/Stages in us-west-2 · 1/);
	session.write('q');
	t.is((await session.exited).exitCode, 0);

	const history = session.history();
	t.true(history.includes('\n1 token added here is printed above: the tool keeps it nowhere else.\n'), history);
	t.true(history.includes(`"arn": "${stage.arn}"`), history);
	const tokens = printedTokens(history);
	t.deepEqual([...tokens.keys()], ['late-guest']);
	t.is(await joins(tokens.get('late-guest')!), stage.arn);
});

test('watch: tokens added are printed when Ctrl+C ends it (130), each joins the stage', async t => {
	const {client, env, joins} = await setUp(t);
	const stage = (await client.send(new CreateStageCommand({name: 'watched'}))).stage!;
	const session = started(t, spawnCli(['watch', 'watched'], {env, columns: 100, rows: 30}));
	await session.waitForText(/Stage watched/);
	await addToken(session, 'first-guest');
	await addToken(session, 'second-guest');
	session.write(ctrlC);
	t.is((await session.exited).exitCode, 130);

	const history = session.history();
	t.true(history.includes('\n2 tokens added here are printed above: the tool keeps them nowhere else.\n'), history);
	const tokens = printedTokens(history);
	t.deepEqual([...tokens.keys()].sort(), ['first-guest', 'second-guest']);
	for (const token of tokens.values()) {
		t.is(await joins(token), stage.arn);
	}
});

test('the wizard\'s "Your stages": a token added there, Esc back to the start, q: printed at the end, and it joins', async t => {
	const {client, env, joins} = await setUp(t);
	const stage = (await client.send(new CreateStageCommand({name: 'from-start'}))).stage!;
	const session = started(t, spawnCli([], {env, columns: 100, rows: 30}));
	await session.waitForText(/Your stages.*\(s\)/);
	session.write('s');
	await session.waitForText(/from-start\s+\S+[\s\S]*Enter open/);
	session.write(enter);
	await session.waitForText(/Stage from-start/);
	await addToken(session, 'guest-of-start');
	session.write(escape);
	await session.waitForText(/Stages in us-west-2 · 1/);
	session.write(escape);
	await session.waitForText('What would you like to do?');
	session.write('q');
	t.is((await session.exited).exitCode, 130);

	const history = session.history();
	t.regex(history, /No stage was created/);
	t.true(history.includes('\n1 token added here is printed above: the tool keeps it nowhere else.\n'), history);
	const tokens = printedTokens(history);
	t.deepEqual([...tokens.keys()], ['guest-of-start']);
	t.is(await joins(tokens.get('guest-of-start')!), stage.arn);
});
