// `p`: the table publishes the shipped test pattern as a participant whose PUBLISH token it holds,
// in the background, until `p` again or the table closes. The publisher (werift, a chunk of its
// own) is imported on the first `p`, never before: a table nobody publishes from never loads it.
// The publishers live in a ref, not the reducer: they are running things, and the reducer only
// hears what they are doing (publish-changed) to draw the rows.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import type {Publisher} from '../../media/publisher.js';
import {safeText} from '../../output/safe-text.js';
import {publishClaims} from '../../media/token-claims.js';
import {useLatest} from '../hooks/use-latest.js';
import type {LiveTableAction, LocalPublish} from './use-live-table-state.js';

/** How long closing the table waits for the WHIP sessions' DELETEs before it leaves anyway. */
export const stopAllTimeoutMs = 5000;

type Running = {started: Promise<Publisher | undefined>; state: LocalPublish};

export type Publishers = {
	/** `p` on a row: start publishing as it, or stop. */
	toggle: (token: ParticipantToken, key: string) => void;
	/** Stops every publisher (DELETE each WHIP session); undefined when none runs, so closing need not wait. */
	stopAll: () => Promise<void> | undefined;
};

function whoIs(token: ParticipantToken): string {
	return safeText(token.userId || token.participantId || 'the participant');
}

/** Why this row cannot publish, or its WHIP URL. */
function whipUrlFor(token: ParticipantToken): {whipUrl: string} | {refusal: string} {
	if (!token.token) {
		return {refusal: `The table holds no token for ${whoIs(token)}: p publishes as a participant whose token it made or added (a)`};
	}

	if (!token.capabilities?.includes('PUBLISH')) {
		return {refusal: `${whoIs(token)}'s token cannot publish (it lacks the PUBLISH capability)`};
	}

	try {
		return {whipUrl: publishClaims(token.token).whipUrl};
	} catch (error) {
		return {refusal: `Cannot publish as ${whoIs(token)}: ${safeText((error as Error).message)}`};
	}
}

function messageOf(error: unknown): string {
	return safeText((error as Error).message ?? String(error));
}

export function usePublishers({dispatch, pollSoon}: {dispatch: Dispatch<LiveTableAction>; pollSoon: () => void}): Publishers {
	const running = useRef(new Map<string, Running>());
	const closing = useRef(false);
	const latest = useLatest({pollSoon});

	const changed = useCallback(
		(key: string, entry: Running | undefined, state: LocalPublish | undefined, notice?: {tone: 'info' | 'success' | 'error'; text: string}) => {
			if (entry) {
				entry.state = state ?? entry.state;
			}

			dispatch({type: 'publish-changed', key, state, ...(notice ? {notice} : {})});
		},
		[dispatch],
	);

	const start = useCallback(
		(token: ParticipantToken, key: string, whipUrl: string) => {
			const who = whoIs(token);
			const started = (async () => {
				const {publishTestPattern} = await import('../../media/test-pattern-publisher.js');
				return publishTestPattern(whipUrl, token.token!);
			})();
			const entry: Running = {started: started.catch(() => undefined), state: 'starting'};
			running.current.set(key, entry);
			changed(key, entry, 'starting', {tone: 'info', text: `Joining as ${who} with the test pattern…`});
			started.then(
				publisher => {
					if (closing.current) {
						// The table closed while it joined: stopAll is waiting on `started` to stop it.
						return;
					}

					changed(key, entry, 'publishing', {tone: 'success', text: `Publishing the test pattern as ${who}; p again stops it`});
					latest.current.pollSoon();
					void publisher.ended.then(reason => {
						if (reason === 'stopped' || running.current.get(key) !== entry) {
							return;
						}

						running.current.delete(key);
						changed(key, undefined, undefined, {tone: 'error', text: `Publishing as ${who} ended: ${safeText(reason)}`});
						latest.current.pollSoon();
					});
				},
				(error: unknown) => {
					running.current.delete(key);
					if (!closing.current) {
						changed(key, undefined, undefined, {tone: 'error', text: `Could not publish as ${who}: ${messageOf(error)}`});
					}
				},
			);
		},
		[changed, latest],
	);

	const stop = useCallback(
		(token: ParticipantToken, key: string, entry: Running) => {
			const who = whoIs(token);
			changed(key, entry, 'stopping', {tone: 'info', text: `Leaving as ${who}…`});
			void (async () => {
				const publisher = await entry.started;
				try {
					await publisher?.stop();
					changed(key, undefined, undefined, {tone: 'success', text: `Stopped publishing as ${who}; its WHIP session is deleted`});
				} catch (error) {
					changed(key, undefined, undefined, {tone: 'error', text: `Stopped publishing as ${who}, but the WHIP DELETE failed: ${messageOf(error)}`});
				} finally {
					running.current.delete(key);
					latest.current.pollSoon();
				}
			})();
		},
		[changed, latest],
	);

	const toggle = useCallback(
		(token: ParticipantToken, key: string) => {
			const entry = running.current.get(key);
			if (entry) {
				// Joining or leaving takes a moment; a second p then waits for it to settle.
				if (entry.state === 'publishing') {
					stop(token, key, entry);
				}

				return;
			}

			const target = whipUrlFor(token);
			if ('refusal' in target) {
				dispatch({type: 'failed', message: target.refusal});
				return;
			}

			start(token, key, target.whipUrl);
		},
		[dispatch, start, stop],
	);

	const stopAll = useCallback(() => {
		closing.current = true;
		const entries = [...running.current.values()];
		if (entries.length === 0) {
			return undefined;
		}

		running.current.clear();
		const signal = AbortSignal.timeout(stopAllTimeoutMs);
		return Promise.all(
			entries.map(async entry => {
				const publisher = await entry.started;
				await publisher?.stop(signal).catch(() => undefined);
			}),
		).then(() => undefined);
	}, []);

	// Unmounted some other way than through the table's own exit: the sessions still end.
	useEffect(
		() => () => {
			void stopAll();
		},
		[stopAll],
	);

	return {toggle, stopAll};
}
