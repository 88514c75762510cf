// The poller of the live table, without React: one poll in flight at a time, the next one scheduled
// only after the last has settled (so slow answers can never stack requests up). The wait between
// polls grows while nothing changes (backoff.ts: 3 s, 6 s … 30 s) and is back to the interval after
// a change or a key press; after a failure it doubles (up to a minute). It takes its timers, so
// the schedule is tested with a hand-driven clock against the real emulator.
import type {ParticipantSummary} from '@aws-sdk/client-ivs-realtime';
import {errorLine} from '../../wizard/describe-error.js';
import {nextIdleDelay, nextPollDelay} from './backoff.js';
import {fetchParticipants, needsStageCheck, requestSpacingMs, type PollApi} from '../../stages/fetch-participants.js';
import {realTimers, type Timers} from './timers.js';
import type {LiveTableAction} from './use-live-table-state.js';

export type PollLoopOptions = {
	api: PollApi;
	stageArn: string;
	/** The wait between polls after a change or a key (at least requestSpacingMs). */
	intervalMs: number;
	now: () => number;
	initialSessionId: string | undefined;
	/**
	 * What a poll found. `urgent` is false when nothing a user can see changed but the time of the
	 * poll: the caller may hold that back for a frame drawn anyway rather than draw one for it.
	 */
	report: (action: LiveTableAction, urgent: boolean) => void;
	timers?: Timers;
};

export type PollLoop = {
	/** Poll as soon as the current poll (if any) is done, e.g. right after adding a token. */
	pollSoon: () => void;
	/** Someone pressed a key: polls come at the interval again, the next one within it. */
	wake: () => void;
	stop: () => void;
};

/** What a poll found, in a form two polls can be compared by. */
export function fingerprint(sessionId: string | undefined, participants: readonly ParticipantSummary[]): string {
	return JSON.stringify([sessionId ?? '', participants.map(participant => [participant.participantId, participant.userId, participant.state, participant.published]).sort()]);
}

export function startPollLoop(options: PollLoopOptions): PollLoop {
	const {api, stageArn, now, report} = options;
	const timers = options.timers ?? realTimers;
	const intervalMs = Math.max(options.intervalMs, requestSpacingMs);
	const controller = new AbortController();
	let sessionId = options.initialSessionId;
	let timer: unknown;
	let inFlight = false;
	let again = false;
	let failures = 0;
	let unchanged = 0;
	let polls = 0;
	let lastParticipants: ParticipantSummary[] | undefined;
	let lastFingerprint: string | undefined;
	// The wait the status line says ("every N s"), and when the last poll settled.
	let shownEveryMs: number | undefined;
	let settledAt = now();
	let waitMs = 0;

	const schedule = (delayMs: number) => {
		if (timer !== undefined) {
			timers.clear(timer);
		}

		waitMs = delayMs;
		timer = timers.set(() => {
			timer = undefined;
			void poll();
		}, delayMs);
	};

	const delay = () => (failures > 0 ? nextPollDelay(failures, intervalMs) : nextIdleDelay(unchanged, intervalMs));

	const poll = async () => {
		inFlight = true;
		again = false;
		try {
			const knownSessionId = sessionId;
			const checkStage = needsStageCheck(knownSessionId, lastParticipants, polls++);
			const snapshot = await fetchParticipants(api, stageArn, {signal: controller.signal, knownSessionId, checkStage});
			if (controller.signal.aborted) {
				return;
			}

			const recovered = failures > 0;
			failures = 0;
			lastParticipants = snapshot.participants;
			sessionId = snapshot.sessionId ?? sessionId;
			const found = fingerprint(snapshot.sessionId, snapshot.participants);
			const changed = found !== lastFingerprint;
			lastFingerprint = found;
			unchanged = changed ? 0 : unchanged + 1;
			const everyMs = delay();
			// A new wait is something to say: "every 3 s" must not stand while polls are 30 s apart.
			const urgent = changed || recovered || everyMs !== shownEveryMs;
			shownEveryMs = everyMs;
			report({type: 'poll-succeeded', at: now(), sessionId: snapshot.sessionId, participants: snapshot.participants, everyMs}, urgent);
		} catch (error) {
			if (controller.signal.aborted) {
				return;
			}

			failures++;
			shownEveryMs = undefined;
			report({type: 'poll-failed', message: errorLine(error, 'ListParticipants'), retryAt: now() + delay()}, true);
		} finally {
			inFlight = false;
			settledAt = now();
		}

		// Even an early poll waits the request spacing, so it cannot crowd the one just made.
		schedule(again ? requestSpacingMs : delay());
	};

	void poll();
	return {
		pollSoon() {
			if (controller.signal.aborted) {
				return;
			}

			if (inFlight) {
				again = true;
			} else {
				schedule(requestSpacingMs);
			}
		},
		wake() {
			if (controller.signal.aborted || unchanged === 0) {
				return;
			}

			// A failing service keeps its own backoff: keys do not make it retry sooner.
			unchanged = 0;
			if (failures > 0) {
				return;
			}

			shownEveryMs = intervalMs;
			report({type: 'poll-waits', everyMs: intervalMs}, true);
			if (!inFlight && waitMs > intervalMs) {
				schedule(Math.max(0, settledAt + intervalMs - now()));
			}
		},
		stop() {
			controller.abort();
			if (timer !== undefined) {
				timers.clear(timer);
				timer = undefined;
			}
		},
	};
}
