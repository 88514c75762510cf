// Every free-text field of the wizard (stage name, user ID, tag and attribute keys and values, the
// storage ARN, a preset's name, the endpoint URL) is this: ink-text-input, shown the value with
// its control characters as pictures (a value from a file cannot put an escape sequence on the
// terminal), the real value kept in state (field-edit.ts). It loses no key when it appears because
// the input layer hands Ink one key at a time, after the commit that mounted it has run its
// effects (keys/paced-input.ts).
import {useEffect, useRef, useState} from 'react';
import {Box, type DOMElement, measureElement} from 'ink';
import InkTextInput from 'ink-text-input';
import {toPictures} from '../../../wizard/control-pictures.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {useKeyRouter, useKeys, useScopeActive} from '../../keys/key-router.js';
import {clearField} from '../../keys/keybindings.js';
import {insertsText} from '../../keys/split-keys.js';
import {applyFieldEdit} from './field-edit.js';

export type TextFieldProps = {
	value: string;
	focus: boolean;
	placeholder?: string | undefined;
	/** Characters the field never holds and that keep their key meaning here (`?` in a stage name). */
	reservedCharacters?: string | undefined;
	onChange: (value: string) => void;
};

export function TextField({value, focus, placeholder, reservedCharacters = '', onChange}: TextFieldProps) {
	const active = useScopeActive() && focus;
	// Remounting puts ink-text-input's cursor at the end, where the text it shows now ends.
	const [generation, setGeneration] = useState(0);
	const {paced} = useKeyRouter();
	// While active the field has the focus: runs of text reach it whole, and it types what it does
	// not reserve. Ctrl+U clears it, as in a shell: the quick way to replace a pre-filled value.
	useKeys(
		(input, key) => {
			if (clearField.matches(input, key) && value !== '') {
				setGeneration(current => current + 1);
				onChange('');
			}
		},
		{isActive: active, typesAllBut: reservedCharacters},
	);
	// One row whatever the length (a 10,000-character paste): the text wraps inside a box one row
	// high, lifted by all its rows but the last, so the row shows the tail where the cursor is and
	// the frame never grows past the screen. The rows are measured after a layout the value or the
	// terminal's width changed.
	const wrapped = useRef<DOMElement>(null);
	const [rows, setRows] = useState(1);
	const {columns} = useTerminalSize();
	useEffect(() => {
		const height = Math.max(1, wrapped.current ? measureElement(wrapped.current).height : 1);
		if (height !== rows) {
			setRows(height);
		}
	}, [value, columns, rows]);
	return (
		<Box height={1} overflow="hidden" flexGrow={1} alignItems="flex-start">
			<Box ref={wrapped} marginTop={1 - rows} flexGrow={1} flexShrink={0}>
				<InkTextInput
					key={generation}
					value={toPictures(value)}
					focus={active}
					placeholder={placeholder ?? ''}
					onChange={next => {
						// The key as the terminal sent it: ink-text-input types Ctrl+A or Alt+X as the letter, and
						// a field must not. Backspace and Delete may delete; only text (typed or pasted) may insert.
						const key = paced.keyInFlight;
						const edit = applyFieldEdit(value, next, {reserved: reservedCharacters, insert: key === undefined || insertsText(key)});
						if (edit.resync) {
							setGeneration(current => current + 1);
						}

						if (edit.value !== value) {
							onChange(edit.value);
						}
					}}
				/>
			</Box>
		</Box>
	);
}
