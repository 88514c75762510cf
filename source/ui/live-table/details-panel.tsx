// Enter: everything about one participant token, with full IDs (the table may truncate them),
// and what the stage saw of that participant (its events, read when the panel opens, each error
// explained as `events` explains it). The token itself stays masked unless the user revealed
// tokens with r.
import {useCallback} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {eventDetail, eventTimeText} from '../../events/timeline-text.js';
import {safeText} from '../../output/safe-text.js';
import {liveCountdown, nextLiveChange} from '../../tokens/countdown.js';
import {tokenMask} from '../../tokens/mask-token.js';
import {cutToColumns, hardWrappedLines} from '../../wizard/text-columns.js';
import {useTheme} from '../theme.js';
import type {ParticipantStatus} from './participant-state.js';
import {statusLabel} from './status-label.js';
import {countdownColor, statusColor} from './tones.js';
import {useNow, type Clock, type NextChange} from './use-clock.js';
import type {ParticipantEventsState} from './use-participant-events.js';

const labelWidth = 16;

export type DetailsPanelProps = {
	token: ParticipantToken;
	status: ParticipantStatus;
	clock: Clock;
	revealed: boolean;
	columns: number;
	/** Lines the panel may use; a revealed token is cut to fit. */
	lines: number;
	/** The participant's events (use-participant-events.ts); without them the panel has no Events field. */
	events?: ParticipantEventsState;
};

/** The most events the panel lists (the latest); `events` has them all. */
export const maxEventLines = 8;

/** The Events field's lines: the latest events that fit in `room` lines, a line saying how many came before. */
export function eventsText(events: ParticipantEventsState, room: number): string {
	switch (events.status) {
		case 'none': {
			return events.reason;
		}

		case 'reading': {
			return 'reading…';
		}

		case 'failed': {
			return `not read: ${events.message}`;
		}

		case 'read': {
			if (events.events.length === 0) {
				return '(none yet)';
			}

			const lines = events.events.map(event => [eventTimeText(event.time).slice(11), safeText(event.name), eventDetail(event)].filter(Boolean).join('  '));
			const fit = Math.max(1, Math.min(room, maxEventLines));
			if (lines.length <= fit) {
				return lines.join('\n');
			}

			const shown = lines.slice(-(fit - 1));
			return [`… ${lines.length - shown.length} earlier (ivs-stage-wizard events lists them all)`, ...shown].join('\n');
		}
	}
}

function Field({label, children, columns, color}: {label: string; children: string; columns: number; color?: string | undefined}) {
	return (
		<Box>
			<Box width={labelWidth} flexShrink={0}>
				<Text bold>{label}</Text>
			</Box>
			<Box width={Math.max(1, columns - labelWidth)}>
				<Text color={color}>{children}</Text>
			</Box>
		</Box>
	);
}

/** 720 → "720 min (12 h)": the same human reading the editor gives. */
export function durationText(minutes: number | undefined): string {
	if (minutes === undefined) {
		return '—';
	}

	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) {
		return `${minutes} min`;
	}

	return `${minutes} min (${hours} h${rest > 0 ? ` ${rest} min` : ''})`;
}

export function DetailsPanel({token, status, clock, revealed, columns, lines, events}: DetailsPanelProps) {
	const theme = useTheme();
	const expiration = token.expirationTime;
	const nextChange = useCallback<NextChange>(time => nextLiveChange(expiration, time), [expiration]);
	const now = useNow(clock, nextChange);
	const remaining = liveCountdown(expiration, now);
	const expiry = token.expirationTime ? `${token.expirationTime.toISOString()} (${remaining.tone === 'expired' ? 'expired' : `in ${remaining.text}`})` : '—';
	const attributes = Object.entries(token.attributes ?? {});
	const attributesText = attributes.length === 0 ? '(none)' : attributes.map(([key, value]) => `${safeText(key)}=${safeText(value)}`).join('\n');
	// Title, six one-line fields, the attributes (hard-wrapped: tokens and IDs have no spaces to
	// break at) and the token's label line.
	const fieldsUsed = 8 + hardWrappedLines(attributesText, columns - labelWidth);
	// The events take what the fields leave, but a revealed token keeps a line of its own.
	const eventsShown = events ? eventsText(events, lines - fieldsUsed - (revealed && token.token ? 1 : 0)) : undefined;
	const eventLines = eventsShown === undefined ? [] : eventsShown.split('\n').map(line => cutToColumns(line, Math.max(1, columns - labelWidth)));
	const used = fieldsUsed + eventLines.length;
	const tokenText = safeText(token.token);
	// A revealed token goes under its label at full width; when even that does not fit, it is cut
	// rather than letting the frame outgrow the terminal (Ink would then redraw the whole screen
	// every second). `c` still copies all of it.
	const room = Math.max(1, lines - used) * columns;
	const shown = cutToColumns(tokenText, room);
	return (
		<Box flexDirection="column">
			<Text bold>Participant {token.userId ? safeText(token.userId) : '(no user ID)'}</Text>
			<Field label="Participant ID" columns={columns}>
				{safeText(token.participantId) || '—'}
			</Field>
			<Field label="User ID" columns={columns}>
				{safeText(token.userId) || '—'}
			</Field>
			<Field label="Capabilities" columns={columns}>
				{token.capabilities?.length ? token.capabilities.map(capability => safeText(capability)).join(', ') : '—'}
			</Field>
			<Field label="Duration" columns={columns}>
				{durationText(token.duration)}
			</Field>
			<Field label="Expires" columns={columns} color={countdownColor(theme, remaining.tone)}>
				{expiry}
			</Field>
			<Field label="State" columns={columns} color={statusColor(theme, status)}>
				{statusLabel[status]}
			</Field>
			<Field label="Attributes" columns={columns}>
				{attributesText}
			</Field>
			{eventsShown === undefined ? null : (
				<Field label="Events" columns={columns}>
					{eventLines.join('\n')}
				</Field>
			)}
			<Field label="Token" columns={columns}>
				{!token.token ? '—' : revealed ? (shown === tokenText ? 'revealed (r masks)' : 'revealed, cut to fit (c copies all of it)') : `${tokenMask}  (r reveals)`}
			</Field>
			{revealed && token.token ? (
				<Box width={columns}>
					<Text>{shown}</Text>
				</Box>
			) : null}
		</Box>
	);
}
