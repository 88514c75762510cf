// Polls the stage for its participants (poll-loop.ts) while the table is mounted: everything stops
// on unmount, the timer cleared and the request in flight aborted. A poll that found nothing new
// draws no frame of its own: its time is held back for the next frame drawn anyway.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {useLatest} from '../hooks/use-latest.js';
import type {PollApi} from '../../stages/fetch-participants.js';
import {startPollLoop, type PollLoop} from './poll-loop.js';
import type {Timers} from './timers.js';
import type {LiveTableAction} from './use-live-table-state.js';

export type PollingOptions = {
	api: PollApi;
	stageArn: string | undefined;
	intervalMs: number;
	now: () => number;
	dispatch: Dispatch<LiveTableAction>;
	initialSessionId: string | undefined;
	timers?: Timers | undefined;
};

export type Polling = {
	/** Poll as soon as the current poll (if any) is done, e.g. right after adding a token. */
	pollSoon: () => void;
	/** A key was pressed: poll at the interval again (polls slow down while nothing changes). */
	wake: () => void;
	/** Delivers a held-back result; the clock calls it when it ticks (see below). */
	flush: () => void;
};

export function useParticipantPolling(options: PollingOptions): Polling {
	const {api, stageArn, intervalMs, dispatch, timers} = options;
	const nowRef = useLatest(options.now);
	const initialSessionId = useRef(options.initialSessionId);
	const loop = useRef<PollLoop | undefined>(undefined);
	// A poll that found nothing new only moves "last updated": rather than a frame of its own, it
	// waits for the clock's next tick, which draws a frame anyway. Changes go out at once.
	const heldBack = useRef<LiveTableAction | undefined>(undefined);

	useEffect(() => {
		if (!stageArn) {
			return;
		}

		const running = startPollLoop({
			api,
			stageArn,
			intervalMs,
			now: () => nowRef.current(),
			initialSessionId: initialSessionId.current,
			...(timers ? {timers} : {}),
			report(action, urgent) {
				if (urgent) {
					heldBack.current = undefined;
					dispatch(action);
				} else {
					heldBack.current = action;
				}
			},
		});
		loop.current = running;
		return () => {
			running.stop();
			loop.current = undefined;
			heldBack.current = undefined;
		};
	}, [api, stageArn, intervalMs, dispatch, nowRef, timers]);

	const pollSoon = useCallback(() => {
		loop.current?.pollSoon();
	}, []);
	const wake = useCallback(() => {
		loop.current?.wake();
	}, []);
	const flush = useCallback(() => {
		const action = heldBack.current;
		heldBack.current = undefined;
		if (action) {
			dispatch(action);
		}
	}, [dispatch]);
	return {pollSoon, wake, flush};
}
