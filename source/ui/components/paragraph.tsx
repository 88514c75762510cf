import {Box} from 'ink';
import {Text} from './text.js';
import {columnsOf, wrapWords} from '../../wizard/text-columns.js';

/** Text wrapped at word boundaries to `width` columns, each line its own row. */
export function Paragraph({text, width, color, prefix = '', indent = ''}: {text: string; width: number; color?: string | undefined; prefix?: string; indent?: string}) {
	const lines = wrapWords(text, width - columnsOf(prefix));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Keyed by place: a line has no other identity
				<Text key={index} color={color}>
					{index === 0 ? prefix : indent || ' '.repeat(columnsOf(prefix))}
					{line}
				</Text>
			))}
		</Box>
	);
}
