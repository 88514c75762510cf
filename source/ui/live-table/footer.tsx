// The main keys, always on screen; `?` lists them all. Drawn from the key table. Memoised: the
// clock's tick changes nothing here.
import {memo} from 'react';
import {Text} from '../components/text.js';
import {footerText, type KeyContext, type LiveScope} from '../keys/keybindings.js';
import {useTheme} from '../theme.js';

export const Footer = memo(function Footer({context, columns, scope}: {context: KeyContext; columns: number; scope?: LiveScope | undefined}) {
	const theme = useTheme();
	return (
		<Text dimColor={theme.color} wrap="truncate-end">
			{footerText(scope ?? 'live', columns, context)}
		</Text>
	);
});
