// Polls the stage for its participants: one poll in flight at a time, the next one scheduled only
// after the last has settled (so slow answers can never stack requests up), doubling the wait after
// each failure. Everything stops on unmount: the timer is cleared and the request in flight aborted.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import type {ParticipantSummary} from '@aws-sdk/client-ivs-realtime';
import {errorLine} from '../../wizard/describe-error.js';
import {useLatest} from '../hooks/use-latest.js';
import {nextPollDelay} from './backoff.js';
import {fetchParticipants, needsStageCheck, requestSpacingMs, type PollApi} from './fetch-participants.js';
import type {LiveTableAction} from './use-live-table-state.js';

export type PollingOptions = {
	api: PollApi;
	stageArn: string | undefined;
	intervalMs: number;
	now: () => number;
	dispatch: Dispatch<LiveTableAction>;
	initialSessionId: string | undefined;
};

export type Polling = {
	/** Poll as soon as the current poll (if any) is done, e.g. right after adding a token. */
	pollSoon: () => void;
	/** Delivers a held-back result; the clock calls it on its tick (see below). */
	flush: () => void;
};

/** What a poll found, in a form two polls can be compared by. */
export function fingerprint(sessionId: string | undefined, participants: readonly ParticipantSummary[]): string {
	return JSON.stringify([sessionId ?? '', participants.map(participant => [participant.participantId, participant.userId, participant.state, participant.published]).sort()]);
}

export function useParticipantPolling(options: PollingOptions): Polling {
	const {api, stageArn, dispatch} = options;
	// However short an interval the caller asks for, request starts stay 250 ms apart: 4 a second,
	// under the 5 the service allows for each of GetStage and ListParticipants.
	const intervalMs = Math.max(options.intervalMs, requestSpacingMs);
	const nowRef = useLatest(options.now);
	const sessionIdRef = useRef(options.initialSessionId);
	const pollSoonRef = useRef<() => void>(() => {});
	// A poll that found nothing new only moves "last updated"; rather than a frame of its own, it is
	// held back for the clock's next tick, which draws a frame anyway. Changes go out at once.
	const heldBack = useRef<LiveTableAction | undefined>(undefined);

	useEffect(() => {
		if (!stageArn) {
			return;
		}

		const controller = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		let inFlight = false;
		let again = false;
		let failures = 0;
		let polls = 0;
		let lastParticipants: ParticipantSummary[] | undefined;
		let lastFingerprint: string | undefined;

		const schedule = (delayMs: number) => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				void poll();
			}, delayMs);
		};

		const poll = async () => {
			inFlight = true;
			again = false;
			try {
				const knownSessionId = sessionIdRef.current;
				const checkStage = needsStageCheck(knownSessionId, lastParticipants, polls++);
				const snapshot = await fetchParticipants(api, stageArn, {signal: controller.signal, knownSessionId, checkStage});
				if (controller.signal.aborted) {
					return;
				}

				const recovered = failures > 0;
				failures = 0;
				lastParticipants = snapshot.participants;
				sessionIdRef.current = snapshot.sessionId ?? sessionIdRef.current;
				const found = fingerprint(snapshot.sessionId, snapshot.participants);
				const action: LiveTableAction = {type: 'poll-succeeded', at: nowRef.current(), sessionId: snapshot.sessionId, participants: snapshot.participants};
				if (found === lastFingerprint && !recovered) {
					heldBack.current = action;
				} else {
					heldBack.current = undefined;
					lastFingerprint = found;
					dispatch(action);
				}
			} catch (error) {
				if (controller.signal.aborted) {
					return;
				}

				failures++;
				heldBack.current = undefined;
				const delayMs = nextPollDelay(failures, intervalMs);
				dispatch({type: 'poll-failed', message: errorLine(error, 'ListParticipants'), retryAt: nowRef.current() + delayMs});
			} finally {
				inFlight = false;
			}

			// Even an early poll waits the request spacing, so it cannot crowd the one just made.
			schedule(again ? requestSpacingMs : nextPollDelay(failures, intervalMs));
		};

		pollSoonRef.current = () => {
			if (controller.signal.aborted) {
				return;
			}

			if (inFlight) {
				again = true;
			} else {
				schedule(requestSpacingMs);
			}
		};

		void poll();
		return () => {
			controller.abort();
			clearTimeout(timer);
			heldBack.current = undefined;
			pollSoonRef.current = () => {};
		};
	}, [api, stageArn, intervalMs, dispatch, nowRef]);

	const pollSoon = useCallback(() => {
		pollSoonRef.current();
	}, []);
	const flush = useCallback(() => {
		const action = heldBack.current;
		heldBack.current = undefined;
		if (action) {
			dispatch(action);
		}
	}, [dispatch]);
	return {pollSoon, flush};
}
