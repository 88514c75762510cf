// Tags and participant attributes: a list of key-value pairs, and a two-field form for one of them.
// Limits come from the step definition (count, key and value lengths, a byte budget) and every
// check is the core validator's, run on the map as it would be saved.
import {Box} from 'ink';
import {Text} from '../text.js';
import {safeText} from '../../../output/safe-text.js';
import {problemsAt, type Problem} from '../../../stage/validate.js';
import {mapEntries} from '../../../wizard/collections.js';
import {entryProblems, mapBytes} from '../../../wizard/entry-problems.js';
import {entryFields, type FieldChange} from '../../../wizard/field-values.js';
import type {MapField} from '../../../wizard/fields.js';
import {describeFieldProblem} from '../../../wizard/problems.js';
import {KeyScope} from '../../keys/key-router.js';
import type {Scope} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {Form} from '../form/form.js';
import {ItemList} from '../item-list/item-list.js';
import {useItemList} from '../item-list/use-item-list.js';
import {Meter} from '../meter.js';
import {ProblemLines} from '../problem-lines.js';
import {unchanged, untouched, useKeyValueState} from './use-key-value-state.js';

export type KeyValueEditorProps = {
	field: MapField;
	map: unknown;
	/** The validator's problems for the map, with paths from the map itself ([] or [key]). */
	problems: Problem[];
	listScope: Scope;
	formScope: Scope;
	height: number;
	closeLabel: string;
	/**
	 * With entries already there, start on the closing line, so Enter accepts them and moves on
	 * (the tags step); otherwise on the first entry (attributes, opened to be edited).
	 */
	startOnClose?: boolean;
	onSave: (previousKey: string | undefined, key: string, value: string) => void;
	onRemove: (key: string) => void;
	onNext: () => void;
	onBack: () => void;
};

function article(word: string): string {
	return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function KeyValueEditor(props: KeyValueEditorProps) {
	const {field, map, problems, listScope, formScope, height, closeLabel, startOnClose = false, onSave, onRemove, onNext, onBack} = props;
	const theme = useTheme();
	const entries = mapEntries(map);
	// Start on the closing line when there is nothing to edit, so Enter carries a newcomer on; on the
	// first entry with a problem, when one has.
	const firstProblem = entries.findIndex(([key]) => problemsAt(problems, [key]).length > 0);
	const [state, dispatch] = useKeyValueState(firstProblem === -1 ? (entries.length === 0 || startOnClose ? entries.length + 1 : 0) : firstProblem);
	const lineCount = entries.length + 2;
	const cursor = Math.min(state.cursor, lineCount - 1);
	const full = field.maxEntries !== undefined && entries.length >= field.maxEntries;

	useItemList({
		scope: listScope,
		active: !state.editing,
		cursor,
		count: entries.length,
		onMove(by) {
			dispatch({type: 'moved', by, count: lineCount});
		},
		onAdd() {
			if (full) {
				dispatch({type: 'noticed', notice: `At most ${field.maxEntries} ${field.entryLabel}s: remove one to add another.`});
			} else {
				dispatch({type: 'editStarted', entry: {key: '', value: ''}});
			}
		},
		onEdit(index) {
			const [key, value] = entries[index]!;
			dispatch({type: 'editStarted', entry: {previousKey: key, previousValue: value, key, value}});
		},
		onRemove(index) {
			onRemove(entries[index]![0]);
		},
		onNext,
		onBack,
	});

	const meter = field.maxBytes === undefined ? null : (
		<Meter used={state.editing ? mapBytes(map, state.editing.previousKey, state.editing.key, state.editing.value) : mapBytes(map)} limit={field.maxBytes} />
	);
	const count =
		field.maxEntries === undefined ? null : (
			<Text color={entries.length > field.maxEntries ? theme.error : theme.muted}>
				{entries.length}/{field.maxEntries} {field.entryLabel}s
			</Text>
		);

	if (state.editing) {
		const {editing} = state;
		const [keyField, valueField] = entryFields(field);
		const found = entryProblems(field, map, editing.previousKey, editing.key, editing.value);
		// A blank new entry says what it needs (the field's help) without a ✗ until it is typed into or Enter is refused.
		const quiet = untouched(editing);
		return (
			<KeyScope scope={formScope}>
				<Box flexDirection="column">
					<Box gap={2}>
						<Text bold>{editing.previousKey === undefined ? `New ${field.entryLabel}` : `Edit ${field.entryLabel}`}</Text>
						{meter ?? count}
					</Box>
					<Form
						scope={formScope}
						height={height - 1}
						labelWidth={8}
						target={editing}
						rows={[
							{kind: 'field', field: keyField, problems: quiet ? [] : found.key},
							{kind: 'field', field: valueField, problems: quiet ? [] : [...found.value, ...found.map]},
						]}
						onChange={(change: FieldChange) => {
							if (change.type === 'textChanged') {
								dispatch({type: 'entryChanged', part: change.field.id === 'key' ? 'key' : 'value', value: change.value});
							}
						}}
						onDone={() => {
							if (found.blocking) {
								dispatch({type: 'saveRefused'});
							} else {
								onSave(editing.previousKey, editing.key, editing.value);
								const saved = mapEntries(map).findIndex(([key]) => key === editing.previousKey);
								// Saved as it was: the next Enter moves on instead of opening it again.
								const cursor = unchanged(editing) ? entries.length + 1 : saved === -1 ? entries.length : saved;
								dispatch({type: 'editEnded', cursor});
							}
						}}
						onBack={() => {
							dispatch({type: 'editEnded'});
						}}
					/>
				</Box>
			</KeyScope>
		);
	}

	const mapLevel = problems.filter(problem => problem.path.length === 0).map(problem => describeFieldProblem(field, problem));
	return (
		<KeyScope scope={listScope}>
			<Box flexDirection="column">
				<Box gap={2}>
					{meter ?? count}
					{state.notice ? <Text color={theme.warning}>! {state.notice}</Text> : null}
				</Box>
				<ProblemLines problems={mapLevel} />
				<ItemList
					items={entries}
					actions={[
						{id: 'add', label: full ? `(at most ${field.maxEntries} ${field.entryLabel}s)` : `+ Add ${article(field.entryLabel)} ${field.entryLabel}`},
						{id: 'close', label: closeLabel},
					]}
					cursor={cursor}
					height={Math.max(3, height - 3)}
					renderItem={([key, value], index, marker, selected) => (
						<Text key={`entry-${index}`} wrap="truncate-end">
							{marker}
							{problemsAt(problems, [key]).length > 0 ? <Text color={theme.error}>✗ </Text> : null}
							<Text bold={selected}>{safeText(key) || '(empty key)'}</Text>
							<Text color={theme.muted}> = </Text>
							{safeText(value)}
						</Text>
					)}
				/>
			</Box>
		</KeyScope>
	);
}
