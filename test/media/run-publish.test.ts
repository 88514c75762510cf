// `run --publish` against the emulator: the test pattern joins before the command starts, the
// command (a node one-liner, as a viewer app's end-to-end test would be) sees the participant
// published, and after the command the publisher DELETEs its session before the stage goes.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {DeleteStageCommand, GetStageCommand, ListParticipantEventsCommand, ListParticipantsCommand} from '@aws-sdk/client-ivs-realtime';
import type {WhipSessionView} from '../../source/emulator/whip/whip-sessions.js';
import {sdkClient} from '../emulator/helpers.js';
import {node, rig, startRun} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

/**
 * The command: waits until the emulator's WHIP endpoint has media from the participant run named
 * (IVS_PUBLISH_PARTICIPANT_ID), says so, then waits for the test to let it end (a file appears).
 */
const viewer = `
const [emulatorUrl, doneFile] = process.argv.slice(1);
const fs = require('node:fs');
const deadline = Date.now() + 40000;
(async () => {
	for (;;) {
		const {sessions} = await (await fetch(emulatorUrl + '/_emulator/whip')).json();
		const mine = sessions.find(session => session.participantId === process.env.IVS_PUBLISH_PARTICIPANT_ID && session.state === 'publishing');
		if (mine) { console.log('published ' + process.env.IVS_PUBLISH_PARTICIPANT_ID + ' ' + process.env.IVS_PUBLISH_USER_ID); break; }
		if (Date.now() > deadline) { console.log('never published'); process.exit(1); }
		await new Promise(resolve => setTimeout(resolve, 100));
	}
	while (!fs.existsSync(doneFile)) { await new Promise(resolve => setTimeout(resolve, 50)); }
})();
`;

test('run --publish: the test pattern publishes as the first PUBLISH participant while the command runs, then leaves (DELETE) before the stage is deleted', async t => {
	const r = await rig(t);
	const client = sdkClient(r.emulator);
	const doneFile = path.join(r.directory, 'done');
	const run = startRun(
		[...r.target, '--name', 'viewer-e2e', '--publish', '--participant-token-configurations', 'userId=watcher,capabilities=SUBSCRIBE', 'userId=camera,capabilities=PUBLISH', '--', node, '-e', viewer, r.emulator.url, doneFile],
		r.env,
	);
	const said = await waitFor(() => /published (\S+) (\S+)\n/.exec(run.stdout()), () => `the command to see the publisher; stdout: ${run.stdout()} stderr: ${run.stderr()}`, {timeout: 45_000});
	const [, participantId, userId] = said;
	t.is(userId, 'camera', 'the first participant with PUBLISH, not the first one');
	const [stageArn] = await r.stages();
	const {stage} = await client.send(new GetStageCommand({arn: stageArn}));
	const place = {stageArn, sessionId: stage!.activeSessionId};
	const {participants} = await client.send(new ListParticipantsCommand(place));
	t.like(participants?.find(participant => participant.participantId === participantId), {state: 'CONNECTED', published: true, userId: 'camera'});

	writeFileSync(doneFile, '');
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	t.is(run.stderr(), '');
	const sessions = ((await (await fetch(`${r.emulator.url}/_emulator/whip`)).json()) as {sessions: WhipSessionView[]}).sessions;
	t.deepEqual(sessions.map(session => [session.participantId, session.endReason]), [[participantId, 'DELETE']], 'the publisher left before the stage was deleted');
	t.deepEqual(await r.stages(), [], 'the stage is deleted');
});

test('run --publish --keep: the publisher has left the kept stage (JOINED, PUBLISH_STARTED, PUBLISH_STOPPED, LEFT) when run ends', async t => {
	const r = await rig(t);
	const client = sdkClient(r.emulator);
	const doneFile = path.join(r.directory, 'done');
	writeFileSync(doneFile, '');
	const run = startRun([...r.target, '--name', 'kept-e2e', '--publish', '--keep', '--participant-token-configurations', 'userId=camera', '--', node, '-e', viewer, r.emulator.url, doneFile], r.env);
	const end = await run.ended;
	t.is(end.code, 0, run.stderr());
	const [, participantId] = /published (\S+) camera\n/.exec(run.stdout()) ?? [];
	const [stageArn] = await r.stages();
	t.teardown(async () => {
		await client.send(new DeleteStageCommand({arn: stageArn}));
	});
	const {stage} = await client.send(new GetStageCommand({arn: stageArn}));
	const {events} = await client.send(new ListParticipantEventsCommand({stageArn, sessionId: stage!.activeSessionId, participantId}));
	t.deepEqual(events?.map(event => event.name), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'LEFT']);
});

test('run --publish with nobody who can publish is refused before anything is sent (252)', async t => {
	const r = await rig(t);
	const run = startRun([...r.target, '--name', 'nobody', '--publish', '--participant-token-configurations', 'userId=watcher,capabilities=SUBSCRIBE', '--', node, '-e', ''], r.env);
	const end = await run.ended;
	t.is(end.code, 252);
	t.is(run.stderr(), '--publish joins as the first participant with PUBLISH: give one in --participant-token-configurations (e.g. userId=camera,capabilities=PUBLISH)\n');
	t.deepEqual(await r.stages(), []);
});
