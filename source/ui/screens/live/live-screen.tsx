// After creation: the live table (its own folder), with this wizard's participant editor for its
// "add a token" and the save-as-preset prompt for its `s`. Ctrl+C is the table's to handle (it
// knows the export path); until the table is open, this screen quits on it the same way.
import {useMemo, useState} from 'react';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest, CreateStageResponse} from '../../../stage/request.js';
import type {NameTemplate} from '../../../wizard/name-template.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {SavePresetPrompt} from '../../components/save-preset-prompt/save-preset-prompt.js';
import {Spinner} from '../../components/spinner.js';
import {useHoldKeys, useKeys} from '../../keys/key-router.js';
import {isGlobalAction} from '../../keys/keybindings.js';
import type {LiveTableExit} from '../../live-table/live-table.js';
import {ParticipantEditor} from '../../participant-editor/participant-editor.js';
import {useTheme} from '../../theme.js';
import {useLiveApi} from './use-live-api.js';

export type LiveScreenProps = {
	response: CreateStageResponse;
	request: CreateStageRequest;
	connection: Connection;
	nameTemplate?: NameTemplate | undefined;
	sandbox: boolean;
	services: Services;
	store: PresetStore;
	revealTokens: boolean;
	color: boolean;
	now?: () => number;
	/** Said under the table from the start: the stage was adopted after its answer was lost. */
	notice?: string | undefined;
	onExit: (exit: LiveTableExit) => void;
	/** Esc on the table with nothing open: back to a batch's stage list. */
	onBack?: (() => void) | undefined;
};

export function LiveScreen({response, request, connection, nameTemplate, sandbox, services, store, revealTokens, color, now, notice, onExit, onBack}: LiveScreenProps) {
	const theme = useTheme();
	const live = useLiveApi(services, connection);
	const [prompt, setPrompt] = useState(false);
	// What the save-as-preset prompt said as it closed: the table shows it in place of its last notice.
	const [saved, setSaved] = useState<string>();
	// The wizard's one clipboard (system, or OSC 52 through this terminal), as the review's `y` uses.
	const clipboard = useMemo(() => ({write: async (text: string) => services.copy(text)}), [services]);
	const tableOpen = live !== undefined && !('error' in live);
	// Keys typed while the table loads are the table's: they wait for it (Ctrl+C does not).
	useHoldKeys(live === undefined);
	useKeys(
		(input, key) => {
			if (isGlobalAction('quit', input, key)) {
				onExit({reason: 'interrupt', response});
			}
		},
		{isActive: !tableOpen},
	);
	if (!live) {
		return (
			<Text>
				<Spinner /> Stage {safeText(response.stage?.arn)} created; opening the live table…
			</Text>
		);
	}

	if ('error' in live) {
		return <Text color={theme.error}>✗ Cannot open the live table: {safeText(live.error)}</Text>;
	}

	const {LiveTable} = live;
	return (
		<Box flexDirection="column">
			{/* Hidden, not unmounted, while the prompt shows: the table keeps its polling and state. */}
			<Box display={prompt ? 'none' : 'flex'} flexDirection="column">
				<LiveTable
					response={response}
					region={live.region}
					api={live.api}
					{...(now ? {now} : {})}
					revealTokens={revealTokens}
					clipboard={clipboard}
					sandbox={sandbox}
					color={color}
					isActive={!prompt}
					{...(onBack ? {onBack} : {})}
					{...(saved ? {notice: {tone: 'success' as const, text: safeText(saved)}} : notice ? {notice: {tone: 'info' as const, text: safeText(notice)}} : {})}
					renderParticipantEditor={editor => (
						<ParticipantEditor value={{}} title="New participant token" submitLabel="Create token" onSubmit={editor.onSubmit} onCancel={editor.onCancel} />
					)}
					onSavePreset={() => {
						setPrompt(true);
					}}
					onExit={onExit}
				/>
			</Box>
			{prompt ? (
				<SavePresetPrompt
					store={store}
					request={request}
					connection={connection}
					nameTemplate={nameTemplate}
					onClose={message => {
						setPrompt(false);
						if (message) {
							setSaved(message);
						}
					}}
				/>
			) : null}
		</Box>
	);
}
