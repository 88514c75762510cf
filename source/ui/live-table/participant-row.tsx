// One participant token's row. Memoised on plain values, so a poll that changes nothing re-renders
// nothing. Ink lays out and redraws every node on every frame, and the countdown makes a frame a
// second, so a row is one node of text, padded here: everything but the user ID is ASCII the
// service constrains, and so is nearly every user ID. Only a user ID with other characters (CJK,
// emoji: widths only Ink measures right) gets a box of its own for Ink to measure and cut.
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {CountdownTone} from '../../tokens/countdown.js';
import type {ColumnLayout} from './columns.js';
import type {ParticipantStatus} from './participant-state.js';
import {statusLabel} from './status-label.js';
import {countdownColor, paint, statusColor} from './tones.js';

export type ParticipantRowProps = {
	layout: ColumnLayout;
	selected: boolean;
	userId: string;
	participantId: string;
	capabilities: string;
	expires: string;
	tone: CountdownTone;
	status: ParticipantStatus;
	color: boolean;
};

/**
 * Pads or cuts to exactly `width` columns, counting code points: only for text that is one column
 * per code point (participant IDs match [a-zA-Z0-9-]*, the rest is the table's own words).
 */
export function fit(text: string, width: number): string {
	const characters = [...text];
	if (characters.length <= width) {
		return text + ' '.repeat(width - characters.length);
	}

	return width <= 1 ? characters.slice(0, width).join('') : `${characters.slice(0, width - 1).join('')}…`;
}

/** Printable ASCII: one column a character, so `fit` pads and cuts it exactly. */
const oneColumnEach = /^[\u0020-\u007E]*$/;

export const ParticipantRow = memo(function ParticipantRow(props: ParticipantRowProps) {
	const {layout, selected, color} = props;
	const gap = ' '.repeat(layout.gap);
	const id = layout.participantId > 0 ? `${fit(props.participantId, layout.participantId)}${gap}` : '';
	// The marker, not only bold, shows the selection: it survives NO_COLOR and screen readers.
	const marker = <Text bold>{fit(selected ? '›' : ' ', layout.marker) + gap}</Text>;
	const rest = (
		<>
			{gap}
			{id}
			{fit(props.capabilities, layout.capabilities)}
			{gap}
			<Text color={paint(countdownColor[props.tone], color)}>{fit(props.expires, layout.expires)}</Text>
			{gap}
			<Text color={paint(statusColor[props.status], color)}>{statusLabel[props.status]}</Text>
		</>
	);
	if (oneColumnEach.test(props.userId)) {
		return (
			<Text wrap="truncate-end">
				{marker}
				<Text bold={selected}>{fit(props.userId, layout.userId)}</Text>
				{rest}
			</Text>
		);
	}

	return (
		<Box>
			{marker}
			<Box width={layout.userId} flexShrink={0}>
				<Text wrap="truncate-end" bold={selected}>
					{props.userId}
				</Text>
			</Box>
			<Text>{rest}</Text>
		</Box>
	);
});

export type ColumnTitleTexts = {userId: string; participantId: string; capabilities: string; expires: string; state: string};

export const ColumnTitles = memo(function ColumnTitles({layout, titles}: {layout: ColumnLayout; titles: ColumnTitleTexts}) {
	const gap = ' '.repeat(layout.gap);
	const cells = [
		fit('', layout.marker),
		fit(titles.userId, layout.userId),
		...(layout.participantId > 0 ? [fit(titles.participantId, layout.participantId)] : []),
		fit(titles.capabilities, layout.capabilities),
		fit(titles.expires, layout.expires),
		titles.state,
	];
	return <Text bold>{cells.join(gap)}</Text>;
});
