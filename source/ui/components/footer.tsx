// The bottom line: the current scope's main keys, from the keybinding table, as many whole ones as
// the width holds.
import {Text} from './text.js';
import {footerEntries, type Scope} from '../keys/keybindings.js';
import {useTheme} from '../theme.js';

export function Footer({scope, width}: {scope: Scope | undefined; width: number}) {
	const theme = useTheme();
	const entries = scope ? footerEntries(scope, width) : [];
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
