// One participant token configuration: user ID, PUBLISH/SUBSCRIBE, lifetime, attributes. The
// wizard's participants step and the live table's "add a token" both use it, so its props are a
// small, stable API: a value in, onSubmit with the edited value, onCancel.
import {Box} from 'ink';
import {Text} from '../components/text.js';
import type {ParticipantTokenConfiguration} from '../../stage/request.js';
import {problemsAt, validateShape} from '../../stage/validate.js';
import {mapEntries} from '../../wizard/collections.js';
import {visibleFields} from '../../wizard/field-values.js';
import {mapBytes} from '../../wizard/entry-problems.js';
import {describeFieldProblem, problemsOfField, wizardProblems} from '../../wizard/problems.js';
import {attributesField, participantFields, participantsField} from '../../wizard/steps.js';
import {padToColumns} from '../../wizard/text-columns.js';
import {Form, type FormRow} from '../components/form/form.js';
import {KeyValueEditor} from '../components/key-value-editor/key-value-editor.js';
import {Meter} from '../components/meter.js';
import {ProblemLines} from '../components/problem-lines.js';
import {KeyScope} from '../keys/key-router.js';
import {useTheme} from '../theme.js';
import {useParticipantEditorState} from './use-participant-editor-state.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';

export type ParticipantEditorProps = {
	/** The configuration to start from; `{}` for a new one (the service's defaults then apply). */
	value: ParticipantTokenConfiguration;
	/** Called with the edited configuration; only when the core validator finds nothing wrong. */
	onSubmit: (value: ParticipantTokenConfiguration) => void;
	/** Esc: nothing is kept. */
	onCancel: () => void;
	/** Shown above the fields, e.g. "Participant 2 of 3". */
	title?: string;
	/** The last line's label, e.g. "Save participant" or "Create token". */
	submitLabel?: string;
	/** Lines the editor may use; defaults to the terminal's height less a header and footer. */
	height?: number;
};

const labelWidth = 16;

export function ParticipantEditor({value: initial, onSubmit, onCancel, title = 'Participant', submitLabel = 'Save participant', height}: ParticipantEditorProps) {
	const theme = useTheme();
	const {rows: terminalRows} = useTerminalSize();
	const available = height ?? Math.max(8, terminalRows - 6);
	const [state, dispatch] = useParticipantEditorState(initial);
	const {value} = state;
	const problems = [...validateShape(participantsField.shape, value), ...wizardProblems(participantFields, value, [])];
	const attributeProblems = problemsAt(problems, attributesField.path);

	if (state.mode === 'attributes') {
		return (
			<Box flexDirection="column">
				<Text bold>
					{title}: attributes
				</Text>
				<KeyValueEditor
					field={attributesField}
					map={value.attributes}
					problems={attributeProblems.map(problem => ({...problem, path: problem.path.slice(attributesField.path.length)}))}
					listScope="attributes"
					formScope="attribute-form"
					height={available - 1}
					closeLabel="Done with attributes"
					onSave={(previousKey, key, entryValue) => {
						dispatch({type: 'attributeSaved', previousKey, key, value: entryValue});
					}}
					onRemove={key => {
						dispatch({type: 'attributeRemoved', key});
					}}
					onNext={() => {
						dispatch({type: 'attributesClosed'});
					}}
					onBack={() => {
						dispatch({type: 'attributesClosed'});
					}}
				/>
			</Box>
		);
	}

	const submit = () => {
		if (problems.length === 0) {
			onSubmit(value);
		}

		return true;
	};

	const fields = visibleFields(participantFields, value).filter(field => field.kind !== 'map');
	const attributeCount = mapEntries(value.attributes).length;
	const rows: FormRow[] = [
		...fields.map(field => ({
			kind: 'field' as const,
			field,
			problems: problemsOfField(problems, field, participantFields).map(problem => describeFieldProblem(field, problem)),
		})),
		{
			kind: 'custom',
			id: 'attributes',
			help: `${attributesField.help} Space to edit them.`,
			height: 1 + Math.min(attributeProblems.length, 3),
			render: focused => (
				<Box flexDirection="column">
					<Text wrap="truncate-end">
						<Text color={theme.accent}>{focused ? '› ' : '  '}</Text>
						<Text bold={focused}>{padToColumns(attributesField.label, labelWidth)}</Text>
						{attributeCount === 0 ? <Text color={theme.muted}>none </Text> : `${attributeCount} `}
						<Meter used={mapBytes(value.attributes)} limit={attributesField.maxBytes ?? 0} />
					</Text>
					<Box paddingLeft={2 + labelWidth}>
						<ProblemLines problems={attributeProblems.map(problem => describeFieldProblem(attributesField, problem))} />
					</Box>
				</Box>
			),
			onSpace() {
				dispatch({type: 'attributesOpened'});
			},
		},
		{
			kind: 'custom',
			id: 'submit',
			help: problems.length > 0 ? 'Fix the problems marked ✗ first, or Esc to discard.' : 'Enter to save; Esc discards the changes.',
			render: focused => (
				<Text>
					<Text color={theme.accent}>{focused ? '› ' : '  '}</Text>
					<Text inverse={focused} color={problems.length > 0 ? theme.muted : theme.success}>
						[ {submitLabel} ]
					</Text>
					{problems.length > 0 ? <Text color={theme.error}> ✗ {problems.length} to fix</Text> : null}
				</Text>
			),
			onEnter: submit,
		},
	];

	return (
		<KeyScope scope="participant-form">
			<Box flexDirection="column">
				<Text bold>{title}</Text>
				<Form
					scope="participant-form"
					rows={rows}
					target={value}
					height={available - 1}
					labelWidth={labelWidth}
					initialFocus={state.focusAttributes ? fields.length : 0}
					onChange={change => {
						dispatch({type: 'fieldChanged', change});
					}}
					onDone={submit}
					onBack={onCancel}
				/>
			</Box>
		</KeyScope>
	);
}
