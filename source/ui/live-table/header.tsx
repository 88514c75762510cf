// The stage at the top of the table: what was created, where, and how to reach it. The ARN is what
// people copy from here, so it is never cut: too long for its line, it goes on a line of its own
// under its label (wrapped, should even that be too narrow). Other long values (endpoint URLs) are
// cut in the middle; every one of them is whole in `j`'s JSON. A sandbox stage says so on every
// screen of the table: the wizard's own header (and its badge) is gone by now.
import {memo} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {safeText} from '../../output/safe-text.js';
import {columnsOf, hardWrap, padToColumns} from '../../wizard/text-columns.js';
import {SandboxBadge} from '../components/sandbox-badge.js';
import {useTheme} from '../theme.js';

const labelWidth = 8;

export type HeaderProps = {
	stage: Stage | undefined;
	region: string;
	sessionId: string | undefined;
	/** The stage lives in the local emulator, not in AWS. */
	sandbox: boolean;
	columns: number;
	/** Compact: the stage line only, for the details, help and editor screens. */
	compact?: boolean;
};

// One text node per line (label and value together), no box around it: the header is laid out and
// drawn again with every frame, and the column it sits in already gives it the terminal's width.
function Line({label, value, dim = false}: {label: string; value: string; dim?: boolean}) {
	return (
		<Text wrap="truncate-middle">
			<Text bold>{padToColumns(label, labelWidth)}</Text>
			<Text dimColor={dim}>{value}</Text>
		</Text>
	);
}

/** How many lines the ARN takes: one beside its label, or its label and then the ARN's own lines. */
export function arnLines(arn: string, columns: number): number {
	return labelWidth + columnsOf(arn) <= columns ? 1 : 1 + hardWrap(arn, columns).length;
}

/** The ARN whole: beside its label when it fits, else under it, hard-wrapped at the width. */
function ArnLine({arn, columns}: {arn: string; columns: number}) {
	if (arnLines(arn, columns) === 1) {
		return <Line label="ARN" value={arn} />;
	}

	const rows = hardWrap(arn, columns);
	return (
		<Box flexDirection="column">
			<Text bold>ARN</Text>
			{rows.map((row, index) => (
				// Keyed by place: pieces of one ARN
				<Text key={index}>{row}</Text>
			))}
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

export const Header = memo(function Header({stage, region, sessionId, sandbox, columns, compact}: HeaderProps) {
	const theme = useTheme();
	const name = stage?.name ? safeText(stage.name) : '(no name)';
	const summary = `${safeText(region)} · ${recordingText(stage)}`;
	const title = (
		<Box width={columns}>
			<Text wrap="truncate-end">
				{/* First on the line, so no stage name, however long, cuts it off. */}
				{sandbox ? <SandboxBadge /> : null}
				{sandbox ? ' ' : null}
				<Text bold>Stage {name}</Text>
				<Text dimColor={theme.color}>{`  ${summary}`}</Text>
			</Text>
		</Box>
	);
	if (compact) {
		return title;
	}

	const endpoints = stage?.endpoints;
	const tags = tagsText(stage?.tags);
	return (
		<Box flexDirection="column" width={columns}>
			{title}
			{sandbox ? <Line label="Sandbox" value="not a real AWS stage (local emulator)" /> : null}
			<ArnLine arn={safeText(stage?.arn) || '—'} columns={columns} />
			<Line
				label="Session"
				value={sessionId ? safeText(sessionId) : 'none yet: a session starts when the first participant joins'}
				dim={theme.color && !sessionId}
			/>
			<Line label="WHIP" value={safeText(endpoints?.whip) || '—'} />
			<Line label="Events" value={safeText(endpoints?.events) || '—'} />
			<Line label="RTMPS" value={safeText(endpoints?.rtmps) || '—'} />
			{tags ? <Line label="Tags" value={tags} /> : null}
		</Box>
	);
});

/** How many lines the full header takes at `columns`, for fitting the table under it. */
export function headerHeight(stage: Stage | undefined, sandbox: boolean, columns: number): number {
	return 5 + arnLines(safeText(stage?.arn) || '—', columns) + (sandbox ? 1 : 0) + (Object.keys(stage?.tags ?? {}).length > 0 ? 1 : 0);
}
