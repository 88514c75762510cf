// `?`: every key of the screen underneath, from the same table the screens match keys with.
import React from 'react';
import {Box, Text} from 'ink';
import {helpEntries, type Scope} from '../keys/keybindings.js';
import {useTheme} from '../theme.js';
import {Paragraph} from './paragraph.js';

export function HelpOverlay({scope, width}: {scope: Scope | undefined; width: number}) {
	const theme = useTheme();
	const entries = scope ? helpEntries(scope) : [];
	const keyWidth = Math.min(18, Math.max(...entries.map(entry => entry.keys.length), 4) + 2);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Keys on this screen</Text>
			{entries.map(entry => (
				<Box key={`${entry.action}-${entry.keys}`}>
					<Box width={keyWidth} flexShrink={0}>
						<Text bold color={theme.accent}>
							{entry.keys}
						</Text>
					</Box>
					<Paragraph text={entry.description} width={width - keyWidth} />
				</Box>
			))}
			<Box marginTop={1}>
				<Text color={theme.muted}>? or Esc closes this list.</Text>
			</Box>
		</Box>
	);
}
