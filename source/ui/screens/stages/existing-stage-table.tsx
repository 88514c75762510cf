// The live table of a stage made elsewhere (`watch`, Enter or `a` on the stages screen): the
// stage as the service describes it, the tokens added to it earlier in this run (none at first: the
// tool holds none for it), a row for each participant by its IDs and state, and the wizard's
// participant editor behind `a`. Leaving it hands on the tokens as they stand, so none is lost.
import {useMemo} from 'react';
import {Text} from '../../components/text.js';
import type {ParticipantToken, Stage} from '@aws-sdk/client-ivs-realtime';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import type {CreateStageResponse} from '../../../stage/request.js';
import type {LiveTableExit} from '../../../wizard/outcome.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {Spinner} from '../../components/spinner.js';
import {useHoldKeys, useKeys} from '../../keys/key-router.js';
import {isGlobalAction} from '../../keys/keybindings.js';
import {ParticipantEditor} from '../../participant-editor/participant-editor.js';
import {useTheme} from '../../theme.js';
import {useLiveApi} from '../live/use-live-api.js';
import {useWholeStage} from './use-whole-stage.js';

export type ExistingStageTableProps = {
	stage: Stage;
	connection: Connection;
	services: Services;
	sandbox: boolean;
	revealTokens: boolean;
	color: boolean;
	/** Tokens added to this stage earlier in this run (its table opened before): shown again. */
	tokens?: readonly ParticipantToken[] | undefined;
	/** Open on the participant editor. */
	addToken?: boolean;
	onExit: (exit: LiveTableExit) => void;
	/** Esc on the table with nothing open: back to the list, with the tokens as they stand; without it Esc only closes overlays. */
	onBack?: (response: CreateStageResponse) => void;
};

export function ExistingStageTable({stage, connection, services, sandbox, revealTokens, color, tokens, addToken, onExit, onBack}: ExistingStageTableProps) {
	const theme = useTheme();
	const live = useLiveApi(services, connection);
	// The header shows the stage's endpoints: a summary (the stages screen's) is read whole first.
	const whole = useWholeStage(live && !('error' in live) ? live.api : undefined, stage);
	const clipboard = useMemo(() => ({write: async (text: string) => services.copy(text)}), [services]);
	const wholeStage = whole && 'stage' in whole ? whole.stage : undefined;
	const response = useMemo(() => ({stage: wholeStage ?? stage, participantTokens: [...(tokens ?? [])]}), [wholeStage, stage, tokens]);
	const failure = live && 'error' in live ? live.error : whole && 'error' in whole ? whole.error : undefined;
	const loading = failure === undefined && (live === undefined || whole === undefined);
	const tableOpen = !loading && failure === undefined;
	// Keys typed while the table loads are the table's: they wait for it (Ctrl+C does not).
	useHoldKeys(loading);
	useKeys(
		(input, key) => {
			if (isGlobalAction('quit', input, key)) {
				onExit({reason: 'interrupt', response});
			} else if (failure !== undefined && key.escape) {
				onBack?.(response);
			}
		},
		{isActive: !tableOpen},
	);
	if (loading || !live || 'error' in live) {
		return failure === undefined ? (
			<Text>
				<Spinner /> Opening the live table of {safeText(stage.name || stage.arn)}…
			</Text>
		) : (
			<Text color={theme.error}>✗ Cannot open the live table: {safeText(failure)}</Text>
		);
	}

	const {LiveTable} = live;
	return (
		<LiveTable
			response={response}
			region={live.region}
			api={live.api}
			revealTokens={revealTokens}
			clipboard={clipboard}
			sandbox={sandbox}
			color={color}
			showsUnheld
			openEditor={addToken ?? false}
			{...(onBack ? {onBack} : {})}
			renderParticipantEditor={editor => <ParticipantEditor value={{}} title="New participant token" submitLabel="Create token" onSubmit={editor.onSubmit} onCancel={editor.onCancel} />}
			onExit={onExit}
		/>
	);
}
