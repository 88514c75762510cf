import {Text} from '../text.js';
import {readChoice} from '../../../wizard/field-values.js';
import type {ChoiceField} from '../../../wizard/fields.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys, useScopeActive} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {FieldLine} from '../field-line.js';
import type {RowProps} from './row-props.js';

export type ChoiceFieldRowProps = RowProps<ChoiceField>;

export function ChoiceFieldRow({field, target, focused, problems, scope, labelWidth, onChange}: ChoiceFieldRowProps) {
	const theme = useTheme();
	const active = useScopeActive() && focused;
	const value = readChoice(field, target);
	const index = Math.max(
		0,
		field.options.findIndex(option => option.value === value),
	);
	const latest = useLatest(index);
	useKeys(
		(input, key) => {
			const action = actionFor(scope, input, key);
			const step = action === 'left' ? -1 : action === 'right' || action === 'toggle' ? 1 : 0;
			if (step !== 0) {
				latest.current = (latest.current + step + field.options.length) % field.options.length;
				const next = field.options[latest.current];
				if (next) {
					onChange({type: 'choiceChanged', field, value: next.value});
				}
			}
		},
		{isActive: active},
	);

	const current = field.options[index];
	return (
		<FieldLine label={field.label} focused={focused} problems={problems} labelWidth={labelWidth}>
			<Text wrap="truncate-end">
				{focused ? <Text color={theme.accent}>‹ </Text> : null}
				<Text inverse={focused}>{current?.label ?? value}</Text>
				{focused ? <Text color={theme.accent}> ›</Text> : null}
				{focused ? (
					<Text color={theme.muted}>
						{' '}
						{index + 1}/{field.options.length}
					</Text>
				) : null}
			</Text>
		</FieldLine>
	);
}
