// The live table against the project's emulator through a real SDK client: rows, states from
// polling, failures and recovery, and every key. Frames are waited for, never slept on.
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {useEffect, useState} from 'react';
import ava from 'ava';
import {Text, useInput} from 'ink';
import {renderInk} from '../../helpers/render-ink.js';
import type {ParticipantTokenConfiguration} from '@aws-sdk/client-ivs-realtime';
import {tokenMask} from '../../../source/tokens/mask-token.js';
import {LiveTable, type LiveTableExit, type LiveTableProps, type ParticipantEditorProps} from '../../../source/ui/live-table/live-table.js';
import {emulatorStage} from './helpers/emulator-stage.js';
import {waitFor} from '../../helpers/wait-for.js';
import {waitForFrame} from './helpers/frames.js';

// One at a time: each test runs its own emulator, SDK client and Ink app in this one thread, and
// seventeen of them at once on a loaded machine starved the first poll past any sane wait.
const test = ava.serial;

const keys = {up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B'};

/** A clock the test moves by hand; the table reads it on every tick. */
function manualClock(start: number) {
	let time = start;
	return {
		now: () => time,
		set(value: number) {
			time = value;
		},
	};
}

function mount(props: Partial<LiveTableProps> & Pick<LiveTableProps, 'response' | 'api'>) {
	const exits: LiveTableExit[] = [];
	const view = renderInk(<LiveTable region="us-west-2" pollIntervalMs={100} onExit={result => exits.push(result)} {...props} />);
	return {...view, exits};
}

function row(frame: string, userId: string): string {
	return frame.split('\n').find(line => line.includes(` ${userId} `)) ?? '';
}

test('header: stage name, ARN, session, region and endpoints', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({api, response});
	t.teardown(() => view.unmount());
	const frame = await waitForFrame(view, 'Updated');
	const stage = response.stage!;
	t.true(frame.includes('Stage demo'));
	t.true(frame.includes('us-west-2'));
	t.true(frame.includes(stage.arn!));
	t.true(frame.includes(stage.activeSessionId!));
	t.true(frame.includes(stage.endpoints!.whip!));
	t.true(frame.includes(stage.endpoints!.events!));
	t.true(frame.includes(stage.endpoints!.rtmps!));
	t.true(row(frame, 'alice').includes(response.participantTokens![0]!.participantId!));
	t.true(row(frame, 'alice').includes('pub+sub'));
	t.true(row(frame, 'bob').includes('sub'));
});

test('the countdown follows the injected clock: 11:59 (no seconds above an hour), 00:59:58 in the last hour, the warning under 10 minutes, then expired', async t => {
	const {api, response} = await emulatorStage(t);
	const expiration = response.participantTokens![0]!.expirationTime!.getTime();
	const clock = manualClock(expiration - (720 * 60 - 2) * 1000);
	const view = mount({api, response, now: clock.now});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(row(frame, 'alice').includes(' 11:59 '), row(frame, 'alice'));
	t.true(row(frame, 'bob').includes(' 00:59:58 '), row(frame, 'bob'));

	clock.set(expiration - 9 * 60 * 1000);
	frame = await waitForFrame(view, frame => row(frame, 'alice').includes('00:09:00'));
	// Bob's 60-minute token expired long before.
	t.true(row(frame, 'bob').includes('expired'));

	clock.set(expiration + 1);
	frame = await waitForFrame(view, frame => row(frame, 'alice').includes('expired'));
	t.notRegex(row(frame, 'alice'), /\d\d:\d\d:\d\d/, 'no countdown left on an expired token');
});

test('rows turn connected, publishing and disconnected as participants join through the emulator', async t => {
	const {api, response, control} = await emulatorStage(t);
	const view = mount({api, response});
	t.teardown(() => view.unmount());
	await waitForFrame(view, frame => row(frame, 'alice').includes('waiting') && row(frame, 'bob').includes('waiting'));

	const aliceToken = response.participantTokens![0]!.token!;
	await control('join', {token: aliceToken});
	const frame = await waitForFrame(view, frame => row(frame, 'alice').includes('connected'));
	t.true(row(frame, 'bob').includes('waiting'));

	await control('join', {token: aliceToken, publish: true});
	await waitForFrame(view, frame => row(frame, 'alice').includes('publishing'));

	await control('leave', {token: aliceToken});
	await waitForFrame(view, frame => row(frame, 'alice').includes('disconnected'));

	// Joining by stage ARN and user ID (no token) is matched to the row by its unique userId.
	await control('join', {stageArn: response.stage!.arn, userId: 'bob'});
	const last = await waitForFrame(view, frame => row(frame, 'bob').includes('connected'));
	t.true(row(last, 'alice').includes('disconnected'), 'bob joining leaves alice as she was');
});

test('a failing poll is shown, retried with backoff, and the table recovers', async t => {
	const {api, response, control} = await emulatorStage(t);
	const view = mount({api, response});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');

	// Exactly one poll fails, whichever moment it comes: a fault left on until the test cleared it
	// failed poll after poll under load, and the doubling backoff outgrew the wait for recovery.
	await control('faults', {spec: 'error500=1,ops=ListParticipants,count=1'});
	const failedAt = await waitFor(
		() => view.frames.findIndex(frame => frame.includes('Polling failed')) + 1,
		() => `a frame with "Polling failed"; the last was:\n${view.lastFrame() ?? ''}`,
	);
	t.regex(view.frames[failedAt - 1]!, /Polling failed \((retrying in \d+ s|retrying now), last updated \d\d:\d\d:\d\d\): InternalServerException/);

	// The next poll succeeds: the table recovers by itself, with nothing cleared.
	const frame = await waitFor(
		() => view.frames.slice(failedAt).find(frame => frame.includes('Updated') && !frame.includes('Polling failed')),
		() => `a recovered frame after the failure; the last was:\n${view.lastFrame() ?? ''}`,
	);
	t.true(row(frame, 'alice').includes('waiting'));
});

test('Enter shows details with the token masked; r reveals and masks it', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({api, response});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	const token = response.participantTokens![0]!;

	view.stdin.write(keys.enter);
	let frame = await waitForFrame(view, 'Participant alice');
	t.true(frame.includes(token.participantId!));
	t.true(frame.includes('role=host'));
	t.true(frame.includes(token.expirationTime!.toISOString()));
	t.true(frame.includes('720 min (12 h)'));
	t.true(frame.includes(tokenMask));
	t.false(frame.includes(token.token!.slice(0, 20)));

	view.stdin.write('r');
	frame = await waitForFrame(view, frame => !frame.includes(tokenMask));
	// The token wraps over several lines; its start is on the first of them.
	t.true(frame.includes(token.token!.slice(0, 20)));

	view.stdin.write('r');
	await waitForFrame(view, tokenMask);

	view.stdin.write(keys.escape);
	frame = await waitForFrame(view, frame => frame.includes('User ID') && frame.includes('Caps'));
	t.false(frame.includes('Participant alice'));
});

test('revealTokens starts revealed', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({api, response, revealTokens: true});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	view.stdin.write(keys.enter);
	const frame = await waitForFrame(view, 'Participant alice');
	t.true(frame.includes(response.participantTokens![0]!.token!.slice(0, 20)));
	t.true(frame.includes('r mask'));
});

test('c copies the selected token through the injected clipboard', async t => {
	const {api, response} = await emulatorStage(t);
	const copied: string[] = [];
	const view = mount({api, response, clipboard: {write: async text => void copied.push(text)}});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');

	view.stdin.write('c');
	await waitForFrame(view, 'Copied the token for alice');
	view.stdin.write(keys.down);
	await waitForFrame(view, frame => row(frame, 'bob').startsWith('›'));
	view.stdin.write('c');
	await waitForFrame(view, 'Copied the token for bob');
	t.deepEqual(copied, [response.participantTokens![0]!.token, response.participantTokens![1]!.token]);
});

test('Ctrl+C never copies: it quits at once, the way the rest of the wizard does, from the table or an overlay', async t => {
	const {api, response} = await emulatorStage(t);
	for (const overlay of [undefined, keys.enter, '?']) {
		const copied: string[] = [];
		const view = mount({api, response, clipboard: {write: async text => void copied.push(text)}});
		await waitForFrame(view, 'Updated');
		if (overlay) {
			view.stdin.write(overlay);
			await waitForFrame(view, frame => frame.includes('Participant alice') || frame.includes('Keys'));
		}

		view.stdin.write('\u0003');
		await waitForFrame({lastFrame: () => (view.exits.length > 0 ? 'exited' : '')}, 'exited');
		t.is(view.exits[0]!.reason, 'interrupt');
		t.deepEqual(copied, []);
		t.false(view.lastFrame()!.includes('Copied'));
		view.unmount();
	}
});

test('a clipboard failure is reported, not thrown', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({
		api,
		response,
		clipboard: {
			async write() {
				throw new Error('no clipboard here');
			},
		},
	});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	view.stdin.write('c');
	const frame = await waitForFrame(view, 'Could not copy the token: no clipboard here');
	t.false(frame.includes('Copied'));
	t.true(row(frame, 'alice').startsWith('›'), 'the table stays, its selection too');
	t.deepEqual(view.exits, []);
});

test('x exports the tokens to a 0600 file, shows its path, and q hands the path on', async t => {
	const {api, response} = await emulatorStage(t);
	const directory = await mkdtemp(path.join(tmpdir(), 'live-table-x-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	const view = mount({api, response, exportDirectory: directory});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');

	view.stdin.write('x');
	const frame = await waitForFrame(view, 'Tokens exported to');
	const [exportPath] = (await import('node:fs')).readdirSync(directory).map(name => path.join(directory, name));
	t.truthy(exportPath);
	t.true(frame.includes(path.basename(exportPath!)));
	t.is((await stat(exportPath!)).mode & 0o777, 0o600);
	const content = JSON.parse(await readFile(exportPath!, 'utf8'));
	t.deepEqual(
		content.participantTokens.map((token: {userId: string; token: string}) => [token.userId, token.token]),
		response.participantTokens!.map(token => [token.userId, token.token]),
	);

	view.stdin.write('q');
	await waitForFrame({lastFrame: () => (view.exits.length > 0 ? 'exited' : '')}, 'exited');
	t.is(view.exits.length, 1);
	t.is(view.exits[0]!.reason, 'quit');
	t.is(view.exits[0]!.exportPath, exportPath);
	t.is(view.exits[0]!.response.stage?.arn, response.stage?.arn);
});

/** The simplest editor: Enter submits a fixed configuration, Esc cancels. */
function FixedEditor({onSubmit, onCancel, config}: ParticipantEditorProps & {config: ParticipantTokenConfiguration}) {
	const [typed, setTyped] = useState('');
	useInput((input, key) => {
		if (key.return) {
			onSubmit({...config, userId: typed || config.userId});
		} else if (key.escape) {
			onCancel();
		} else {
			setTyped(previous => previous + input);
		}
	});
	// Says "ready" once its input hook is listening (effects run in order), so the test types no
	// sooner than a user could.
	const [ready, setReady] = useState(false);
	useEffect(() => {
		setReady(true);
	}, []);
	return <Text>Editor{ready ? ' ready' : ''}: userId [{typed}]</Text>;
}

test('a adds a participant token with the editor; the new row appears and j hands it on', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({
		api,
		response,
		renderParticipantEditor: editor => <FixedEditor {...editor} config={{capabilities: ['SUBSCRIBE'], duration: 90, attributes: {seat: '7'}}} />,
	});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');

	// Esc in the editor cancels, and the table keys work again.
	view.stdin.write('a');
	await waitForFrame(view, 'Editor ready');
	view.stdin.write(keys.escape);
	await waitForFrame(view, frame => frame.includes('Caps') && !frame.includes('Editor'));

	view.stdin.write('a');
	await waitForFrame(view, 'Editor ready: userId []');
	view.stdin.write('carol');
	await waitForFrame(view, 'Editor ready: userId [carol]');
	view.stdin.write(keys.enter);
	const frame = await waitForFrame(view, frame => row(frame, 'carol').includes('waiting'));
	t.true(frame.includes('Added a token for carol'));
	t.true(row(frame, 'carol').startsWith('›'), 'the new row is selected');
	// 90 minutes, so no seconds: 01:29 a moment after it was made (01:30 in the same millisecond).
	t.regex(row(frame, 'carol'), / 01:(29|30) /);

	view.stdin.write('j');
	await waitForFrame({lastFrame: () => (view.exits.length > 0 ? 'exited' : '')}, 'exited');
	const [exit] = view.exits;
	t.is(exit!.reason, 'json');
	t.deepEqual(exit!.response.participantTokens!.map(token => token.userId), ['alice', 'bob', 'carol']);
	t.deepEqual(exit!.response.participantTokens![2]!.attributes, {seat: '7'});
	// Only carol's is new here: the final report prints it after q, which would not print the others.
	t.deepEqual(exit!.added?.map(token => token.userId), ['carol']);
});

test('a service error from CreateParticipantToken is shown and the table stays', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({
		api,
		response,
		// 20 160 minutes is the service's maximum; one more is a ValidationException.
		renderParticipantEditor: editor => <FixedEditor {...editor} config={{userId: 'dave', duration: 20_161}} />,
	});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	view.stdin.write('a');
	await waitForFrame(view, 'Editor ready');
	view.stdin.write(keys.enter);
	const frame = await waitForFrame(view, 'CreateParticipantToken failed');
	t.regex(frame, /ValidationException/);
	t.false(frame.includes(' dave '));
});

test('a and s are offered only when the router supplies them; s calls onSavePreset', async t => {
	const {api, response} = await emulatorStage(t);
	let saves = 0;
	const plain = mount({api, response});
	t.teardown(() => plain.unmount());
	let frame = await waitForFrame(plain, 'Updated');
	t.false(frame.includes('a add'));
	t.false(frame.includes('s save'));
	plain.unmount();

	const withSave = mount({api, response, onSavePreset: () => saves++});
	t.teardown(() => withSave.unmount());
	frame = await waitForFrame(withSave, 'Updated');
	t.true(frame.includes('s save preset'));
	withSave.stdin.write('s');
	await waitForFrame({lastFrame: () => (saves > 0 ? 'saved' : '')}, 'saved');
	t.is(saves, 1);
});

test('? lists every key; Esc closes it', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({api, response, onSavePreset() {}});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(frame.includes('q quit'));
	t.true(frame.includes('? help'));

	view.stdin.write('?');
	frame = await waitForFrame(view, 'Keys');
	for (const text of ['↑/↓', 'Enter', 'OSC 52', 'reveal or mask', 'mode 0600', '--output json', 'preset', 'quit;']) {
		t.true(frame.includes(text), text);
	}

	view.stdin.write(keys.escape);
	frame = await waitForFrame(view, frame => !frame.includes('Keys') && frame.includes('Caps'));
	t.true(row(frame, 'alice').includes('pub+sub'));
	t.deepEqual(view.exits, [], 'Esc closes the help, not the table');
});

test('q exits once, even when pressed twice', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mount({api, response});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	view.stdin.write('q');
	view.stdin.write('q');
	await waitForFrame({lastFrame: () => (view.exits.length > 0 ? 'exited' : '')}, 'exited');
	t.is(view.exits.length, 1);
	t.deepEqual(view.exits[0]!.response.participantTokens, response.participantTokens);
});

test('after unmount, no more requests: the timer is cleared and the poll in flight aborted', async t => {
	const {api, response, requests} = await emulatorStage(t);
	const view = mount({api, response, pollIntervalMs: 20});
	await waitForFrame(view, 'Updated');
	// Two full polls have run, so the loop is going.
	await waitForFrame({lastFrame: () => String(requests.filter(name => name === 'ListParticipants').length)}, frame => Number(frame) >= 2);
	view.unmount();
	const count = requests.length;
	// Proving an absence needs time to pass; a witness measures it instead of a clock: a second
	// table at the same interval, mounted now, polls five times, in which the first would have
	// polled again: while nothing changes its wait grows to at most ten intervals (2.5 s at the
	// 250 ms floor), and the witness's first five polls span 0.25 + 0.5 + 1 + 2 = 3.75 s.
	const witness = await emulatorStage(t);
	const witnessView = mount({api: witness.api, response: witness.response, pollIntervalMs: 20});
	t.teardown(() => witnessView.unmount());
	await waitFor(
		() => witness.requests.filter(name => name === 'ListParticipants').length >= 5,
		() => `five polls of the witness table; it made ${witness.requests.length} requests`,
	);
	t.is(requests.length, count);
});

test('however short the interval asked for, requests stay under 5 a second', async t => {
	const {api, response, control, requests, requestTimes} = await emulatorStage(t);
	const view = mount({api, response, pollIntervalMs: 1});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');
	// A join makes the next polls check the stage too (GetStage and ListParticipants).
	await control('join', {token: response.participantTokens![0]!.token});
	await waitForFrame(view, frame => row(frame, 'alice').includes('connected'));
	await control('leave', {token: response.participantTokens![0]!.token});
	await waitForFrame(view, frame => row(frame, 'alice').includes('disconnected'));
	await waitForFrame({lastFrame: () => String(requestTimes.length)}, count => Number(count) >= 12, {timeoutMs: 10_000});
	const times = requestTimes.filter((_, index) => requests[index] !== 'CreateStage');
	const busiest = Math.max(...times.map(start => times.filter(time => time >= start && time < start + 1000).length));
	t.true(busiest <= 4, `${busiest} requests in one second`);
	t.true(requests.includes('GetStage'));
	t.false(view.lastFrame()!.includes('Polling failed'));
});
