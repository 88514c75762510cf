// `?`: every key the live table takes now, from the one key table its input hook matches against.
import {Box, Text} from 'ink';
import {helpEntries, type KeyContext} from './key-table.js';

export function HelpOverlay({context, columns}: {context: KeyContext; columns: number}) {
	const keyWidth = 8;
	return (
		<Box flexDirection="column">
			<Text bold>Keys</Text>
			{helpEntries(context).map(entry => (
				<Box key={entry.keys}>
					<Box width={keyWidth} flexShrink={0}>
						<Text bold>{entry.keys}</Text>
					</Box>
					<Box width={Math.max(1, columns - keyWidth)}>
						<Text>{entry.description.charAt(0).toUpperCase() + entry.description.slice(1)}</Text>
					</Box>
				</Box>
			))}
		</Box>
	);
}
