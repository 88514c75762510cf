// After creation: the live table (its own folder), with this wizard's participant editor for its
// "add a token" and the save-as-preset prompt for its `s`.
import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest, CreateStageResponse} from '../../../stage/request.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {SavePresetPrompt} from '../../components/save-preset-prompt/save-preset-prompt.js';
import {Spinner} from '../../components/spinner.js';
import {safe} from '../../components/safe.js';
import type {LiveTableExit} from '../../live-table/live-table.js';
import {ParticipantEditor} from '../../participant-editor/participant-editor.js';
import type {WizardServices} from '../../services.js';
import {useTheme} from '../../theme.js';
import {useLiveClient} from './use-live-client.js';

export type LiveScreenProps = {
	response: CreateStageResponse;
	request: CreateStageRequest;
	connection: Connection;
	services: WizardServices;
	store: PresetStore;
	revealTokens: boolean;
	color: boolean;
	now?: () => number;
	onExit: (exit: LiveTableExit) => void;
};

export function LiveScreen({response, request, connection, services, store, revealTokens, color, now, onExit}: LiveScreenProps) {
	const theme = useTheme();
	const live = useLiveClient(services, connection);
	const [prompt, setPrompt] = useState(false);
	if (!live) {
		return (
			<Text>
				<Spinner /> Stage {safe(response.stage?.arn)} created; opening the live table…
			</Text>
		);
	}

	if ('error' in live) {
		return <Text color={theme.error}>✗ Cannot open the live table: {safe(live.error)}</Text>;
	}

	const {LiveTable} = live;
	return (
		<Box flexDirection="column">
			{/* Hidden, not unmounted, while the prompt shows: the table keeps its polling and state. */}
			<Box display={prompt ? 'none' : 'flex'} flexDirection="column">
				<LiveTable
					response={response}
					region={live.region}
					client={live.client}
					{...(now ? {now} : {})}
					revealTokens={revealTokens}
					color={color}
					isActive={!prompt}
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
					onClose={() => {
						setPrompt(false);
					}}
				/>
			) : null}
		</Box>
	);
}
