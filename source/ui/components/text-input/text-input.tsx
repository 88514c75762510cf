// A one-line text input. The value is drawn through control pictures (ESC → ␛), so a value from a
// file cannot put an escape sequence on the terminal, and edited by editByKey through the wizard's
// key router, so keys typed the moment the field appears are not lost.
import React, {useState} from 'react';
import {Text} from 'ink';
import {toPictures} from '../../../wizard/control-pictures.js';
import {useLatest} from '../../hooks/use-latest.js';
import {useKeys} from '../../keys/key-router.js';
import {useScopeActive, useTypingFocus} from '../../keys/key-scope.js';
import {useTheme} from '../../theme.js';
import {editByKey} from './text-editing.js';

export type TextInputProps = {
	value: string;
	focus: boolean;
	placeholder?: string;
	/** Characters the field never holds and that keep their key meaning here (`?` in a stage name). */
	reservedCharacters?: string;
	/** Columns to draw in; a longer value scrolls to keep the cursor in view. */
	width?: number;
	onChange: (value: string) => void;
};

export function TextInput({value, focus, placeholder, reservedCharacters = '', width, onChange}: TextInputProps) {
	const theme = useTheme();
	const active = useScopeActive() && focus;
	// Undefined: at the end, where a field is entered and where typing usually goes.
	const [cursor, setCursor] = useState<number>();
	const latest = useLatest({value, cursor: cursor ?? [...value].length});
	useTypingFocus(active && !reservedCharacters.includes('?'));
	useKeys(
		(input, key) => {
			const previous = latest.current;
			const next = editByKey(previous, input, key, reservedCharacters);
			if (!next) {
				return;
			}

			latest.current = next;
			setCursor(next.cursor === [...next.value].length ? undefined : next.cursor);
			if (next.value !== previous.value) {
				onChange(next.value);
			}
		},
		{isActive: active},
	);

	const chars = [...toPictures(value)];
	if (!focus) {
		return <Text wrap="truncate-end">{chars.join('')}</Text>;
	}

	if (chars.length === 0 && placeholder) {
		return (
			<Text wrap="truncate-end">
				<Text inverse>{placeholder[0]}</Text>
				<Text color={theme.muted}>{placeholder.slice(1)}</Text>
			</Text>
		);
	}

	const at = Math.min(cursor ?? chars.length, chars.length);
	const view = visibleSlice(chars.length + 1, at, width);
	return (
		<Text>
			{view.start > 0 ? <Text color={theme.muted}>…</Text> : null}
			{chars.slice(view.start, at).join('')}
			<Text inverse>{chars[at] ?? ' '}</Text>
			{chars.slice(at + 1, view.end).join('')}
			{view.end < chars.length ? <Text color={theme.muted}>…</Text> : null}
		</Text>
	);
}

/**
 * Which characters to draw so the cursor stays in view: `length` counts the cell after the last
 * character (where the cursor waits), and each cut end gives one column to an ellipsis.
 */
export function visibleSlice(length: number, cursor: number, width: number | undefined): {start: number; end: number} {
	if (width === undefined || length <= width) {
		return {start: 0, end: length};
	}

	const room = Math.max(1, width - 2);
	const start = Math.min(Math.max(0, cursor - room + 1), length - room);
	return {start, end: start + room};
}
