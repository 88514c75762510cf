import React from 'react';
import {Text} from 'ink';
import type {ToggleField} from '../../../wizard/fields.js';
import {readToggle, type FieldChange} from '../../../wizard/field-values.js';
import {actionFor, type Scope} from '../../keys/keybindings.js';
import {useScopeActive} from '../../keys/key-scope.js';
import {FieldLine} from '../field-line.js';
import {useKeys, useLatest} from '../../keys/key-router.js';

export type ToggleFieldRowProps = {
	field: ToggleField;
	target: unknown;
	focused: boolean;
	problems: string[];
	scope: Scope;
	labelWidth?: number;
	onChange: (change: FieldChange) => void;
};

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
