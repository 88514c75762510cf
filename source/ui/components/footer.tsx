// The bottom line: the current scope's main keys, from the keybinding table, cut to the width.
import {Text} from 'ink';
import {footerEntries, type Scope} from '../keys/keybindings.js';
import {useTheme} from '../theme.js';

export function Footer({scope}: {scope: Scope | undefined}) {
	const theme = useTheme();
	const entries = scope ? footerEntries(scope) : [];
	return (
		<Text wrap="truncate-end" color={theme.muted}>
			{entries.map((entry, index) => (
				<Text key={entry.action}>
					{index > 0 ? ' · ' : ''}
					<Text bold color={theme.accent}>
						{entry.keys}
					</Text>{' '}
					{entry.footer}
				</Text>
			))}
		</Text>
	);
}
