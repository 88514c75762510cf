// While CreateStage is on its way: a spinner, and what the flow is doing: each retry as it makes it,
// a look for the stage when an answer was lost, and the stage it adopts. Keys typed meanwhile wait
// for the screen that follows (the live table, or review after a failure).
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {safeText} from '../../../output/safe-text.js';
import type {Connection, Creation} from '../../../wizard/wizard-state.js';
import {Spinner} from '../../components/spinner.js';
import {KeyScope, useHoldKeys} from '../../keys/key-router.js';
import {useTheme} from '../../theme.js';

export type CreatingProps = {
	creation: Extract<Creation, {status: 'creating'}>;
	connection: Connection;
	sandbox: boolean;
};

export function CreatingScreen({creation, connection, sandbox}: CreatingProps) {
	const theme = useTheme();
	useHoldKeys(true);
	const where = sandbox ? 'the sandbox' : safeText(connection.region ?? 'the default region');
	const {attempt, checking, adopting} = creation;
	return (
		<KeyScope scope="creating">
			<Box flexDirection="column">
				<Text>
					<Spinner /> Creating the stage in {where}…
				</Text>
				{adopting ? (
					<Text color={theme.warning}>! Its answer was lost, but the service had made the stage: adopting {safeText(adopting)} and creating its participant tokens…</Text>
				) : checking ? (
					<Text color={theme.warning}>! Attempt {attempt} may have reached the service ({safeText(checking)}): looking for the stage before trying again, so there is never a second one…</Text>
				) : attempt > 1 ? (
					<Text color={theme.warning}>! Attempt {attempt}: the last one failed in a way worth retrying (throttling, a server error or the network), and made no stage; trying again.</Text>
				) : (
					<Text color={theme.muted}>{attempt === 1 ? 'Request sent.' : 'Preparing the request…'}</Text>
				)}
			</Box>
		</KeyScope>
	);
}
