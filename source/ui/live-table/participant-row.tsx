// One participant token's row. Memoised on plain values, so a poll that changes nothing re-renders
// nothing. Ink lays out and redraws every node on every frame, and the countdown makes a frame a
// second, so a row is one node of text, padded and cut here in terminal columns (a CJK or emoji
// user ID takes two columns a character, and lines up like any other).
import {memo} from 'react';
import {Text} from '../components/text.js';
import type {CountdownTone} from '../../tokens/countdown.js';
import {fitToColumns} from '../../wizard/text-columns.js';
import {useTheme} from '../theme.js';
import type {ColumnLayout} from './columns.js';
import type {ParticipantStatus} from './participant-state.js';
import {localPublishLabel, statusLabel} from './status-label.js';
import {countdownColor, statusColor} from './tones.js';
import type {LocalPublish} from './use-live-table-state.js';

export type ParticipantRowProps = {
	layout: ColumnLayout;
	selected: boolean;
	userId: string;
	participantId: string;
	capabilities: string;
	expires: string;
	tone: CountdownTone;
	status: ParticipantStatus;
	/** This table publishes as the participant (`p`). */
	local?: LocalPublish | undefined;
};

export const ParticipantRow = memo(function ParticipantRow(props: ParticipantRowProps) {
	const {layout, selected} = props;
	const theme = useTheme();
	const gap = ' '.repeat(layout.gap);
	const id = layout.participantId > 0 ? `${fitToColumns(props.participantId, layout.participantId)}${gap}` : '';
	return (
		<Text wrap="truncate-end">
			{/* The marker, not only bold, shows the selection: it survives NO_COLOR and screen readers. */}
			<Text bold>{fitToColumns(selected ? '›' : ' ', layout.marker) + gap}</Text>
			<Text bold={selected}>{fitToColumns(props.userId, layout.userId)}</Text>
			{gap}
			{id}
			{fitToColumns(props.capabilities, layout.capabilities)}
			{gap}
			<Text color={countdownColor(theme, props.tone)}>{fitToColumns(props.expires, layout.expires)}</Text>
			{gap}
			{props.local ? (
				<Text color={statusColor(theme, props.local === 'publishing' ? 'publishing' : 'connected')}>{localPublishLabel[props.local]}</Text>
			) : (
				<Text color={statusColor(theme, props.status)}>{statusLabel[props.status]}</Text>
			)}
		</Text>
	);
});

export type ColumnTitleTexts = {userId: string; participantId: string; capabilities: string; expires: string; state: string};

export const ColumnTitles = memo(function ColumnTitles({layout, titles}: {layout: ColumnLayout; titles: ColumnTitleTexts}) {
	const gap = ' '.repeat(layout.gap);
	const cells = [
		fitToColumns('', layout.marker),
		fitToColumns(titles.userId, layout.userId),
		...(layout.participantId > 0 ? [fitToColumns(titles.participantId, layout.participantId)] : []),
		fitToColumns(titles.capabilities, layout.capabilities),
		fitToColumns(titles.expires, layout.expires),
		titles.state,
	];
	return <Text bold>{cells.join(gap)}</Text>;
});
