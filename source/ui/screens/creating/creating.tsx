// While CreateStage is on its way: a spinner, and each retry the SDK makes, as it makes it. Keys
// typed meanwhile wait for the screen that follows (the live table, or review after a failure).
import React from 'react';
import {Box, Text} from 'ink';
import {safeText} from '../../../output/safe-text.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {Spinner} from '../../components/spinner.js';
import {useHoldKeys} from '../../input/key-router.js';
import {KeyScope} from '../../keys/key-scope.js';
import {useTheme} from '../../theme.js';

export function CreatingScreen({attempt, connection, sandbox}: {attempt: number; connection: Connection; sandbox: boolean}) {
	const theme = useTheme();
	useHoldKeys(true);
	const where = sandbox ? 'the sandbox' : safeText(connection.region ?? 'the default region');
	return (
		<KeyScope scope="creating">
			<Box flexDirection="column">
				<Text>
					<Spinner /> Creating the stage in {where}…
				</Text>
				{attempt > 1 ? (
					<Text color={theme.warning}>
						! Attempt {attempt}: the last one failed in a way worth retrying (throttling, a server error or the network); the SDK tries again.
					</Text>
				) : (
					<Text color={theme.muted}>{attempt === 1 ? 'Request sent.' : 'Preparing the request…'}</Text>
				)}
			</Box>
		</KeyScope>
	);
}
