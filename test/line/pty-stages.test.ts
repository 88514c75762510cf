// Line mode's `stages --plain` and `watch --plain` in a real pseudo-terminal against the emulator:
// the region's stages listed (names, sessions, who is connected, tags), a token added to one (the
// wizard's participant questions; the token printed whole, and it joins), a stage deleted after the
// question that names it (gone through the SDK), and `watch --plain NAME` showing who is there.
import test from 'ava';
import {CreateStageCommand, ListStagesCommand} from '@aws-sdk/client-ivs-realtime';
import {cliWorld, type startTestEmulator} from '../emulator/helpers.js';
import {keys, spawnLine, type LinePty} from './helpers/line-pty.js';

async function setUp(t: Parameters<typeof startTestEmulator>[0]) {
	return cliWorld(t, 'ivs-line-stages-');
}

function started(t: Parameters<typeof startTestEmulator>[0], session: LinePty): LinePty {
	t.teardown(() => {
		session.kill();
	});
	return session;
}

/**
 * Down presses to a stage in "Which stage?": the cursor starts on Quit, the last choice, and the
 * list goes round, so the first stage is one press away; the stages are in the order last listed.
 */
function downsTo(transcript: string, name: string): string[] {
	const lastList = transcript.slice(transcript.search(/^\d+ stages?\n(?![\s\S]*^\d+ stages?\n)/m));
	const listed = [...lastList.matchAll(/^ {2}(\S+) {2}arn:/gm)].map(match => match[1]);
	if (!listed.includes(name)) {
		throw new Error(`${name} is not listed in:\n${lastList}`);
	}

	return Array.from({length: listed.indexOf(name) + 1}, () => keys.down);
}

test('stages --plain: the list, a token added to one stage (printed, and it joins), another deleted after the question and gone', async t => {
	const {client, env, join} = await setUp(t);
	const guests = (await client.send(new CreateStageCommand({name: 'guests', tags: {team: 'video'}}))).stage!;
	const doomed = (await client.send(new CreateStageCommand({name: 'doomed'}))).stage!;
	t.true((await join({stageArn: guests.arn, userId: 'early-bird'})).ok);
	const session = started(t, spawnLine(['stages', '--plain'], {env, columns: 200}));

	const listed = await session.waitForText(/\? Which stage\?/);
	t.regex(listed, /2 stages/);
	t.regex(listed, new RegExp(`guests {2}${guests.arn} {2}session st-\\S+ {2}1 connected {2}team=video`));
	t.regex(listed, new RegExp(`doomed {2}${doomed.arn} {2}session \\S+ {2}0 connected`));

	// A token for a late guest: the wizard's participant questions, then the token printed whole.
	await session.answer('Which stage?', ...downsTo(listed, 'guests'), keys.enter);
	const stageMenu = `Stage guests (${guests.arn})`;
	await session.answer(stageMenu, keys.down, keys.enter);
	await session.answer('User ID', 'late-guest', keys.enter);
	await session.answer('Can', keys.enter);
	await session.answer('Token lifetime (minutes)', '60', keys.enter);
	await session.answer('Attributes', keys.enter);
	const tokenLines = /^✔ Token for late-guest \(participant \S+\):\n(\S+)\n/m;
	const token = tokenLines.exec(await session.waitForText(tokenLines))![1]!;
	t.regex(token, /^[\w-]+\.[\w-]+\.[\w-]+$/, 'a JWT, whole');
	const joined = await join({token});
	t.true(joined.ok);
	t.is(joined.stageArn, guests.arn);
	await session.answer(stageMenu, keys.up, keys.enter);

	// The other stage, deleted after a question that names it; back at the list it is gone.
	const again = await session.waitForText(/ Back\nReading the stages \(ListStages\)…\n[\s\S]*\? Which stage\?/);
	await session.answer('Which stage?', ...downsTo(again, 'doomed'), keys.enter);
	const doomedMenu = `Stage doomed (${doomed.arn})`;
	await session.answer(doomedMenu, keys.down, keys.down, keys.down, keys.enter);
	await session.answer(`Delete stage ${doomedMenu.slice('Stage '.length)}?`, 'y', keys.enter);
	await session.waitForText(`\n✔ Deleted stage doomed (${doomed.arn})\n`);
	const remaining = await client.send(new ListStagesCommand({}));
	t.deepEqual(remaining.stages?.map(stage => stage.arn), [guests.arn]);
	const after = await session.waitForText(/Deleted stage doomed[\s\S]*1 stage\n[\s\S]*\? Which stage\?/);
	t.notRegex(after.slice(after.lastIndexOf('1 stage')), /doomed/);

	await session.answer('Which stage?', keys.enter);
	t.is((await session.exited).exitCode, 0);
	// Each outcome is marked once: ✔ or ✗, never twice.
	t.notRegex(session.transcript(), /✔ ✔|✗ ✗/);
});

test('watch --plain NAME: the stage\'s questions; who is there, and back out', async t => {
	const {client, env, join} = await setUp(t);
	const stage = (await client.send(new CreateStageCommand({name: 'elsewhere'}))).stage!;
	t.true((await join({stageArn: stage.arn, userId: 'remote-guest', publish: true})).ok);
	const session = started(t, spawnLine(['watch', 'elsewhere', '--plain'], {env, columns: 200}));
	const menu = `Stage elsewhere (${stage.arn})`;
	await session.answer(menu, keys.enter);
	const shown = await session.waitForText(/Session st-\S+: 1 participant\n {2}remote-guest {2}\S+ {2}CONNECTED publishing/);
	t.regex(shown, /remote-guest/);
	await session.answer(menu, keys.up, keys.enter);
	t.is((await session.exited).exitCode, 0);
});
