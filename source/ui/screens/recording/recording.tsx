// Recording: off, or on with a storage configuration (picked from the account's list, or typed),
// media, thumbnails, reconnect window, HLS segment length and replicas — all from the step's fields.
import {Box, Text} from 'ink';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import {readText, visibleFields} from '../../../wizard/field-values.js';
import type {TextField} from '../../../wizard/fields.js';
import {describeFieldProblem, problemsOfField} from '../../../wizard/problems.js';
import {recordingFields} from '../../../wizard/steps.js';
import type {FormRow} from '../../components/form/form.js';
import {listWindow} from '../../components/list-window.js';
import {KeyScope} from '../../keys/key-scope.js';
import {useTheme} from '../../theme.js';
import {StepForm} from '../step-form.js';
import type {StepScreenProps} from '../step-props.js';
import {useRecordingState} from './use-recording-state.js';
import {useStorageConfigurations, type StorageConfigurations} from './use-storage-configurations.js';
import {useStoragePicker} from './use-storage-picker.js';

const storageField = recordingFields.find(field => field.id === 'storageConfigurationArn') as TextField;

function storageHelp(storage: StorageConfigurations, region: string | undefined): string {
	const where = region ? ` in ${region}` : '';
	switch (storage.status) {
		case 'idle':
		case 'loading': {
			return `${storageField.help} Looking up the storage configurations${where}…`;
		}

		case 'loaded': {
			return storage.items.length === 0
				? `${storageField.help} There are none${where} yet: create one in the IVS console, then type its ARN.`
				: `${storageField.help} Space: pick from the ${storage.items.length}${where}.`;
		}

		case 'failed': {
			return `${storageField.help} Could not list them${where}: ${safeText(storage.message)}`;
		}
	}
}

export function RecordingScreen({state, dispatch, problems, height, services}: StepScreenProps & {services: Services}) {
	const theme = useTheme();
	const fields = visibleFields(recordingFields, state.request);
	const storage = useStorageConfigurations(services, state.connection, fields.includes(storageField));
	const items = storage.status === 'loaded' ? storage.items : [];
	const [local, localDispatch] = useRecordingState();
	useStoragePicker({
		active: Boolean(local.picker),
		cursor: local.picker?.cursor ?? 0,
		count: items.length,
		dispatch: localDispatch,
		onPick(index) {
			const item = items[index];
			localDispatch({type: 'pickerClosed'});
			if (item) {
				dispatch({type: 'textChanged', field: storageField, value: item.arn});
			}
		},
	});

	if (local.picker) {
		const window = listWindow(items.length, local.picker.cursor, Math.max(3, height - 2));
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
			help: storageHelp(storage, state.connection.region),
			onSpace() {
				if (items.length > 0) {
					const current = items.findIndex(item => item.arn === readText(storageField, state.request));
					localDispatch({type: 'pickerOpened', cursor: Math.max(0, current)});
				}
			},
		};
	});

	return <StepForm state={state} dispatch={dispatch} height={height} scope="recording" labelWidth={24} rows={rows} />;
}
