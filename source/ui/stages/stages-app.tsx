// The `stages` and `watch` commands' app: the stages screen, or one stage's live table, inside the
// providers every screen needs (theme, key scopes, the key router).
import {useMemo} from 'react';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import type {Services} from '../../ivs/services.js';
import type {CreateStageResponse} from '../../stage/request.js';
import type {LiveTableExit} from '../../wizard/outcome.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {ExistingStageTable} from '../screens/stages/existing-stage-table.js';
import {StagesScreen} from '../screens/stages/stages-screen.js';
import {ThemeProvider, themeFor} from '../theme.js';

/** How the app ended; `kept`: the stages whose tables were left (Esc) with tokens added to them. */
export type StagesAppExit = {reason: LiveTableExit['reason']; table?: LiveTableExit; kept?: CreateStageResponse[]};

export type StagesAppProps = {
	services: Services;
	where: string;
	sandbox: boolean;
	revealTokens: boolean;
	color: boolean;
	/** `watch`: this stage's table alone; else the stages screen. */
	watch?: Stage;
	onExit: (exit: StagesAppExit) => void;
};

// The command line's connection is the services' own: nothing chosen on top of it.
const commandLineConnection = {};

export function StagesApp(props: StagesAppProps) {
	const theme = useMemo(() => themeFor(props.color), [props.color]);
	return (
		<ThemeProvider theme={theme}>
			<Screen {...props} />
		</ThemeProvider>
	);
}

function Screen({services, where, sandbox, revealTokens, color, watch, onExit}: StagesAppProps) {
	const {columns, rows} = useTerminalSize();
	if (watch) {
		return (
			<ExistingStageTable
				stage={watch}
				connection={commandLineConnection}
				services={services}
				sandbox={sandbox}
				revealTokens={revealTokens}
				color={color}
				onExit={table => {
					onExit({reason: table.reason, table});
				}}
			/>
		);
	}

	return (
		<StagesScreen
			services={services}
			connection={commandLineConnection}
			where={where}
			sandbox={sandbox}
			revealTokens={revealTokens}
			color={color}
			width={columns}
			height={rows - 1}
			onExit={(reason, table, kept) => {
				onExit({reason, ...(table ? {table} : {}), ...(kept && kept.length > 0 ? {kept} : {})});
			}}
		/>
	);
}
