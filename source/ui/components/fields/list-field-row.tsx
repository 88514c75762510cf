// Any of a few values, as one toggle per option: ←/→ moves between them, Space ticks one.
import {useState} from 'react';
import {Text} from '../text.js';
import {readList} from '../../../wizard/field-values.js';
import type {ListField} from '../../../wizard/fields.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys, useScopeActive} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {FieldLine} from '../field-line.js';
import type {RowProps} from './row-props.js';

export type ListFieldRowProps = RowProps<ListField>;

export function ListFieldRow({field, target, focused, problems, scope, labelWidth, onChange}: ListFieldRowProps) {
	const theme = useTheme();
	const active = useScopeActive() && focused;
	const [cursor, setCursor] = useState(0);
	const values = readList(field, target);
	const latest = useLatest(values);
	useKeys(
		(input, key) => {
			const action = actionFor(scope, input, key);
			if (action === 'left' || action === 'right') {
				setCursor(current => (current + (action === 'right' ? 1 : -1) + field.options.length) % field.options.length);
			} else if (action === 'toggle') {
				const option = field.options[cursor];
				if (option) {
					const current = latest.current;
					latest.current = current.includes(option.value) ? current.filter(value => value !== option.value) : [...current, option.value];
					onChange({type: 'listChanged', field, value: latest.current});
				}
			}
		},
		{isActive: active},
	);

	return (
		<FieldLine label={field.label} focused={focused} problems={problems} labelWidth={labelWidth}>
			<Text wrap="truncate-end">
				{field.options.map((option, index) => {
					// A visible marker, not only inverse video: terminals without styling still show it.
					const here = focused && index === cursor;
					return (
						<Text key={option.value}>
							{index > 0 ? ' ' : ''}
							<Text color={theme.accent}>{here ? '›' : focused ? ' ' : ''}</Text>
							<Text inverse={here}>{values.includes(option.value) ? '[x]' : '[ ]'}</Text> {option.label}
						</Text>
					);
				})}
			</Text>
		</FieldLine>
	);
}
