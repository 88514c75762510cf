// A form: rows of fields from the step definitions (and a few custom rows), one focused, with the
// focused field's help under them. Rows scroll when the terminal is short.
import {type ReactNode} from 'react';
import {Box} from 'ink';
import {Text} from '../text.js';
import type {Field} from '../../../wizard/fields.js';
import {toPictures} from '../../../wizard/control-pictures.js';
import {readText, type FieldChange} from '../../../wizard/field-values.js';
import type {Scope} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {FieldRow} from '../fields/field-row.js';
import {Paragraph} from '../paragraph.js';
import {columnsOf, wrapWords} from '../../../wizard/text-columns.js';
import {useFormState} from './use-form-state.js';
import {useForm} from './use-form.js';

type RowActions = {
	/** Enter/Tab: return true when handled here instead of moving on. */
	onEnter?: () => boolean;
	/** Space: opens what the row stands for (its attributes, a list to pick from). */
	onSpace?: () => void;
};

export type FormRow =
	| (RowActions & {kind: 'field'; field: Field; problems: string[]; reservedCharacters?: string; help?: string})
	| (RowActions & {kind: 'custom'; id: string; help?: string; height?: number; render: (focused: boolean) => ReactNode});

export type FormProps = {
	scope: Scope;
	rows: FormRow[];
	target: unknown;
	/** Lines the rows may take; they scroll to keep the focused one in view. */
	height: number;
	labelWidth?: number | undefined;
	initialFocus?: number;
	onChange: (change: FieldChange) => void;
	onDone: () => void;
	onBack: () => void;
};

/** Where a row's value is drawn: what is left of the line after the marker, label and counter. */
type Layout = {target: unknown; columns: number; labelWidth: number};

function rowHeight(row: FormRow, focused: boolean, layout?: Layout): number {
	if (row.kind === 'custom') {
		return row.height ?? 1;
	}

	const quickPicks = focused && row.field.kind === 'number' && row.field.quickPicks ? 1 : 0;
	// The focused text field wraps a long value (ink-text-input draws all of it), the cursor cell too.
	const valueWidth = layout ? Math.max(1, layout.columns - 2 - layout.labelWidth - 9) : 0;
	const textLines = focused && layout && row.field.kind === 'text' ? Math.ceil((columnsOf(toPictures(readText(row.field, layout.target))) + 1) / valueWidth) : 1;
	return textLines + Math.min(row.problems.length, 4) + quickPicks;
}

/** The first row to draw so that the focused one fits in `height` lines. */
export function firstVisibleRow(rows: FormRow[], focus: number, height: number, layout?: Layout): number {
	let used = 0;
	let first = focus;
	for (let index = focus; index >= 0; index--) {
		used += rowHeight(rows[index]!, index === focus, layout);
		if (used > height && index < focus) {
			break;
		}

		first = index;
	}

	return first;
}

export function Form({scope, rows, target, height, labelWidth, initialFocus, onChange, onDone, onBack}: FormProps) {
	const theme = useTheme();
	const {columns} = useTerminalSize();
	const [state, dispatch] = useFormState(initialFocus);
	const focus = Math.min(state.focus, rows.length - 1);
	useForm({
		scope,
		focus,
		count: rows.length,
		dispatch,
		onEnter: index => rows[index]?.onEnter?.() ?? false,
		onSpace(index) {
			rows[index]?.onSpace?.();
		},
		onDone,
		onBack,
	});

	const focusedRow = rows[focus];
	const help = focusedRow?.kind === 'field' ? focusedRow.help ?? focusedRow.field.help : focusedRow?.help;
	const helpHeight = help ? 1 + wrapWords(help, columns).length : 0;
	const first = firstVisibleRow(rows, focus, Math.max(1, height - helpHeight - 1), {target, columns, labelWidth: labelWidth ?? 20});
	return (
		<Box flexDirection="column">
			{first > 0 ? <Text color={theme.muted}>  ↑ {first} more</Text> : null}
			{rows.slice(first).map((row, offset) => {
				const index = first + offset;
				const focused = index === focus;
				return row.kind === 'field' ? (
					<FieldRow
						key={row.field.id}
						field={row.field}
						target={target}
						focused={focused}
						problems={row.problems}
						scope={scope}
						labelWidth={labelWidth}
						reservedCharacters={row.reservedCharacters}
						onChange={onChange}
					/>
				) : (
					<Box key={row.id}>{row.render(focused)}</Box>
				);
			})}
			{help ? (
				<Box marginTop={1}>
					<Paragraph text={help} width={columns} color={theme.muted} />
				</Box>
			) : null}
		</Box>
	);
}
