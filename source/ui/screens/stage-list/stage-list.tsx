// After a batch: every stage it made (name, ARN, tokens, who has joined), one selected; Enter opens
// that stage's live table (Esc there comes back), q quits and j prints {"results"} as json. When
// the batch stopped early, why is said above the list.
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {safeText} from '../../../output/safe-text.js';
import {listWindow} from '../../components/list-window.js';
import {KeyScope, useKeys} from '../../keys/key-router.js';
import {actionFor, footerEntries, footerEntryText} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {columnsOf, padToColumns, cutToColumns} from '../../../wizard/text-columns.js';
import type {BatchCreation} from '../../../wizard/wizard-state.js';
import type {StageListAction, StageListState} from './use-stage-list-state.js';

export type StageListProps = {
	batch: BatchCreation;
	state: StageListState;
	dispatch: (action: StageListAction) => void;
	joined: ReadonlyMap<string, number>;
	sandbox: boolean;
	width: number;
	height: number;
	isActive: boolean;
	onExit: (reason: 'quit' | 'json') => void;
};

export function StageList({batch, state, dispatch, joined, sandbox, width, height, isActive, onExit}: StageListProps) {
	const theme = useTheme();
	const {results, total, ended} = batch;
	useKeys(
		(input, key) => {
			switch (actionFor('stage-list', input, key)) {
				case 'up': {
					dispatch({type: 'selectPrevious'});
					break;
				}

				case 'down': {
					dispatch({type: 'selectNext', count: results.length});
					break;
				}

				case 'details': {
					dispatch({type: 'opened'});
					break;
				}

				case 'json': {
					onExit('json');
					break;
				}

				case 'quit': {
					onExit('quit');
					break;
				}

				default: {
					break;
				}
			}
		},
		{isActive},
	);

	const failure = ended?.failure;
	const title = `${results.length === total ? `${total} stages created` : `${results.length} of ${total} stages created`}${sandbox ? ' in the sandbox (not real AWS stages)' : ''}`;
	const headLines = 2 + (failure ? 2 : 0);
	const window = listWindow(results.length, state.selected, Math.max(3, height - headLines - 2));
	const nameWidth = Math.max(8, Math.min(24, ...results.map(result => columnsOf(result.stage?.name ?? '')), 24));
	// #, name, ARN, tokens (7) and joined (6), two spaces between.
	const arnWidth = Math.max(10, width - 4 - (nameWidth + 2) - 2 - 7 - 6);
	return (
		<KeyScope scope="stage-list">
			<Box flexDirection="column" width={width}>
				<Text bold wrap="truncate-end">
					{title}
				</Text>
				{failure ? (
					<Box flexDirection="column">
						<Text color={theme.error} wrap="truncate-end">
							✗ Stopped at stage {failure.n}: {safeText(failure.code)}
						</Text>
						<Text color={theme.error} wrap="truncate-end">
							{'  '}
							{safeText(failure.message)}
						</Text>
					</Box>
				) : null}
				<Text color={theme.muted} wrap="truncate-end">
					{padToColumns('  #', 4)}
					{padToColumns('name', nameWidth + 2)}
					{padToColumns('ARN', arnWidth + 2)}
					{padToColumns('tokens', 7)}
					joined
				</Text>
				{window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
				{results.slice(window.start, window.end).map((result, offset) => {
					const index = window.start + offset;
					const selected = index === state.selected;
					const arn = result.stage?.arn ?? '';
					const count = joined.get(arn);
					return (
						<Text key={arn || index} inverse={selected} wrap="truncate-end">
							{padToColumns(`${selected ? '›' : ' '}${index + 1}`, 4)}
							{padToColumns(cutToColumns(safeText(result.stage?.name || '(no name)'), nameWidth), nameWidth + 2)}
							{padToColumns(keepEnd(safeText(arn), arnWidth), arnWidth + 2)}
							{padToColumns(String(result.participantTokens?.length ?? 0), 7)}
							{count === undefined ? '…' : String(count)}
						</Text>
					);
				})}
				{window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
				<Text color={theme.muted} wrap="truncate-end">
					{footerEntries('stage-list').filter(entry => entry.action !== 'help').map(entry => footerEntryText(entry)).join(' · ')}
				</Text>
			</Box>
		</KeyScope>
	);
}

/** An ARN too long for its column keeps its end (the stage's ID tells stages apart), an ellipsis first. */
function keepEnd(text: string, width: number): string {
	return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}
