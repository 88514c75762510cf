// The stage at the top of the table: what was created, where, and how to reach it. Long values
// (ARNs, endpoint URLs) are cut in the middle on narrow terminals; every one of them is whole in
// `j`'s JSON and the ARN stays on the terminal after quitting.
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {safeText} from './safe-text.js';

const labelWidth = 8;

export type HeaderProps = {
	stage: Stage | undefined;
	region: string;
	sessionId: string | undefined;
	columns: number;
	/** Compact: the stage line only, for the details, help and editor screens. */
	compact?: boolean;
	/** Dim is an SGR attribute like colour; with colour off the header draws neither. */
	color: boolean;
};

// One text node per line (label and value together): the header is redrawn with every frame.
function Line({label, value, columns, dim = false}: {label: string; value: string; columns: number; dim?: boolean}) {
	return (
		<Box width={columns}>
			<Text wrap="truncate-middle">
				<Text bold>{label.padEnd(labelWidth)}</Text>
				<Text dimColor={dim}>{value}</Text>
			</Text>
		</Box>
	);
}

function tagsText(tags: Record<string, string> | undefined): string {
	return Object.entries(tags ?? {})
		.map(([key, value]) => `${safeText(key)}=${safeText(value)}`)
		.join(', ');
}

function recordingText(stage: Stage | undefined): string {
	return stage?.autoParticipantRecordingConfiguration?.storageConfigurationArn ? 'recording on' : 'recording off';
}

export const Header = memo(function Header({stage, region, sessionId, columns, compact, color}: HeaderProps) {
	const name = stage?.name ? safeText(stage.name) : '(no name)';
	const summary = `${safeText(region)} · ${recordingText(stage)}`;
	const title = (
		<Box width={columns}>
			<Text wrap="truncate-end">
				<Text bold>Stage {name}</Text>
				<Text dimColor={color}>{`  ${summary}`}</Text>
			</Text>
		</Box>
	);
	if (compact) {
		return title;
	}

	const endpoints = stage?.endpoints;
	const tags = tagsText(stage?.tags);
	return (
		<Box flexDirection="column">
			{title}
			<Line label="ARN" value={safeText(stage?.arn) || '—'} columns={columns} />
			<Line
				label="Session"
				value={sessionId ? safeText(sessionId) : 'none yet: a session starts when the first participant joins'}
				columns={columns}
				dim={color && !sessionId}
			/>
			<Line label="WHIP" value={safeText(endpoints?.whip) || '—'} columns={columns} />
			<Line label="Events" value={safeText(endpoints?.events) || '—'} columns={columns} />
			<Line label="RTMPS" value={safeText(endpoints?.rtmps) || '—'} columns={columns} />
			{tags ? <Line label="Tags" value={tags} columns={columns} /> : null}
		</Box>
	);
});

/** How many lines the full header takes, for fitting the table under it. */
export function headerHeight(stage: Stage | undefined): number {
	return 6 + (Object.keys(stage?.tags ?? {}).length > 0 ? 1 : 0);
}
