// `stages`: the region's stages, filtered as you type after `/`, one selected; Enter opens its
// live table (Esc there comes back), `a` opens it on the participant editor, `d` deletes it after
// a question that names it, `c` copies its ARN. Every key is in the one key table (keys/), scopes
// `stages`, `stages-filter` and `confirm`. Tokens added in a table outlive it: Esc hands them back
// here, a table of that stage opened again shows them, and the screen's exit hands them all on.
import {useCallback, useRef} from 'react';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import {wrapWords} from '../../../wizard/text-columns.js';
import type {CreateStageResponse} from '../../../stage/request.js';
import {errorLine} from '../../../core/describe-error.js';
import type {LiveTableExit} from '../../../wizard/outcome.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {Footer} from '../../components/footer.js';
import {HelpOverlay} from '../../components/help-overlay.js';
import {TextField} from '../../components/text-field/text-field.js';
import {useLatest} from '../../hooks/use-latest.js';
import {KeyScope, useKeys} from '../../keys/key-router.js';
import {actionFor, helpEntries, isGlobalAction} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {ExistingStageTable} from './existing-stage-table.js';
import {StageRows} from './stage-rows.js';
import {selectedIndex, selectedStage, useStagesState, visibleStages} from './stages-state.js';
import {useRegionStages} from './use-region-stages.js';

export type StagesScreenProps = {
	services: Services;
	connection: Connection;
	/** Shown in the title: where the stages are. */
	where: string;
	sandbox: boolean;
	revealTokens: boolean;
	color: boolean;
	width: number;
	height: number;
	/**
	 * `quit` (q), `interrupt` (Ctrl+C, here or in a table), or a table's `json`; `kept`: the stages
	 * whose tables were left with tokens added to them (the open table's own are in `table`).
	 */
	onExit: (reason: LiveTableExit['reason'], table?: LiveTableExit, kept?: CreateStageResponse[]) => void;
	/** Esc with no filter: back to where the screen was opened from (the wizard's start), with the tokens kept. */
	onBack?: (kept: CreateStageResponse[]) => void;
	/** Tokens added on an earlier visit (the wizard's start opens the screen again), by stage. */
	kept?: readonly CreateStageResponse[];
};

/** The lines an error may take below the list; a longer one is cut there. */
const maxErrorLines = 3;

export function StagesScreen({services, connection, where, sandbox, revealTokens, color, width, height, onExit, onBack, kept: earlier}: StagesScreenProps) {
	const theme = useTheme();
	const [state, dispatch] = useStagesState();
	// Each stage's tokens added here, by ARN, as its table was left.
	const kept = useRef(new Map<string, CreateStageResponse>((earlier ?? []).map(response => [response.stage?.arn ?? '', response])));
	const keptBut = (arn: string | undefined) => [...kept.current.values()].filter(response => response.stage?.arn !== arn);
	const exitWith = (reason: LiveTableExit['reason'], table?: LiveTableExit) => {
		onExit(reason, table, keptBut(table?.response.stage?.arn));
	};

	const latest = useLatest({state, services, connection, onExit: exitWith, onBack});
	useRegionStages(services, connection, state.generation, state.open === undefined, dispatch);

	const deleteStage = useCallback(async (arn: string) => {
		const api = latest.current.services.connect(latest.current.connection);
		try {
			await api.deleteStage(arn);
			// Its tokens join nothing now.
			kept.current.delete(arn);
			dispatch({type: 'deleted', arn});
		} catch (error) {
			dispatch({type: 'delete-failed', message: `DeleteStage failed: ${errorLine(error, 'DeleteStage')}`});
		} finally {
			api.close();
		}
	}, [dispatch, latest]);

	const copyArn = useCallback(async (arn: string) => {
		dispatch({type: 'noticed', notice: {tone: 'info', text: 'Copying the ARN…'}});
		try {
			await latest.current.services.copy(arn);
			dispatch({type: 'noticed', notice: {tone: 'success', text: `Copied ${arn}`}});
		} catch (error) {
			dispatch({type: 'noticed', notice: {tone: 'error', text: `Could not copy the ARN: ${(error as Error).message}`}});
		}
	}, [dispatch, latest]);

	const listing = state.open === undefined;
	useKeys(
		(input, key) => {
			const {state: current} = latest.current;
			if (isGlobalAction('quit', input, key)) {
				latest.current.onExit('interrupt');
				return;
			}

			if (current.confirm) {
				const answer = actionFor('confirm', input, key);
				if (answer === 'yes' || answer === 'no') {
					const arn = current.confirm.arn;
					dispatch({type: 'delete-answered', yes: answer === 'yes'});
					if (answer === 'yes') {
						void deleteStage(arn);
					}
				}

				return;
			}

			if (current.filtering) {
				const action = actionFor('stages-filter', input, key);
				if (action === 'choose' || action === 'cancel') {
					dispatch({type: 'filter-closed', clear: action === 'cancel'});
				}

				return;
			}

			if (current.help) {
				if (key.escape || isGlobalAction('help', input, key)) {
					dispatch({type: 'toggle-help'});
				}

				return;
			}

			if (isGlobalAction('help', input, key)) {
				dispatch({type: 'toggle-help'});
				return;
			}

			const stage = selectedStage(current);
			switch (actionFor('stages', input, key)) {
				case 'up': {
					dispatch({type: 'select-previous'});
					break;
				}

				case 'down': {
					dispatch({type: 'select-next'});
					break;
				}

				case 'details': {
					dispatch({type: 'opened', addToken: false});
					break;
				}

				case 'add': {
					dispatch({type: 'opened', addToken: true});
					break;
				}

				case 'filter': {
					dispatch({type: 'filter-opened'});
					break;
				}

				case 'delete': {
					dispatch({type: 'delete-asked'});
					break;
				}

				case 'copyArn': {
					if (stage) {
						void copyArn(stage.arn);
					}

					break;
				}

				case 'refresh': {
					dispatch({type: 'refresh'});
					break;
				}

				case 'back': {
					if (current.filter !== '') {
						dispatch({type: 'filter-closed', clear: true});
					} else {
						latest.current.onBack?.(keptBut(undefined));
					}

					break;
				}

				case 'quit': {
					latest.current.onExit('quit');
					break;
				}

				default: {
					break;
				}
			}
		},
		{isActive: listing},
	);

	if (state.open) {
		return (
			<ExistingStageTable
				key={state.open.stage.arn}
				stage={{arn: state.open.stage.arn, name: state.open.stage.name, ...(state.open.stage.activeSessionId ? {activeSessionId: state.open.stage.activeSessionId} : {}), tags: state.open.stage.tags}}
				connection={connection}
				services={services}
				sandbox={sandbox}
				revealTokens={revealTokens}
				color={color}
				{...(kept.current.has(state.open.stage.arn) ? {tokens: kept.current.get(state.open.stage.arn)!.participantTokens} : {})}
				addToken={state.open.addToken}
				onExit={table => {
					exitWith(table.reason, table);
				}}
				onBack={response => {
					const held = (response.participantTokens ?? []).filter(token => token.token);
					if (held.length > 0) {
						kept.current.set(state.open!.stage.arn, {...response, participantTokens: held});
					}

					dispatch({type: 'closed'});
				}}
			/>
		);
	}

	const visible = visibleStages(state);
	const total = state.stages?.length ?? 0;
	const title = `Stages in ${where}${sandbox ? ' (the sandbox: not real AWS stages)' : ''}`;
	const count = state.stages === undefined ? (state.loading ? 'reading…' : 'not read') : state.filter === '' ? `${total}` : `${visible.length} of ${total}`;
	const scope = state.confirm ? 'confirm' : state.filtering ? 'stages-filter' : 'stages';
	if (state.help) {
		return (
			<Box flexDirection="column" width={width}>
				<Text bold wrap="truncate-end">{title}</Text>
				<HelpOverlay entries={helpEntries('stages')} width={width} closeHint="? or Esc closes this list" />
			</Box>
		);
	}

	// An error is read whole (ListStages' reason says what to fix), so it wraps, up to a few lines.
	const errorLines = state.notice?.tone === 'error' && !state.confirm ? wrapWords(safeText(state.notice.text), width).slice(0, maxErrorLines) : undefined;
	// Title, filter, footer and the notice or question take theirs; the rows the rest.
	const rowLines = Math.max(2, height - 3 - Math.max(2, errorLines?.length ?? 0));
	return (
		<KeyScope scope={scope}>
			<Box flexDirection="column" width={width}>
				<Text bold wrap="truncate-end">
					{title} · {count}
				</Text>
				<Box>
					<Text color={state.filtering ? theme.accent : theme.muted}>/ filter: </Text>
					{state.filtering ? (
						<TextField value={state.filter} focus onChange={filter => dispatch({type: 'filter-changed', filter})} />
					) : (
						<Text wrap="truncate-end">{state.filter === '' ? '' : safeText(state.filter)}</Text>
					)}
				</Box>
				{state.stages === undefined ? (
					<Text color={theme.muted}>{state.loading ? 'Reading the stages (ListStages)…' : 'No stages could be read.'}</Text>
				) : visible.length === 0 ? (
					<Text color={theme.muted}>{total === 0 ? 'No stages in this region.' : 'No stage matches the filter (Esc clears it).'}</Text>
				) : (
					<StageRows stages={visible} counted={state.counted} selected={selectedIndex(state)} width={width} lines={rowLines} />
				)}
				{state.confirm ? (
					<Box flexDirection="column">
						<Text color={theme.warning} bold wrap="truncate-end">
							Delete stage {safeText(state.confirm.name || '(no name)')}? y/n
						</Text>
						<Text color={theme.warning} wrap="truncate-start">
							{safeText(state.confirm.arn)}
						</Text>
					</Box>
				) : errorLines ? (
					<Text color={theme.error}>{errorLines.join('\n')}</Text>
				) : state.notice ? (
					<Text color={state.notice.tone === 'success' ? theme.success : theme.muted} wrap="truncate-end">
						{safeText(state.notice.text)}
					</Text>
				) : null}
				<Footer scope={scope} width={width} />
			</Box>
		</KeyScope>
	);
}
