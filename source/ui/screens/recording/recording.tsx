// Recording: off, or on with a storage configuration (picked from the account's list, or typed),
// media, thumbnails, reconnect window, HLS segment length and replicas — all from the step's fields.
import {useCallback, useState} from 'react';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import type {StorageConfigurationChoice} from '../../../ivs/ivs-api.js';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import {readText, visibleFields} from '../../../wizard/field-values.js';
import type {TextField} from '../../../wizard/fields.js';
import {describeFieldProblem, problemsOfField} from '../../../wizard/problems.js';
import {recordingFields} from '../../../wizard/steps.js';
import type {FormRow} from '../../components/form/form.js';
import {listWindow} from '../../components/list-window.js';
import {KeyScope} from '../../keys/key-router.js';
import {useTheme} from '../../theme.js';
import {StepForm} from '../step-form.js';
import type {StepScreenProps} from '../step-props.js';
import {useRecordingState} from './use-recording-state.js';
import {useSandboxStorage, sandboxStorage, type SandboxStorage} from './use-sandbox-storage.js';
import {useStorageConfigurations, type StorageConfigurations} from './use-storage-configurations.js';
import {useStoragePicker} from './use-storage-picker.js';

const storageField = recordingFields.find(field => field.id === 'storageConfigurationArn') as TextField;

function storageHelp(storage: StorageConfigurations, region: string | undefined, sandbox: SandboxStorage | undefined): string {
	const where = region ? ` in ${region}` : '';
	if (sandbox?.status === 'creating') {
		return `${storageField.help} Creating a sandbox storage configuration…`;
	}

	const failedToCreate = sandbox?.status === 'failed' ? ` Could not create one: ${safeText(sandbox.message)}` : '';
	switch (storage.status) {
		case 'idle':
		case 'loading': {
			return `${storageField.help} Looking up the storage configurations${where}…`;
		}

		case 'loaded': {
			if (sandbox) {
				return storage.items.length === 0
					? `${storageField.help} Space: create a sandbox storage configuration.${failedToCreate}`
					: `${storageField.help} Space: pick from the ${storage.items.length}${where}, or create a sandbox one.${failedToCreate}`;
			}

			return storage.items.length === 0
				? `${storageField.help} There are none${where} yet: create one in the IVS console, then type its ARN.`
				: `${storageField.help} Space: pick from the ${storage.items.length}${where}.`;
		}

		case 'failed': {
			return `${storageField.help} Could not list them${where}: ${safeText(storage.message)}`;
		}
	}
}

/** `sandbox`: the emulator is the endpoint, and the list offers to make a storage configuration on it. */
export function RecordingScreen({state, dispatch, problems, height, services, sandbox = false}: StepScreenProps & {services: Services; sandbox?: boolean}) {
	const theme = useTheme();
	const fields = visibleFields(recordingFields, state.request);
	const [generation, setGeneration] = useState(0);
	const storage = useStorageConfigurations(services, state.connection, fields.includes(storageField), generation);
	const items = storage.status === 'loaded' ? storage.items : [];
	const onCreated = useCallback(
		(item: StorageConfigurationChoice) => {
			dispatch({type: 'textChanged', field: storageField, value: item.arn});
			setGeneration(count => count + 1);
		},
		[dispatch],
	);
	const made = useSandboxStorage(services, state.connection, onCreated);
	// The sandbox's list ends in one more row: make a storage configuration.
	const creatable = sandbox && storage.status === 'loaded';
	const [local, localDispatch] = useRecordingState();
	// The list replaces the form, so the form comes back on the storage row, not the first one.
	const [pickerUsed, setPickerUsed] = useState(false);
	useStoragePicker({
		active: Boolean(local.picker),
		cursor: local.picker?.cursor ?? 0,
		count: items.length + (creatable ? 1 : 0),
		dispatch: localDispatch,
		onPick(index) {
			const item = items[index];
			localDispatch({type: 'pickerClosed'});
			if (item) {
				dispatch({type: 'textChanged', field: storageField, value: item.arn});
			} else if (creatable) {
				made.create();
			}
		},
	});

	if (local.picker) {
		const window = listWindow(items.length + (creatable ? 1 : 0), local.picker.cursor, Math.max(3, height - 2));
		return (
			<KeyScope scope="storage-picker">
				<Box flexDirection="column">
					<Text bold>Pick a storage configuration{state.connection.region ? ` in ${state.connection.region}` : ''}</Text>
					{window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
					{items.slice(window.start, window.end).map((item, offset) => {
						const selected = window.start + offset === local.picker?.cursor;
						return (
							<Box key={item.arn} flexDirection="column">
								<Text wrap="truncate-end">
									<Text color={theme.accent}>{selected ? '› ' : '  '}</Text>
									<Text bold={selected}>{safeText(item.name) || '(no name)'}</Text>
									{item.bucket ? <Text color={theme.muted}> → s3://{safeText(item.bucket)}</Text> : null}
								</Text>
								<Text wrap="truncate-middle" color={theme.muted}>
									{'    '}
									{safeText(item.arn)}
								</Text>
							</Box>
						);
					})}
					{creatable && window.end > items.length ? (
						<Text wrap="truncate-end">
							<Text color={theme.accent}>{local.picker.cursor === items.length ? '› ' : '  '}</Text>
							<Text bold={local.picker.cursor === items.length}>+ Create a sandbox storage configuration</Text>
							<Text color={theme.muted}> → s3://{sandboxStorage.bucket}</Text>
						</Text>
					) : null}
					{window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
				</Box>
			</KeyScope>
		);
	}

	const rows: FormRow[] = fields.map(field => {
		const row: FormRow = {kind: 'field', field, problems: problemsOfField(problems, field, fields).map(problem => describeFieldProblem(field, problem))};
		if (field !== storageField) {
			return row;
		}

		return {
			...row,
			// ARNs hold no spaces, so Space is free to open the list.
			reservedCharacters: ' ',
			help: storageHelp(storage, state.connection.region, sandbox ? made.storage : undefined),
			onSpace() {
				if (items.length > 0 || (creatable && made.storage.status !== 'creating')) {
					const current = items.findIndex(item => item.arn === readText(storageField, state.request));
					localDispatch({type: 'pickerOpened', cursor: Math.max(0, current)});
					setPickerUsed(true);
				}
			},
		};
	});

	return (
		<StepForm
			state={state}
			dispatch={dispatch}
			height={height}
			scope="recording"
			labelWidth={24}
			rows={rows}
			{...(pickerUsed ? {initialFocus: fields.indexOf(storageField)} : {})}
		/>
	);
}
