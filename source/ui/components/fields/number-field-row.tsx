// A whole number typed digit by digit, with its human reading (720 min → 12 h) and quick picks on
// ←/→. Empty means "leave it out": the service's default applies and the row says which.
import {Box} from 'ink';
import {Text} from '../text.js';
import {formatMinutes, formatSeconds} from '../../../wizard/durations.js';
import {isSet, readNumber} from '../../../wizard/field-values.js';
import type {NumberField} from '../../../wizard/fields.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys, useScopeActive} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import {FieldLine} from '../field-line.js';
import type {RowProps} from './row-props.js';

export type NumberFieldRowProps = RowProps<NumberField>;

/** Nine digits hold every limit in the model with room to spare, and keep the value a safe integer. */
const maxDigits = 9;

export function reading(field: NumberField, value: number): string {
	return field.unit === 'minutes' ? formatMinutes(value) : formatSeconds(value);
}

export function nextQuickPick(field: NumberField, value: number, direction: 1 | -1): number | undefined {
	const picks = (field.quickPicks ?? []).map(pick => pick.value);
	const candidates = direction === 1 ? picks.filter(pick => pick > value) : picks.filter(pick => pick < value).reverse();
	return candidates[0];
}

export function NumberFieldRow({field, target, focused, problems, scope, labelWidth, onChange}: NumberFieldRowProps) {
	const theme = useTheme();
	const active = useScopeActive() && focused;
	const set = isSet(field, target);
	const value = readNumber(field, target);
	// Digits read together before the next render still build on each other.
	const latest = useLatest({set, value});
	const change = (next: number | undefined) => {
		latest.current = {set: next !== undefined, value: next ?? field.default};
		onChange({type: 'numberChanged', field, value: next});
	};

	useKeys(
		(input, key) => {
			const action = actionFor(scope, input, key);
			const current = latest.current;
			if (action === 'left' || action === 'right') {
				const pick = nextQuickPick(field, current.value, action === 'right' ? 1 : -1);
				if (pick !== undefined) {
					change(pick);
				}
			} else if (key.backspace || key.delete) {
				const digits = current.set ? String(current.value).slice(0, -1) : '';
				change(digits === '' ? undefined : Number(digits));
			} else if (/^\d+$/.test(input)) {
				const digits = `${current.set ? String(current.value) : ''}${input}`.replace(/^0+(?=\d)/, '').slice(0, maxDigits);
				change(Number(digits));
			}
		},
		{isActive: active},
	);

	const unit = field.unit === 'minutes' ? 'min' : 's';
	return (
		<FieldLine label={field.label} focused={focused} problems={problems} labelWidth={labelWidth}>
			<Box flexDirection="column">
				<Text wrap="truncate-end">
					<Text inverse={focused && set}>{set ? String(value) : ''}</Text>
					{focused && !set ? <Text inverse> </Text> : null}
					{set ? ` ${unit}` : <Text color={theme.muted}>{focused ? ' ' : ''}default {value} {unit}</Text>}
					{reading(field, value) === `${value} ${unit}` ? null : <Text color={theme.muted}> = {reading(field, value)}</Text>}
				</Text>
				{focused && field.quickPicks ? (
					<Text wrap="truncate-end" color={theme.muted}>
						{'←/→ '}
						{field.quickPicks.map((pick, index) => (
							<Text key={pick.value} color={pick.value === value ? theme.accent : theme.muted} bold={pick.value === value}>
								{index > 0 ? ' · ' : ''}
								{pick.value === value ? `[${pick.label}]` : pick.label}
							</Text>
						))}
					</Text>
				) : null}
			</Box>
		</FieldLine>
	);
}
