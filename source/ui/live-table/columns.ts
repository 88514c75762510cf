// Which columns the participant table shows, and how wide, for a terminal `width` columns wide.
// Pure: the 60- and 80-column layouts are tested as numbers. Narrow terminals lose the
// participant ID column first (it is in the details view), then the user ID gets truncated.
// Widths are terminal columns (wizard/text-columns.ts).
import {columnsOf} from '../../wizard/text-columns.js';

export type ColumnLayout = {
	gap: number;
	marker: number;
	userId: number;
	/** 0 when the column is hidden. */
	participantId: number;
	capabilities: number;
	expires: number;
	state: number;
};

export const columnTitles = {
	userId: 'User ID',
	participantId: 'Participant ID',
	capabilities: 'Caps',
	expires: 'Expires',
	state: 'State',
} as const;

const markerWidth = 1; // "›" on the selected row
const capabilitiesWidth = 7; // "pub+sub"
const stateWidth = 12; // "disconnected"
const minimumUserId = 12;
const maximumUserId = 32;

export function layoutColumns(width: number, widest: {participantId: number; expires: number}): ColumnLayout {
	const gap = width >= 80 ? 2 : 1;
	const expires = Math.max(columnsOf(columnTitles.expires) + 1, widest.expires);
	const participantId = Math.max(columnsOf(columnTitles.participantId), Math.min(widest.participantId, 20));
	const fixed = markerWidth + capabilitiesWidth + expires + stateWidth;

	// Gaps sit between every two columns, the marker column included.
	const withId = width - fixed - participantId - 5 * gap;
	if (withId >= minimumUserId) {
		return {gap, marker: markerWidth, userId: Math.min(withId, maximumUserId), participantId, capabilities: capabilitiesWidth, expires, state: stateWidth};
	}

	const withoutId = width - fixed - 4 * gap;
	return {
		gap,
		marker: markerWidth,
		// Below 8 columns a user ID says nothing; the row still fits because Ink truncates each cell.
		userId: Math.max(8, Math.min(withoutId, maximumUserId)),
		participantId: 0,
		capabilities: capabilitiesWidth,
		expires,
		state: stateWidth,
	};
}
