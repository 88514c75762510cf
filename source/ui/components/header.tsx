// The top two lines: where in the wizard the user is (with ✗ on steps that have problems), and where
// the stage will go — or the sandbox badge, so nobody mistakes the emulator for AWS.
import {Box} from 'ink';
import {Text} from './text.js';
import {safeText} from '../../output/safe-text.js';
import type {StepId} from '../../wizard/fields.js';
import {routePosition, routes, type Connection, type Route} from '../../wizard/wizard-state.js';
import {useTheme} from '../theme.js';
import {columnsOf} from '../../wizard/text-columns.js';
import {SandboxBadge, sandboxBadgeWidth} from './sandbox-badge.js';

const routeTitles: Record<Route, string> = {
	start: 'Start',
	name: 'Name',
	tags: 'Tags',
	participants: 'Participants',
	recording: 'Recording',
	review: 'Review',
};

export type HeaderProps = {
	route: Route;
	problemCounts: Record<StepId, number>;
	connection: Connection;
	sandbox?: {url: string} | undefined;
	width: number;
};

/**
 * After the badge: the longest wording that fits, so a narrow terminal loses words, never the
 * emulator's port (the badge itself already says it is not AWS).
 */
export function sandboxLine(url: string, width: number): string {
	const wordings = [` not a real AWS stage · local emulator ${url}`, ` local emulator ${url}`, ` ${url}`];
	return wordings.find(wording => columnsOf(wording) <= width) ?? wordings.at(-1)!;
}

export function Header({route, problemCounts, connection, sandbox, width}: HeaderProps) {
	const theme = useTheme();
	const current = routes.indexOf(route);
	const {number, total} = routePosition(route);
	// The full trail needs about 70 columns; below that, the step's number and name say the same.
	const compact = width < 72;
	const totalProblems = Object.values(problemCounts).reduce((sum, count) => sum + count, 0);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					IVS stage wizard
				</Text>
				{'  '}
				{compact ? (
					<Text>
						{number}/{total} <Text bold>{routeTitles[route]}</Text>
						{totalProblems > 0 ? <Text color={theme.error}> ✗ {totalProblems} to fix</Text> : null}
					</Text>
				) : (
					routes.map((candidate, index) => {
						const problems = candidate in problemCounts ? problemCounts[candidate as StepId] : 0;
						const here = candidate === route;
						return (
							<Text key={candidate}>
								{index > 0 ? <Text color={theme.muted}> › </Text> : null}
								{problems > 0 ? <Text color={theme.error}>✗</Text> : null}
								<Text bold={here} underline={here} color={here ? theme.accent : index < current ? undefined : theme.muted}>
									{routeTitles[candidate]}
								</Text>
							</Text>
						);
					})
				)}
			</Text>
			{sandbox ? (
				<Text wrap="truncate-end">
					<SandboxBadge />
					<Text color={theme.badge}>{sandboxLine(safeText(sandbox.url), width - sandboxBadgeWidth)}</Text>
				</Text>
			) : (
				<Text wrap="truncate-end" color={theme.muted}>
					profile {safeText(connection.profile ?? 'default')} · {safeText(connection.region ?? 'no region set')}
					{connection.endpointUrl ? ` · ${safeText(connection.endpointUrl)}` : ''}
				</Text>
			)}
		</Box>
	);
}
