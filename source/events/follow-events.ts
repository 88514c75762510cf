// `events --follow`: read the stage's events again and again, and hand on only those not seen
// before. The schedule is the live table's (basics/backoff.ts): the interval after a poll
// that found something new, doubling while nothing changes (3 s … 30 s), and doubling after
// failures (up to a minute), which are said on stderr and retried; a refusal that no retry can
// change (the stage was deleted, access was taken away) ends it, with its line and exit code.
// A session that had ended when a poll began is read once more and then no longer: it cannot
// change. Stops, without an error, when `signal` aborts (Ctrl+C).
import type {StageSessionSummary} from '@aws-sdk/client-ivs-realtime';
import {CliError, ServiceError} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {nextIdleDelay, nextPollDelay} from '../basics/backoff.js';
import {realTimers, type Timers} from '../basics/timers.js';
import {fetchStageTimeline, type TimelineApi, type TimelineEvent} from './stage-timeline.js';

export type FollowApi = TimelineApi & Pick<IvsApi, 'getStage'>;

/**
 * The events already handed on, counted by what they say: an event has no ID, and a participant who
 * joins and leaves twice in one second has two events that read the same, both to be shown once.
 */
export class SeenEvents {
	private readonly counts = new Map<string, number>();

	/** Those of `events` (one read of them all) not seen before, in the order given; all now seen. */
	fresh(events: readonly TimelineEvent[]): TimelineEvent[] {
		const inThisRead = new Map<string, number>();
		const fresh: TimelineEvent[] = [];
		for (const event of events) {
			const key = eventKey(event);
			const count = (inThisRead.get(key) ?? 0) + 1;
			inThisRead.set(key, count);
			if (count > (this.counts.get(key) ?? 0)) {
				fresh.push(event);
			}
		}

		for (const [key, count] of inThisRead) {
			this.counts.set(key, Math.max(count, this.counts.get(key) ?? 0));
		}

		return fresh;
	}
}

function eventKey(event: TimelineEvent): string {
	return JSON.stringify([event.sessionId, event.participantId, event.name, event.time.getTime(), event.errorCode ?? '', event.remoteParticipantId ?? '', event.destinationSessionId ?? '']);
}

export type FollowOptions = {
	api: FollowApi;
	stageArn: string;
	sessionId?: string;
	turn: () => Promise<void>;
	/** Aborted by Ctrl+C: the loop ends quietly. */
	signal: AbortSignal;
	seen: SeenEvents;
	/** Sessions finished and read after they finished, from the first read. */
	finished: Set<string>;
	/** New events, in time order, with the sessions listed by the same read. */
	print: (events: TimelineEvent[], sessions: StageSessionSummary[]) => Promise<void>;
	/** A failed poll, to say on stderr; the next try comes after `retryInMs`. */
	notice: (line: string) => Promise<void>;
	intervalMs: number;
	timers?: Timers;
};

/** What a poll read: which of its sessions had ended, so they need no reading again. */
export function finishedSessions(sessions: readonly StageSessionSummary[], read: ReadonlySet<string>): string[] {
	return sessions.filter(session => session.endTime !== undefined && read.has(session.sessionId!)).map(session => session.sessionId!);
}

/** The service said no for good: a missing stage, no permission, a bad request. Throttling and 5xx are worth another try. */
function isFinal(error: CliError): boolean {
	if (!(error instanceof ServiceError)) {
		return error.exitCode !== 255;
	}

	const status = error.statusCode ?? 0;
	return status >= 400 && status < 500 && status !== 429 && !/Throttl|TooManyRequests/i.test(error.code);
}

export async function followEvents(options: FollowOptions): Promise<void> {
	const {api, stageArn, signal, turn} = options;
	const timers = options.timers ?? realTimers;
	let unchanged = 0;
	let failures = 0;
	while (!signal.aborted) {
		const waitMs = failures > 0 ? nextPollDelay(failures, options.intervalMs) : nextIdleDelay(unchanged, options.intervalMs);
		if (!await pause(waitMs, signal, timers)) {
			return;
		}

		try {
			// A deleted stage lists no sessions rather than fail: GetStage says it is gone.
			await turn();
			await api.getStage(stageArn, {signal}).catch((error: unknown) => {
				throw toCliError(error, 'GetStage');
			});
			const read = new Set<string>();
			const timeline = await fetchStageTimeline(api, stageArn, {
				turn,
				signal,
				...(options.sessionId === undefined ? {} : {sessionId: options.sessionId}),
				readSession(session) {
					if (options.finished.has(session.sessionId!)) {
						return false;
					}

					read.add(session.sessionId!);
					return true;
				},
			});
			for (const sessionId of finishedSessions(timeline.sessions, read)) {
				options.finished.add(sessionId);
			}

			const fresh = options.seen.fresh(timeline.events);
			failures = 0;
			unchanged = fresh.length > 0 ? 0 : unchanged + 1;
			if (fresh.length > 0) {
				await options.print(fresh, timeline.sessions);
			}
		} catch (error) {
			if (signal.aborted) {
				return;
			}

			const cliError = toCliError(error, 'ListParticipantEvents');
			if (isFinal(cliError)) {
				throw cliError;
			}

			failures++;
			const retryIn = Math.round(nextPollDelay(failures, options.intervalMs) / 1000);
			await options.notice(`events: ${neutraliseControlCharacters(cliError.lines.join(' ').trim())}; trying again in ${retryIn} s`);
		}
	}
}

/** Waits `ms` on the timers; false if `signal` aborted first. */
async function pause(ms: number, signal: AbortSignal, timers: Timers): Promise<boolean> {
	if (signal.aborted) {
		return false;
	}

	return new Promise(resolve => {
		const onAbort = () => {
			timers.clear(handle);
			resolve(false);
		};

		const handle = timers.set(() => {
			signal.removeEventListener('abort', onAbort);
			resolve(true);
		}, ms);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}
