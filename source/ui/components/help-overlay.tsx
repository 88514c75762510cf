// `?`: every key of the screen underneath, from the same table the screens match keys with: the
// wizard's steps (a scope's bindings) and the live table (its scope, narrowed to what it can do).
import {Box} from 'ink';
import {Text} from './text.js';
import {columnsOf} from '../../wizard/text-columns.js';
import {useTheme} from '../theme.js';
import {Paragraph} from './paragraph.js';

export type HelpEntry = {keys: string; description: string};

export type HelpOverlayProps = {
	entries: readonly HelpEntry[];
	width: number;
	/** How to close the list, when no footer under it says so. */
	closeHint?: string;
};

export function HelpOverlay({entries, width, closeHint}: HelpOverlayProps) {
	const theme = useTheme();
	const keyWidth = Math.min(18, Math.max(...entries.map(entry => columnsOf(entry.keys)), 4) + 2);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Keys on this screen</Text>
			{entries.map(entry => (
				<Box key={`${entry.keys}-${entry.description}`}>
					<Box width={keyWidth} flexShrink={0}>
						<Text bold color={theme.accent}>
							{entry.keys}
						</Text>
					</Box>
					<Paragraph text={entry.description} width={width - keyWidth} />
				</Box>
			))}
			{closeHint ? (
				<Box marginTop={1}>
					<Text color={theme.muted}>{closeHint}</Text>
				</Box>
			) : null}
		</Box>
	);
}
