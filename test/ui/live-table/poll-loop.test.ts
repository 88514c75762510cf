// The poller's schedule on a hand-driven clock, against the emulator through the real SDK client:
// the waits it asks for are read off its timers, so the backoff is checked without waiting for it.
import ava from 'ava';
import {startPollLoop, type PollLoop} from '../../../source/ui/live-table/poll-loop.js';
import type {LiveTableAction} from '../../../source/ui/live-table/use-live-table-state.js';
import {emulatorStage, type EmulatorStage} from './helpers/emulator-stage.js';
import {handTimers, type HandTimers} from './helpers/hand-timers.js';

// Each test runs its own emulator and client; one at a time keeps a loaded machine's polls quick.
const test = ava.serial;

/** Polls on a hand-driven clock come back to back: the emulator's request rates are off. */
async function stageWithoutLimits(t: {teardown(fn: () => unknown): void}): Promise<EmulatorStage> {
	return emulatorStage(t, undefined, {limits: false});
}

type Report = {action: LiveTableAction; urgent: boolean};

function startLoop(t: {teardown(fn: () => unknown): void}, stage: EmulatorStage): {hand: HandTimers; reports: Report[]; loop: PollLoop} {
	const hand = handTimers(Date.now());
	const reports: Report[] = [];
	const loop = startPollLoop({
		api: stage.api,
		stageArn: stage.response.stage!.arn!,
		intervalMs: 3000,
		now: hand.now,
		initialSessionId: stage.response.stage!.activeSessionId,
		timers: hand.timers,
		report(action, urgent) {
			reports.push({action, urgent});
		},
	});
	t.teardown(() => {
		loop.stop();
	});
	return {hand, reports, loop};
}

/** Lets the poll in flight settle, then runs the next one; returns the wait before it. */
async function nextPoll(hand: HandTimers): Promise<number> {
	await hand.settled(1);
	return hand.fireNext();
}

test('while nothing changes the wait doubles to ten intervals (3 s to 30 s); a change brings it back to 3 s', async t => {
	const stage = await stageWithoutLimits(t);
	const {hand, reports} = startLoop(t, stage);
	const waits: number[] = [];
	for (let poll = 0; poll < 6; poll++) {
		waits.push(await nextPoll(hand));
	}

	t.deepEqual(waits, [3000, 6000, 12_000, 24_000, 30_000, 30_000]);
	// The first answer, and each new wait, is drawn; the same answer at the same wait is not.
	t.deepEqual(
		reports.map(report => report.urgent),
		[true, true, true, true, true, false],
	);
	t.deepEqual(
		reports.map(report => (report.action.type === 'poll-succeeded' ? report.action.everyMs : undefined)),
		[3000, 6000, 12_000, 24_000, 30_000, 30_000],
	);

	await hand.settled(1);
	await stage.control('join', {token: stage.response.participantTokens![0]!.token});
	t.is(hand.fireNext(), 30_000);
	await hand.settled(1);
	t.is(hand.pending()[0]!.ms, 3000, 'the poll that saw the join waits the interval again');
	const last = reports.at(-1)!;
	t.true(last.urgent);
	t.like(last.action, {type: 'poll-succeeded', everyMs: 3000});
	t.is(last.action.type === 'poll-succeeded' ? last.action.participants[0]?.state : undefined, 'CONNECTED');
});

test('a key (wake) brings a slowed poller back to the interval at once, and says so', async t => {
	const stage = await stageWithoutLimits(t);
	const {hand, reports, loop} = startLoop(t, stage);
	for (let poll = 0; poll < 5; poll++) {
		await nextPoll(hand);
	}

	await hand.settled(1);
	t.is(hand.pending()[0]!.ms, 30_000);
	const before = reports.length;
	loop.wake();
	t.deepEqual(reports.slice(before), [{action: {type: 'poll-waits', everyMs: 3000}, urgent: true}]);
	t.is(hand.pending().length, 1, 'the slow timer is replaced, not joined');
	t.is(hand.pending()[0]!.ms, 3000);
	// Nothing changed, so from there it slows down again.
	t.is(await nextPoll(hand), 3000);
	await hand.settled(1);
	t.is(hand.pending()[0]!.ms, 6000);
	// A second key at the interval says nothing new.
	const quiet = reports.length;
	loop.wake();
	loop.wake();
	t.is(reports.length, quiet + 1);
	t.is(hand.pending()[0]!.ms, 3000);
});

test('failures keep their own backoff: doubling from the interval, and a key does not make them retry sooner', async t => {
	const stage = await stageWithoutLimits(t);
	const {hand, reports, loop} = startLoop(t, stage);
	await hand.settled(1);
	await stage.control('faults', {spec: 'error500=1,ops=ListParticipants,count=2'});
	t.is(hand.fireNext(), 3000);
	t.is(await nextPoll(hand), 6000);
	await hand.settled(1);
	t.is(hand.pending()[0]!.ms, 12_000);
	loop.wake();
	t.is(hand.pending()[0]!.ms, 12_000);
	t.deepEqual(
		reports.map(report => report.action.type),
		['poll-succeeded', 'poll-failed', 'poll-failed'],
	);
	t.is(hand.fireNext(), 12_000);
	await hand.settled(1);
	t.like(reports.at(-1), {urgent: true, action: {type: 'poll-succeeded'}});
});
