// The live table of a stage made elsewhere (`watch`, Enter or `a` on the stages screen): the
// stage as the service describes it, no tokens to start with (the tool holds none for it), a row
// for each participant by its IDs and state, and the wizard's participant editor behind `a`.
import {useMemo} from 'react';
import {Text} from '../../components/text.js';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import type {LiveTableExit} from '../../../wizard/outcome.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {Spinner} from '../../components/spinner.js';
import {useHoldKeys, useKeys} from '../../input/key-router.js';
import {isGlobalAction} from '../../keys/keybindings.js';
import {ParticipantEditor} from '../../participant-editor/participant-editor.js';
import {useTheme} from '../../theme.js';
import {useLiveApi} from '../live/use-live-api.js';

export type ExistingStageTableProps = {
	stage: Stage;
	connection: Connection;
	services: Services;
	sandbox: boolean;
	revealTokens: boolean;
	color: boolean;
	/** Open on the participant editor. */
	addToken?: boolean;
	onExit: (exit: LiveTableExit) => void;
	/** Esc on the table with nothing open: back to the list; without it Esc only closes overlays. */
	onBack?: () => void;
};

export function ExistingStageTable({stage, connection, services, sandbox, revealTokens, color, addToken, onExit, onBack}: ExistingStageTableProps) {
	const theme = useTheme();
	const live = useLiveApi(services, connection);
	const clipboard = useMemo(() => ({write: async (text: string) => services.copy(text)}), [services]);
	const response = useMemo(() => ({stage, participantTokens: []}), [stage]);
	const tableOpen = live !== undefined && !('error' in live);
	// Keys typed while the table loads are the table's: they wait for it (Ctrl+C does not).
	useHoldKeys(live === undefined);
	useKeys(
		(input, key) => {
			if (isGlobalAction('quit', input, key)) {
				onExit({reason: 'interrupt', response});
			} else if (live && 'error' in live && key.escape) {
				onBack?.();
			}
		},
		{isActive: !tableOpen},
	);
	if (!live) {
		return (
			<Text>
				<Spinner /> Opening the live table of {safeText(stage.name || stage.arn)}…
			</Text>
		);
	}

	if ('error' in live) {
		return <Text color={theme.error}>✗ Cannot open the live table: {safeText(live.error)}</Text>;
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
