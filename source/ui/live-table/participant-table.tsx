// The participant rows under their titles, windowed to the lines available. The one part of the
// table the clock renders again (through useNow): the countdowns, when the soonest of them next
// reads differently (once a minute while every token has more than an hour left).
import {memo, useCallback, useMemo} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {safeText} from '../../output/safe-text.js';
import {shortCapabilities} from '../../tokens/capabilities.js';
import {liveCountdown, nextLiveChange} from '../../tokens/countdown.js';
import {columnsOf} from '../../wizard/text-columns.js';
import {useTheme} from '../theme.js';
import {columnTitles, layoutColumns} from './columns.js';
import {ColumnTitles, ParticipantRow} from './participant-row.js';
import {tokenKey, type ParticipantStatus} from './participant-state.js';
import {useNow, type Clock, type NextChange} from './use-clock.js';
import type {LocalPublish} from './use-live-table-state.js';
import {viewport} from './viewport.js';

export type ParticipantTableProps = {
	tokens: readonly ParticipantToken[];
	statuses: Record<string, ParticipantStatus>;
	/** The rows this table publishes as (`p`), by tokenKey. */
	publishing?: Record<string, LocalPublish>;
	selected: number;
	clock: Clock;
	columns: number;
	/** Lines for the rows, the "rows 3–14 of 15" line included when they do not all fit. */
	lines: number;
	canAdd: boolean;
};

export const ParticipantTable = memo(function ParticipantTable({tokens, statuses, publishing, selected, clock, columns, lines, canAdd}: ParticipantTableProps) {
	const theme = useTheme();
	const nextChange = useCallback<NextChange>(time => Math.min(...tokens.map(token => nextLiveChange(token.expirationTime, time))), [tokens]);
	const now = useNow(clock, nextChange);
	const countdowns = tokens.map(token => liveCountdown(token.expirationTime, now));
	const widestId = Math.max(0, ...tokens.map(token => columnsOf(safeText(token.participantId))));
	const widestExpiry = Math.max(0, ...countdowns.map(entry => columnsOf(entry.text)));
	// One layout object per size, so the memoised rows see the same prop from tick to tick.
	const layout = useMemo(() => layoutColumns(columns, {participantId: widestId, expires: widestExpiry}), [columns, widestId, widestExpiry]);
	if (tokens.length === 0) {
		return <Text dimColor={theme.color}>{canAdd ? 'No participant tokens yet: press a to add one.' : 'No participant tokens.'}</Text>;
	}

	const window = viewport(tokens.length, selected, tokens.length <= lines ? lines : lines - 1);
	const hidden = tokens.length - (window.end - window.start);
	return (
		<Box flexDirection="column">
			<ColumnTitles layout={layout} titles={columnTitles} />
			{tokens.slice(window.start, window.end).map((token, offset) => {
				const index = window.start + offset;
				const key = tokenKey(token, index);
				const entry = countdowns[index]!;
				return (
					<ParticipantRow
						key={key}
						layout={layout}
						selected={index === selected}
						userId={token.userId ? safeText(token.userId) : '(no user ID)'}
						participantId={safeText(token.participantId) || '—'}
						capabilities={shortCapabilities(token.capabilities)}
						expires={entry.text}
						tone={entry.tone}
						status={statuses[key] ?? 'unknown'}
						local={publishing?.[key]}
					/>
				);
			})}
			{hidden > 0 ? (
				<Text dimColor={theme.color}>
					{`  rows ${window.start + 1}–${window.end} of ${tokens.length}`}
				</Text>
			) : null}
		</Box>
	);
});
