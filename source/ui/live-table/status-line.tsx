// Under the table: when the states were last fetched, or that fetching fails and when it retries;
// then the outcome of the last action (copied, exported, token added or failed).
import {memo, useCallback} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import {columnsOf} from '../../wizard/text-columns.js';
import {useTheme} from '../theme.js';
import {noticeColor} from './tones.js';
import {useNow, type Clock, type NextChange} from './use-clock.js';
import type {Notice, PollStatus} from './use-live-table-state.js';

/** Local wall-clock time, HH:MM:SS: what "last updated" means to someone looking at the screen. */
export function clockTime(ms: number): string {
	const date = new Date(ms);
	return [date.getHours(), date.getMinutes(), date.getSeconds()].map(part => String(part).padStart(2, '0')).join(':');
}

export type StatusLineProps = {
	poll: PollStatus;
	/** The wait between polls now (it grows while nothing changes); said as "every N s". */
	intervalMs: number;
	/** Read only for the retry countdown after a failure: only then does the tick redraw this line. */
	clock: Clock;
	notice: Notice | undefined;
	columns: number;
};

export function pollText(poll: PollStatus, intervalMs: number, now: number): string {
	const updated = poll.lastUpdated === undefined ? '' : `last updated ${clockTime(poll.lastUpdated)}`;
	if (poll.error !== undefined) {
		const seconds = Math.max(0, Math.ceil(((poll.retryAt ?? now) - now) / 1000));
		const retry = seconds > 0 ? `retrying in ${seconds} s` : 'retrying now';
		// The reason goes last: on a narrow terminal it is what gets cut, not the retry time.
		return `Polling failed (${retry}${updated ? `, ${updated}` : ''}): ${poll.error}`;
	}

	if (poll.lastUpdated === undefined) {
		return 'Checking who has joined…';
	}

	return `Updated ${clockTime(poll.lastUpdated)} · every ${intervalText(intervalMs)}`;
}

function intervalText(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** Lines the notice takes: it wraps rather than cut an export path short. */
export function noticeLines(notice: Notice | undefined, columns: number): number {
	return notice ? Math.min(3, Math.max(1, Math.ceil(columnsOf(notice.text) / Math.max(1, columns)))) : 0;
}

/** Memoised: while polling is well, nothing here changes with the clock's tick. */
export const StatusLine = memo(function StatusLine({poll, intervalMs, clock, notice, columns}: StatusLineProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={columns}>
			{poll.error === undefined ? (
				<Text wrap="truncate-end" dimColor={theme.color}>
					{pollText(poll, intervalMs, clock.read())}
				</Text>
			) : (
				<FailedPollLine poll={poll} intervalMs={intervalMs} clock={clock} />
			)}
			<NoticeLine notice={notice} />
		</Box>
	);
});

/** When "retrying in N s" (whole seconds, rounded up) next reads differently. */
export function nextRetryChange(retryAt: number | undefined, now: number): number {
	const left = (retryAt ?? now) - now;
	return left <= 0 ? Number.POSITIVE_INFINITY : retryAt! - (Math.ceil(left / 1000) - 1) * 1000;
}

/** "retrying in 12 s" counts down, so this line follows the clock. */
function FailedPollLine({poll, intervalMs, clock}: {poll: PollStatus; intervalMs: number; clock: Clock}) {
	const theme = useTheme();
	const {retryAt} = poll;
	const nextChange = useCallback<NextChange>(time => nextRetryChange(retryAt, time), [retryAt]);
	const now = useNow(clock, nextChange);
	return (
		<Text wrap="truncate-end" color={theme.error}>
			{pollText(poll, intervalMs, now)}
		</Text>
	);
}

export function NoticeLine({notice}: {notice: Notice | undefined}) {
	const theme = useTheme();
	return notice ? <Text color={noticeColor(theme, notice.tone)}>{notice.text}</Text> : null;
}
