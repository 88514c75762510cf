import {Text} from './text.js';
import {useTheme} from '../theme.js';

/** "▮▮▮▯▯▯▯▯▯▯ 312/1024 B": a budget at a glance; ✗ and the error colour once it is exceeded. */
export function Meter({used, limit, width = 10, unit = 'B'}: {used: number; limit: number; width?: number; unit?: string}) {
	const theme = useTheme();
	const filled = Math.min(width, Math.ceil((used / limit) * width));
	const over = used > limit;
	const tone = over ? theme.error : used > limit * 0.8 ? theme.warning : theme.success;
	return (
		<Text>
			<Text color={tone}>{'▮'.repeat(filled)}</Text>
			<Text color={theme.muted}>{'▯'.repeat(width - filled)}</Text>
			<Text color={over ? theme.error : undefined}>
				{' '}
				{over ? '✗ ' : ''}
				{used}/{limit} {unit}
			</Text>
		</Text>
	);
}
