// While a batch runs: a progress bar (created / N, the rate so far, the time left at that rate), the
// last stage made, and what Ctrl+C does. Keys typed meanwhile wait for the stage list; Ctrl+C asks
// the batch to stop after the stage in flight (the app's global keys send it).
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {progressFigures, progressLine} from '../../../core/progress.js';
import {safeText} from '../../../output/safe-text.js';
import type {BatchCreation, Connection} from '../../../wizard/wizard-state.js';
import {Spinner} from '../../components/spinner.js';
import {useClock, useNow} from '../../live-table/use-clock.js';
import {KeyScope, useHoldKeys} from '../../keys/key-router.js';
import {useTheme} from '../../theme.js';

export type BatchProgressProps = {
	batch: BatchCreation;
	connection: Connection;
	sandbox: boolean;
	width: number;
	now: () => number;
};

export function BatchProgress({batch, connection, sandbox, width, now}: BatchProgressProps) {
	const theme = useTheme();
	useHoldKeys(true);
	// Ticks each second, so the rate and the time left move between stages too.
	const time = useNow(useClock(now));
	const where = sandbox ? 'the sandbox' : safeText(connection.region ?? 'the default region');
	// The clock ticks once a second; a stage made in between renders too, and must not be measured
	// against the last tick's time (a stage "made" a millisecond after the start is 1000/s).
	const figures = progressFigures(batch.results.length, batch.total, Math.max(0, Math.max(time, now()) - batch.startedAt));
	const last = batch.results.at(-1)?.stage;
	return (
		<KeyScope scope="creating">
			<Box flexDirection="column">
				<Text wrap="truncate-end">
					<Spinner /> Creating {batch.total} stages in {where}, at most 5 a second…
				</Text>
				<Text color={theme.accent}>{progressLine(figures, width)}</Text>
				{last ? (
					<Text color={theme.muted} wrap="truncate-end">
						Last made: {safeText(last.name || '(no name)')} {safeText(last.arn ?? '')}
					</Text>
				) : (
					<Text color={theme.muted}>Checking the stage quota…</Text>
				)}
				<Text color={batch.stopping ? theme.warning : theme.muted} wrap="wrap">
					{batch.stopping ? '! Stopping after the stage in flight; every stage made is kept and listed.' : 'Ctrl+C stops after the stage in flight; every stage made is kept and listed.'}
				</Text>
			</Box>
		</KeyScope>
	);
}
