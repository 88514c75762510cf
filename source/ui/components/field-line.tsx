// One labelled line of a form: a marker on the focused line, the label, the value, something on the
// right (a counter), and the field's problems under it. Every field kind lays out the same way.
import {type ReactNode} from 'react';
import {Box} from 'ink';
import {Text} from './text.js';
import {useTheme} from '../theme.js';
import {ProblemLines} from './problem-lines.js';

export type FieldLineProps = {
	label: string;
	focused: boolean;
	children: ReactNode;
	aside?: ReactNode;
	problems?: string[];
	labelWidth?: number | undefined;
};

export function FieldLine({label, focused, children, aside, problems = [], labelWidth = 20}: FieldLineProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Box>
				<Box width={2} flexShrink={0}>
					<Text color={theme.accent}>{focused ? '›' : ' '}</Text>
				</Box>
				<Box width={labelWidth} flexShrink={0}>
					<Text bold={focused} wrap="truncate-end">
						{label}
					</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1}>
					{children}
				</Box>
				{aside ? (
					<Box flexShrink={0} marginLeft={1}>
						{aside}
					</Box>
				) : null}
			</Box>
			<Box paddingLeft={2 + labelWidth}>
				<ProblemLines problems={problems} indent={2 + labelWidth} />
			</Box>
		</Box>
	);
}
