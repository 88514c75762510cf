// The main keys, always on screen; `?` lists them all. Drawn from the key table. Memoised: the
// clock's tick changes nothing here.
import {memo} from 'react';
import {Text} from 'ink';
import type {LiveScope} from '../keys/keybindings.js';
import {footerText, type KeyContext} from './key-table.js';

export const Footer = memo(function Footer({context, columns, scope, color}: {context: KeyContext; columns: number; scope?: LiveScope; color: boolean}) {
	return (
		<Text dimColor={color} wrap="truncate-end">
			{footerText(context, columns, scope)}
		</Text>
	);
});
