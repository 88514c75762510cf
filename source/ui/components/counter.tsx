import {Text} from './text.js';
import {useTheme} from '../theme.js';

/** "11/128": how much of a limit is used; the error colour once it is exceeded. */
export function Counter({used, limit}: {used: number; limit: number}) {
	const theme = useTheme();
	const over = used > limit;
	return (
		<Text color={over ? theme.error : theme.muted}>
			{over ? '✗ ' : ''}
			{used}/{limit}
		</Text>
	);
}
