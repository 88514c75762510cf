import {Box} from 'ink';
import {Text} from './text.js';
import {safeText} from '../../output/safe-text.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useTheme} from '../theme.js';
import {Paragraph} from './paragraph.js';

/**
 * Problems marked with ✗, so they read as problems without colour too; wrapped to the columns left
 * after `indent`.
 */
export function ProblemLines({problems, limit = 3, indent = 0}: {problems: string[]; limit?: number; indent?: number}) {
	const theme = useTheme();
	const {columns} = useTerminalSize();
	if (problems.length === 0) {
		return null;
	}

	const shown = problems.slice(0, limit);
	return (
		<Box flexDirection="column">
			{shown.map((problem, index) => (
				// Keyed by place: the same text can repeat
				<Paragraph key={index} text={safeText(problem)} width={columns - indent} color={theme.error} prefix="✗ " />
			))}
			{problems.length > shown.length ? <Text color={theme.error}>✗ and {problems.length - shown.length} more</Text> : null}
		</Box>
	);
}
