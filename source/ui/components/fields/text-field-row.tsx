import {Text} from '../text.js';
import {safeText} from '../../../output/safe-text.js';
import {readText} from '../../../wizard/field-values.js';
import type {TextField as TextFieldSpec} from '../../../wizard/fields.js';
import {useTheme} from '../../theme.js';
import {Counter} from '../counter.js';
import {FieldLine} from '../field-line.js';
import {TextField} from '../text-field/text-field.js';
import type {RowProps} from './row-props.js';

export type TextFieldRowProps = Omit<RowProps<TextFieldSpec>, 'scope'> & {reservedCharacters?: string | undefined};

export function TextFieldRow({field, target, focused, problems, labelWidth = 20, reservedCharacters, onChange}: TextFieldRowProps) {
	const theme = useTheme();
	const value = readText(field, target);
	const length = [...value].length;
	return (
		<FieldLine
			label={field.label}
			focused={focused}
			problems={problems}
			labelWidth={labelWidth}
			aside={field.maxLength === undefined || (!focused && length === 0) ? undefined : <Counter used={length} limit={field.maxLength} />}
		>
			{focused ? (
				<TextField
					value={value}
					focus
					// Without colour a placeholder would read as a value; the help line says the same.
					placeholder={theme.color ? field.placeholder : undefined}
					reservedCharacters={reservedCharacters}
					onChange={next => {
						onChange({type: 'textChanged', field, value: next});
					}}
				/>
			) : (
				<Text wrap="truncate-end" color={value === '' ? theme.muted : undefined}>
					{value === '' ? '(none)' : safeText(value)}
				</Text>
			)}
		</FieldLine>
	);
}
