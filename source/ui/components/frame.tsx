// The wizard's frame around every step: header, the step's title, the screen (or the key list in
// its place), footer. The frame fills the terminal less one line, as Ink redraws in place only
// while a frame is shorter than the terminal.
import {type ReactNode} from 'react';
import {Box} from 'ink';
import {Text} from './text.js';
import type {StepId} from '../../wizard/fields.js';
import type {Connection, Route} from '../../wizard/wizard-state.js';
import {KeyScope} from '../keys/key-router.js';
import {helpEntries, type Scope} from '../keys/keybindings.js';
import {useTheme} from '../theme.js';
import {Footer} from './footer.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';

/** Header (2), title (1), footer (1) and the spare line. */
export const frameLines = 5;

export type FrameProps = {
	route: Route;
	title: string;
	intro?: string;
	problemCounts: Record<StepId, number>;
	connection: Connection;
	sandbox?: {url: string};
	columns: number;
	rows: number;
	/** The scope whose keys the footer shows. */
	scope: Scope | undefined;
	/** When set, the key list of this scope covers the screen (which stays mounted underneath). */
	help?: {scope: Scope | undefined};
	children: ReactNode;
};

export function Frame({route, title, intro, problemCounts, connection, sandbox, columns, rows, scope, help, children}: FrameProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Header route={route} problemCounts={problemCounts} connection={connection} sandbox={sandbox} width={columns} />
			<Text wrap="truncate-end">
				<Text bold>{title}</Text>
				{intro ? <Text color={theme.muted}> — {intro}</Text> : null}
			</Text>
			<Box flexDirection="column" flexGrow={1} height={Math.max(1, rows - frameLines)} overflowY="hidden">
				{help ? <HelpOverlay entries={help.scope ? helpEntries(help.scope) : []} width={columns} closeHint="? or Esc closes this list." /> : null}
				<Box display={help ? 'none' : 'flex'} flexDirection="column">
					<KeyScope active={!help}>{children}</KeyScope>
				</Box>
			</Box>
			<Footer scope={help ? 'help' : scope} width={columns} />
		</Box>
	);
}
