import {Text} from '../text.js';
import {readToggle} from '../../../wizard/field-values.js';
import type {ToggleField} from '../../../wizard/fields.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys, useScopeActive} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import {FieldLine} from '../field-line.js';
import type {RowProps} from './row-props.js';

export type ToggleFieldRowProps = RowProps<ToggleField>;

export function ToggleFieldRow({field, target, focused, problems, scope, labelWidth, onChange}: ToggleFieldRowProps) {
	const active = useScopeActive() && focused;
	const on = readToggle(field, target);
	const latest = useLatest(on);
	useKeys(
		(input, key) => {
			const action = actionFor(scope, input, key);
			if (action === 'toggle' || action === 'left' || action === 'right') {
				latest.current = !latest.current;
				onChange({type: 'toggleChanged', field, value: latest.current});
			}
		},
		{isActive: active},
	);

	return (
		<FieldLine label={field.label} focused={focused} problems={problems} labelWidth={labelWidth}>
			<Text>
				<Text inverse={focused}>{on ? '[x]' : '[ ]'}</Text> {on ? 'yes' : 'no'}
			</Text>
		</FieldLine>
	);
}
