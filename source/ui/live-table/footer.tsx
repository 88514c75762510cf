// The main keys, always on screen; `?` lists them all. Drawn from the key table. Memoised: the
// clock's tick changes nothing here.
import {memo} from 'react';
import {Text} from 'ink';
import {footerText, type KeyContext, type LiveTableCommand} from './key-table.js';

export const Footer = memo(function Footer({context, columns, only, color}: {context: KeyContext; columns: number; only?: readonly LiveTableCommand[]; color: boolean}) {
	return (
		<Text dimColor={color} wrap="truncate-end">
			{footerText(context, columns, only)}
		</Text>
	);
});
