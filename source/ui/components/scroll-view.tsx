// A fixed-height window onto taller content, scrolled by the parent. The content's height is
// measured after layout (it wraps with the terminal's width), so the parent can stop at its end.
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {Box, measureElement, type DOMElement} from 'ink';
import {Text} from './text.js';
import {useTheme} from '../theme.js';

export type ScrollViewProps = {height: number; scroll: number; children: ReactNode; onMeasure?: (contentHeight: number) => void};

export function ScrollView({height, scroll, children, onMeasure}: ScrollViewProps) {
	const theme = useTheme();
	const content = useRef<DOMElement>(null);
	const [contentHeight, setContentHeight] = useState(0);
	// eslint-disable-next-line react-hooks/exhaustive-deps -- measured after every render on purpose: the height follows the children and the terminal's width, and the state changes only when the height does
	useEffect(() => {
		if (content.current) {
			const measured = measureElement(content.current).height;
			if (measured !== contentHeight) {
				setContentHeight(measured);
				onMeasure?.(measured);
			}
		}
	});
	const overflows = contentHeight > height;
	const viewHeight = overflows ? height - 1 : height;
	const top = Math.max(0, Math.min(scroll, contentHeight - viewHeight));
	const below = Math.max(0, contentHeight - viewHeight - top);
	return (
		<Box flexDirection="column">
			<Box height={viewHeight} overflowY="hidden" flexDirection="column">
				<Box ref={content} flexDirection="column" flexShrink={0} marginTop={-top}>
					{children}
				</Box>
			</Box>
			{overflows ? (
				<Text color={theme.muted}>
					{top > 0 ? `↑ ${top} above  ` : ''}
					{below > 0 ? `↓ ${below} more below (↓/PgDn)` : 'end'}
				</Text>
			) : null}
		</Box>
	);
}
