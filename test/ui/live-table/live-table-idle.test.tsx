// What an idle live table draws: every frame Ink writes is counted (the test renderer writes one
// per render), over ten minutes of the table's life run on a hand-driven clock and timers, with
// its polls going to the emulator through the real SDK client. Left alone, a table whose tokens
// have hours left draws a frame when a countdown's minute changes, and none for a poll that
// found nothing new.
import ava from 'ava';
import {LiveTable} from '../../../source/ui/live-table/live-table.js';
import {renderInk} from '../../helpers/render-ink.js';
import {keys, settle, waitForFrame} from '../../helpers/wait-for.js';
import {emulatorStage} from './helpers/emulator-stage.js';
import {handTimers, type HandTimers} from './helpers/hand-timers.js';

const test = ava.serial;
const minute = 60_000;

function expiresColumn(frame: string): string {
	return frame
		.split('\n')
		.filter(line => / (alice|bob) /.test(line))
		.map(line => / (\d\d:\d\d(?::\d\d)?|expired) /.exec(line)?.[1] ?? '?')
		.join(' ');
}

/** Runs the clock's and the poller's timers in order until the hand clock reaches `until`. */
async function runUntil(hand: HandTimers, until: number): Promise<void> {
	while (hand.now() < until) {
		// The clock's timer and the poller's: a poll in flight sets its next one when it settles.
		await hand.settled(2);
		if (hand.pending()[0]!.at > until) {
			return;
		}

		hand.fireNext();
		await settle();
	}
}

test('left alone: a frame a minute while hours are left, none for a poll that changed nothing; a key polls at the interval again', async t => {
	const stage = await emulatorStage(
		t,
		{
			name: 'idle',
			participantTokenConfigurations: [
				{userId: 'alice', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 720},
				{userId: 'bob', capabilities: ['SUBSCRIBE'], duration: 120},
			],
		},
		{limits: false},
	);
	const hand = handTimers(Date.now());
	const view = renderInk(<LiveTable region="us-west-2" api={stage.api} response={stage.response} now={hand.now} timers={hand.timers} onExit={() => {}} />, {columns: 100, rows: 30});
	t.teardown(() => {
		view.unmount();
	});
	await waitForFrame(view, 'Updated');
	// Let the polls slow to their longest wait: then nothing but the countdowns has a reason to draw.
	while (!view.lastFrame()!.includes('every 30 s')) {
		await hand.settled(2);
		hand.fireNext();
		await settle();
	}

	await hand.settled(2);
	const start = hand.now();
	const framesBefore = view.frames.length;
	const pollsBefore = stage.requests.filter(name => name === 'ListParticipants').length;
	await runUntil(hand, start + 10 * minute);
	const frames = view.frames.slice(framesBefore - 1);
	const polls = stage.requests.filter(name => name === 'ListParticipants').length - pollsBefore;

	t.true(polls >= 19, `${polls} polls in ten minutes at 30 s`);
	// Ten minutes, ten minute changes per countdown: one frame each, and none of them without a new
	// countdown. The service stamps each token's expiry to the second, so two tokens made either side
	// of a second's turn change their minutes a second apart: a frame each, as each countdown is due.
	const countdowns = new Set(stage.response.participantTokens!.map(token => token.expirationTime!.getTime() % minute)).size;
	t.true(frames.length - 1 >= 9 && frames.length - 1 <= 10 * countdowns, `${frames.length - 1} frames in ten minutes for ${countdowns} countdown(s) changing at different seconds`);
	for (const [index, frame] of frames.slice(1).entries()) {
		t.not(expiresColumn(frame), expiresColumn(frames[index]!), `frame ${index + 1} shows a new countdown`);
	}

	t.regex(expiresColumn(view.lastFrame()!), /^11:\d\d 01:\d\d$/);

	// A key: the next poll within the interval, and the status line says so in the key's frame.
	await hand.settled(2);
	const pollsBeforeKey = stage.requests.filter(name => name === 'ListParticipants').length;
	view.stdin.write(keys.down);
	await waitForFrame(view, 'every 3 s');
	await runUntil(hand, hand.now() + 3000);
	await hand.settled(2);
	t.is(stage.requests.filter(name => name === 'ListParticipants').length, pollsBeforeKey + 1, 'a poll within 3 s of the key');
});

test('in the last hour the countdown shows seconds, and the clock wakes once a second for them', async t => {
	const stage = await emulatorStage(t, {name: 'soon', participantTokenConfigurations: [{userId: 'alice', duration: 61}]}, {limits: false});
	const hand = handTimers(Date.now());
	const view = renderInk(<LiveTable region="us-west-2" api={stage.api} response={stage.response} now={hand.now} timers={hand.timers} onExit={() => {}} />);
	t.teardown(() => {
		view.unmount();
	});
	let frame = await waitForFrame(view, 'Updated');
	t.regex(expiresColumn(frame), /^01:00$/);
	// The next change is the switch to seconds, within a minute.
	await runUntil(hand, hand.now() + minute);
	frame = view.lastFrame()!;
	t.regex(expiresColumn(frame), /^00:59:\d\d$/);
	const framesBefore = view.frames.length;
	const start = hand.now();
	await runUntil(hand, start + 5000);
	const shown = new Set(view.frames.slice(framesBefore).map(frame => expiresColumn(frame)));
	t.true(shown.size >= 4 && shown.size <= 5, `${[...shown].join(', ')} in 5 s`);
});
