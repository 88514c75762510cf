// Save as preset, from the review screen and from the live table: a name, checked as the store
// checks it, and a question before an existing preset is overwritten.
import {Box} from 'ink';
import {Text} from '../text.js';
import {isValidPresetName, presetNameRule} from '../../../presets/preset-name.js';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest} from '../../../stage/request.js';
import type {NameTemplate} from '../../../wizard/name-template.js';
import {presetToSave} from '../../../wizard/preset-to-save.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {KeyScope} from '../../keys/key-router.js';
import {useTheme} from '../../theme.js';
import {ProblemLines} from '../problem-lines.js';
import {TextField} from '../text-field/text-field.js';
import {useSavePresetState} from './use-save-preset-state.js';
import {useSavePreset} from './use-save-preset.js';

export type SavePresetPromptProps = {
	store: PresetStore;
	request: CreateStageRequest;
	connection: Connection;
	/** Where the request's name was expanded from a template: the preset keeps the template. */
	nameTemplate?: NameTemplate | undefined;
	/** How many stages the wizard makes: kept with the preset when above 1. */
	count?: number;
	initialName?: string;
	/** With what to tell the user: "Saved preset …", or nothing when they gave up. */
	onClose: (message?: string) => void;
};

export function SavePresetPrompt({store, request, connection, nameTemplate, count, initialName = '', onClose}: SavePresetPromptProps) {
	const theme = useTheme();
	const [state, dispatch] = useSavePresetState(initialName);
	const valid = isValidPresetName(state.name);
	useSavePreset({
		state,
		dispatch,
		onSubmit(overwrite) {
			if (!valid) {
				return;
			}

			try {
				if (!overwrite && store.getPreset(state.name)) {
					dispatch({type: 'confirmAsked'});
					return;
				}

				store.savePreset(presetToSave(state.name, {request, connection, nameTemplate, ...(count === undefined ? {} : {count})}), {overwrite});
				onClose(`Saved preset "${state.name}": next time, npx ivs-stage-wizard --preset ${state.name}`);
			} catch (error) {
				dispatch({type: 'failed', error: (error as Error).message});
			}
		},
		onCancel() {
			onClose();
		},
	});

	return (
		<KeyScope scope={state.confirming ? 'confirm' : 'preset-name'}>
			<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
				<Text bold>Save as a preset</Text>
				<Box>
					<Text>Name: </Text>
					<TextField focus={!state.confirming} value={state.name} placeholder="e.g. weekly-show" onChange={name => dispatch({type: 'nameChanged', name})} />
				</Box>
				{state.name !== '' && !valid ? <ProblemLines problems={[`use ${presetNameRule}`]} /> : null}
				{state.error ? <ProblemLines problems={[state.error]} /> : null}
				{state.confirming ? (
					<Text color={theme.warning}>! A preset named "{state.name}" exists. Overwrite it? (y/n)</Text>
				) : (
					<Text color={theme.muted}>Tokens are never saved. Enter saves, Esc cancels.</Text>
				)}
			</Box>
		</KeyScope>
	);
}
