// "How many stages" on the name step: digits only (three at most), Backspace, ←/→ one fewer or one
// more. The count shown on arriving is as if selected: the first digit typed replaces it (3 typed
// over the default 1 is 3, not 13). Empty reads as 0, which the step marks as a problem until a
// number from 1 to 100 is typed.
// The count lives in the wizard's state (countChanged); this row only turns keys into it.
import {useEffect, useRef} from 'react';
import {Text} from '../../components/text.js';
import {countRange} from '../../../stage/count.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys, useScopeActive} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import {FieldLine} from '../../components/field-line.js';
import {useTheme} from '../../theme.js';

export const countLabel = 'How many stages';

const maxDigits = 3;

export type CountFieldProps = {
	count: number;
	focused: boolean;
	problems: string[];
	labelWidth: number;
	onChange: (count: number) => void;
};

/** The count after one key: a digit appended, the last one taken away, or one more or fewer. */
export function nextCount(count: number, edit: {digit: string} | 'delete' | 'more' | 'fewer'): number {
	const digits = count === 0 ? '' : String(count);
	if (edit === 'delete') {
		return Number(digits.slice(0, -1) || '0');
	}

	if (edit === 'more') {
		return Math.min(countRange.max, Math.max(countRange.min, count + 1));
	}

	if (edit === 'fewer') {
		return Math.max(countRange.min, Math.min(countRange.max, count - 1));
	}

	return Number(`${digits}${edit.digit}`.slice(0, maxDigits));
}

export function CountField({count, focused, problems, labelWidth, onChange}: CountFieldProps) {
	const theme = useTheme();
	const active = useScopeActive() && focused;
	// Digits read together before the next render still build on each other.
	const latest = useLatest(count);
	const change = (next: number) => {
		latest.current = next;
		onChange(next);
	};
	// Whether a key has edited the count since the row took the focus.
	const edited = useRef(false);
	useEffect(() => {
		edited.current = false;
	}, [focused]);

	useKeys(
		(input, key) => {
			const action = actionFor('name', input, key);
			if (action === 'left' || action === 'right') {
				edited.current = true;
				change(nextCount(latest.current, action === 'right' ? 'more' : 'fewer'));
			} else if (key.backspace || key.delete) {
				edited.current = true;
				change(nextCount(latest.current, 'delete'));
			} else if (/^\d+$/.test(input)) {
				let next = edited.current ? latest.current : 0;
				edited.current = true;
				for (const digit of input) {
					next = nextCount(next, {digit});
				}

				change(next);
			}
		},
		{isActive: active},
	);

	const shown = count === 0 ? '' : String(count);
	return (
		<FieldLine label={countLabel} focused={focused} problems={problems} labelWidth={labelWidth}>
			<Text wrap="truncate-end">
				<Text inverse={focused}>{shown === '' ? ' ' : shown}</Text>
				<Text color={theme.muted}>{count === 1 ? ' (one stage)' : count > 1 ? ' stages, {n} = 1…' + String(count) + ' in the name' : ''}</Text>
			</Text>
		</FieldLine>
	);
}
