// The sandbox badge, first on the line that names where stages go, on every screen of the wizard
// and the live table, so nobody mistakes the emulator for AWS. Without colour it is a word in
// brackets: an inverse block would be the only thing saying it is a badge.
import {Text} from './text.js';
import {useTheme} from '../theme.js';

/** Columns the badge takes, either way it is drawn. */
export const sandboxBadgeWidth = ' SANDBOX '.length;

export function SandboxBadge() {
	const theme = useTheme();
	return theme.color ? (
		<Text inverse bold color={theme.badge}>
			{' SANDBOX '}
		</Text>
	) : (
		<Text bold>[SANDBOX]</Text>
	);
}
