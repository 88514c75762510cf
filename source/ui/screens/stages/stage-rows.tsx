// The stages as rows: name, the ARN's tail (the stage's ID, which tells stages apart), the active
// session's ID or "—", who is connected now ("…" until counted), and the tags. One node of text a
// row, padded and cut in terminal columns; every value from the service neutralised first.
import {Text} from '../../components/text.js';
import {safeText} from '../../../output/safe-text.js';
import type {StageOverview} from '../../../stages/stage-overview.js';
import {cutToColumns, padToColumns} from '../../../wizard/text-columns.js';
import {listWindow} from '../../components/list-window.js';
import {useTheme} from '../../theme.js';

export type StageRowsProps = {
	stages: readonly StageOverview[];
	counted: ReadonlySet<string>;
	selected: number;
	width: number;
	/** Lines the rows may take, the column titles and the "more" markers included. */
	lines: number;
};

const gap = 2;

export function columnWidths(width: number): {name: number; arn: number; session: number; joined: number; tags: number} {
	const joined = 6;
	const arn = width >= 70 ? 14 : 10;
	const session = width >= 70 ? 16 : 0;
	const rest = width - 2 - arn - session - joined - gap * (session > 0 ? 4 : 3);
	const name = Math.max(8, Math.min(28, Math.floor(rest / 2)));
	return {name, arn, session, joined, tags: Math.max(0, rest - name)};
}

/** The end of a long ID, an ellipsis first: the end is what tells two apart. */
export function keepEnd(text: string, width: number): string {
	return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}

export function tagsText(tags: Readonly<Record<string, string>>): string {
	return Object.entries(tags).map(([key, value]) => `${key}=${value}`).join(' ');
}

export function StageRows({stages, counted, selected, width, lines}: StageRowsProps) {
	const theme = useTheme();
	const columns = columnWidths(width);
	const window = listWindow(stages.length, selected, Math.max(1, lines - 1));
	const cell = (text: string, columnWidth: number) => (columnWidth > 0 ? padToColumns(cutToColumns(text, columnWidth), columnWidth + gap) : '');
	return (
		<>
			<Text color={theme.muted} wrap="truncate-end">
				{'  '}
				{cell('name', columns.name)}
				{cell('ARN', columns.arn)}
				{cell('session', columns.session)}
				{cell('joined', columns.joined)}
				tags
			</Text>
			{window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
			{stages.slice(window.start, window.end).map((stage, offset) => {
				const index = window.start + offset;
				const isSelected = index === selected;
				const joined = stage.activeSessionId === undefined ? '0' : counted.has(stage.arn) ? String(stage.participantsConnected) : '…';
				return (
					<Text key={stage.arn || index} inverse={isSelected} wrap="truncate-end">
						{isSelected ? '› ' : '  '}
						{cell(safeText(stage.name || '(no name)'), columns.name)}
						{cell(keepEnd(safeText(stage.arn), columns.arn), columns.arn)}
						{cell(stage.activeSessionId ? keepEnd(safeText(stage.activeSessionId), columns.session) : '—', columns.session)}
						{cell(joined, columns.joined)}
						{safeText(tagsText(stage.tags))}
					</Text>
				);
			})}
			{window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
		</>
	);
}
