import React from 'react';
import {Text} from 'ink';
import {safeText} from '../../../output/safe-text.js';
import {readText} from '../../../wizard/field-values.js';
import type {TextField} from '../../../wizard/fields.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {useTheme} from '../../theme.js';
import {Counter} from '../counter.js';
import {FieldLine} from '../field-line.js';
import {TextInput} from '../text-input/text-input.js';
import type {RowProps} from './row-props.js';

export type TextFieldRowProps = Omit<RowProps<TextField>, 'scope'> & {reservedCharacters?: string};

export function TextFieldRow({field, target, focused, problems, labelWidth = 20, reservedCharacters, onChange}: TextFieldRowProps) {
	const theme = useTheme();
	const {columns} = useTerminalSize();
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
				<TextInput
					value={value}
					focus
					// Without colour a placeholder would read as a value; the help line says the same.
					placeholder={theme.color ? field.placeholder : undefined}
					reservedCharacters={reservedCharacters}
					// The marker and label, the counter ("128/128") and the space before it.
					width={Math.max(8, columns - 2 - labelWidth - 9)}
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
