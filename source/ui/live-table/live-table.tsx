// The live table: the last screen of the wizard, showing the stage just created and who has joined.
//
// Props (the router mounts it after CreateStage; keep this contract stable):
//   response          the CreateStage response (stage + participant tokens) to show
//   region            the region the stage was created in (shown in the header and the export)
//   api               the services port's IvsApi (ivs/ivs-api.ts) for the stage's connection:
//                     GetStage, ListParticipants and CreateParticipantToken go through it, and
//                     ListParticipantEvents (if it has it) for the details panel's events
//   now?              clock, ms since the epoch (default Date.now); tests inject one
//   timers?           setTimeout and clearTimeout for the clock and the poller (timers.ts);
//                     tests drive them by hand, with `now`
//   pollIntervalMs?   between polls after a change or a key (default 3000); while nothing changes
//                     the wait doubles up to ten times that, after failures up to a minute
//   revealTokens?     start with tokens revealed (default masked)
//   clipboard?        {write(text)}; default: the system clipboard, falling back to OSC 52
//   exportDirectory?  where `x` writes its 0600 file (default the working directory)
//   renderParticipantEditor?  ({onSubmit(config), onCancel}) => node: the editor `a` opens; without
//                     it `a` is not offered
//   onSavePreset?     `s`: the router opens its save-as-preset prompt; without it `s` is not offered
//   onExit            called once, on q ('quit'), j ('json') or Ctrl+C ('interrupt'), with the
//                     response as it stands (the tokens added with `a` appended to
//                     participantTokens) and the export path if any; the router unmounts the
//                     table, then prints the ARN / export path (exit 130 after Ctrl+C), or the
//                     JSON as --output json would
//   sandbox?          the stage is the local emulator's: the header says it is not a real AWS stage
//   color?            false draws no colour nor dim (--color off); default: the router's theme,
//                     and off when NO_COLOR is set (chalk itself only reads FORCE_COLOR). The
//                     table draws with the wizard's theme (ui/theme.tsx) for that setting
//   isActive?         false while the router shows something on top that owns the keyboard (e.g.
//                     its save-as-preset prompt), so the table keeps its state but takes no keys
//   showsUnheld?      a stage made elsewhere (`watch`, `stages`): each participant whose token the
//                     tool does not hold gets a row of its own (its IDs and state; no token)
//   openEditor?       open on the participant editor (`a` on the stages screen)
//   notice?           shown under the table from the first frame until an action's outcome
//                     replaces it (the stage was adopted after its answer was lost); a new one
//                     given later replaces the last (a preset saved from the prompt over it)
import {useEffect, useMemo, type ReactNode} from 'react';
import {Box, useStdout} from 'ink';
import {Text} from '../components/text.js';
import type {ParticipantTokenConfiguration} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../../ivs/ivs-api.js';
import type {CreateStageResponse} from '../../stage/request.js';
import {createSystemClipboard, type Clipboard} from '../../tokens/clipboard.js';
import type {LiveTableExit} from '../../wizard/outcome.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {HelpOverlay} from '../components/help-overlay.js';
import {helpEntries} from '../keys/keybindings.js';
import {colorEnabled, ThemeProvider, themeFor, useTheme} from '../theme.js';
import {defaultPollIntervalMs} from '../../basics/backoff.js';
import {DetailsPanel, type DetailsPanelProps} from './details-panel.js';
import {Footer} from './footer.js';
import {Header, headerHeight} from './header.js';
import {tokenKey} from './participant-state.js';
import {ParticipantTable} from './participant-table.js';
import {RevealedToken, revealedTokenLines} from './revealed-token.js';
import {NoticeLine, noticeLines, StatusLine} from './status-line.js';
import type {Timers} from '../../basics/timers.js';
import {useClock} from './use-clock.js';
import {useLiveTableState, type Notice} from './use-live-table-state.js';
import {useLiveTable} from './use-live-table.js';
import {useParticipantEvents} from './use-participant-events.js';
import {useParticipantPolling} from './use-participant-polling.js';
import {usePublishers} from './use-publishers.js';

export type {LiveTableExit} from '../../wizard/outcome.js';

export type ParticipantEditorProps = {
	onSubmit: (config: ParticipantTokenConfiguration) => void;
	onCancel: () => void;
};

/** The calls the table makes; without listParticipantEvents the details panel shows no events. */
export type LiveTableApi = Pick<IvsApi, 'getStage' | 'listParticipants' | 'createParticipantToken'> & Partial<Pick<IvsApi, 'listParticipantEvents'>>;

export type LiveTableProps = {
	response: CreateStageResponse;
	region: string;
	api: LiveTableApi;
	now?: () => number;
	timers?: Timers;
	pollIntervalMs?: number;
	revealTokens?: boolean;
	clipboard?: Clipboard;
	exportDirectory?: string;
	renderParticipantEditor?: (props: ParticipantEditorProps) => ReactNode;
	onSavePreset?: () => void;
	onExit: (result: LiveTableExit) => void;
	/**
	 * Esc with nothing open goes back (to a batch's stage list), with the response as it stands (the
	 * tokens added here, which the caller keeps); without it Esc only closes overlays.
	 */
	onBack?: (response: CreateStageResponse) => void;
	sandbox?: boolean;
	color?: boolean | undefined;
	isActive?: boolean;
	notice?: Notice;
	showsUnheld?: boolean;
	openEditor?: boolean;
};

// Lines the main view always spends besides the header, the rows and the status: titles, footer.
const fixedLines = 2;

/** The details panel with the participant's events, read when it opens. */
function SelectedDetails({api, stageArn, sessionId, ...panel}: Omit<DetailsPanelProps, 'events'> & {api: LiveTableApi; stageArn: string | undefined; sessionId: string | undefined}) {
	const events = useParticipantEvents({api, stageArn, sessionId, participantId: panel.token.participantId, userId: panel.token.userId});
	return <DetailsPanel {...panel} events={events} />;
}

export function LiveTable(props: LiveTableProps) {
	const outer = useTheme();
	// Chalk honours FORCE_COLOR but not NO_COLOR, so NO_COLOR is checked here (and by the router's
	// theme, which --color off turns off).
	const color = props.color ?? (outer.color && colorEnabled('auto', process.env));
	const theme = useMemo(() => themeFor(color), [color]);
	return (
		<ThemeProvider theme={theme}>
			<LiveTableScreens {...props} />
		</ThemeProvider>
	);
}

function LiveTableScreens(props: LiveTableProps) {
	const now = props.now ?? Date.now;
	const intervalMs = props.pollIntervalMs ?? defaultPollIntervalMs;
	const {stdout} = useStdout();
	const {columns, rows} = useTerminalSize();
	const [state, dispatch] = useLiveTableState(props.response, props.revealTokens ?? false, props.notice, {
		showsUnheld: props.showsUnheld ?? false,
		openEditor: (props.openEditor ?? false) && props.renderParticipantEditor !== undefined,
	});
	// A notice given later (the preset saved from the prompt over the table) replaces the last one.
	const noticeTone = props.notice?.tone;
	const noticeText = props.notice?.text;
	useEffect(() => {
		if (noticeTone && noticeText !== undefined) {
			dispatch({type: 'noticed', notice: {tone: noticeTone, text: noticeText}});
		}
	}, [noticeTone, noticeText, dispatch]);
	const clipboard = useMemo(() => props.clipboard ?? createSystemClipboard({stdout}), [props.clipboard, stdout]);
	const {pollSoon, wake, flush} = useParticipantPolling({
		api: props.api,
		stageArn: props.response.stage?.arn,
		intervalMs,
		now,
		dispatch,
		initialSessionId: state.sessionId,
		timers: props.timers,
	});
	// A frame when a countdown next reads differently (a minute apart while hours are left); the
	// tick also delivers a poll result that changed nothing, so that poll draws no frame of its own.
	const clock = useClock(now, flush, props.timers);
	const publishers = usePublishers({dispatch, pollSoon});
	const {keyContext, editor} = useLiveTable({
		state,
		dispatch,
		response: props.response,
		region: props.region,
		api: props.api,
		now,
		clipboard,
		exportDirectory: props.exportDirectory ?? process.cwd(),
		canAdd: props.renderParticipantEditor !== undefined,
		onSavePreset: props.onSavePreset,
		onExit: props.onExit,
		onBack: props.onBack,
		pollSoon,
		onKey: wake,
		publishers,
		isActive: props.isActive ?? true,
	});

	const stage = props.response.stage;
	const sandbox = props.sandbox ?? false;
	// Ink redraws in place only while the frame is shorter than the terminal; one line spare.
	const budget = rows - 1;

	if (state.overlay === 'editor' && props.renderParticipantEditor) {
		return (
			<Box flexDirection="column" width={columns}>
				<Header compact stage={stage} region={props.region} sessionId={state.sessionId} sandbox={sandbox} columns={columns} />
				<Text bold>Add a participant token</Text>
				{props.renderParticipantEditor(editor)}
			</Box>
		);
	}

	const selectedToken = state.tokens[state.selected];
	if (state.overlay === 'details' && selectedToken) {
		return (
			<Box flexDirection="column" width={columns}>
				<Header compact stage={stage} region={props.region} sessionId={state.sessionId} sandbox={sandbox} columns={columns} />
				<SelectedDetails
					api={props.api}
					stageArn={stage?.arn}
					sessionId={state.sessionId}
					token={selectedToken}
					status={state.statuses[tokenKey(selectedToken, state.selected)] ?? 'unknown'}
					clock={clock}
					revealed={state.revealed}
					columns={columns}
					// Everything but the compact header, the notice and the footer.
					lines={budget - 2 - noticeLines(state.notice, columns)}
				/>
				{/* Only the outcome of c here: a revealed token needs the lines the poll status would take. */}
				<NoticeLine notice={state.notice} />
				<Footer context={keyContext} columns={columns} scope="live-details" />
			</Box>
		);
	}

	if (state.overlay === 'help') {
		return (
			<Box flexDirection="column" width={columns}>
				<Header compact stage={stage} region={props.region} sessionId={state.sessionId} sandbox={sandbox} columns={columns} />
				<Text> </Text>
				<HelpOverlay entries={helpEntries('live', keyContext)} width={columns} />
				<Text> </Text>
				<Footer context={keyContext} columns={columns} scope="live-help" />
			</Box>
		);
	}

	// The revealed token under the table may take what is left once the compact header, one row,
	// the status and the footer have theirs.
	const tokenLines = revealedTokenLines(selectedToken, state.revealed, columns, Math.max(1, budget - 1 - fixedLines - 1 - noticeLines(state.notice, columns) - 1));
	const statusLines = 1 + noticeLines(state.notice, columns) + tokenLines;
	// On a short terminal the endpoints give way to the rows (they are in `j`'s output anyway), and
	// the blank line under the header goes before any row does.
	const rowsWanted = Math.max(1, state.tokens.length);
	const fullHeader = headerHeight(stage, sandbox, columns);
	const compact = budget - fullHeader - fixedLines - statusLines < Math.min(3, rowsWanted);
	const headerLines = compact ? 1 : fullHeader;
	const spare = budget - headerLines - fixedLines - statusLines - rowsWanted;
	const blank = spare >= 1;
	const lines = Math.max(1, budget - headerLines - fixedLines - statusLines - (blank ? 1 : 0));
	return (
		<Box flexDirection="column" width={columns}>
			<Header compact={compact} stage={stage} region={props.region} sessionId={state.sessionId} sandbox={sandbox} columns={columns} />
			{blank ? <Text> </Text> : null}
			<ParticipantTable
				tokens={state.tokens}
				statuses={state.statuses}
				publishing={state.publishing}
				selected={state.selected}
				clock={clock}
				columns={columns}
				lines={lines}
				canAdd={keyContext.canAdd}
			/>
			{tokenLines > 0 && selectedToken ? <RevealedToken token={selectedToken} columns={columns} lines={tokenLines} /> : null}
			<StatusLine poll={state.poll} intervalMs={state.poll.everyMs ?? intervalMs} clock={clock} notice={state.notice} columns={columns} />
			<Footer context={keyContext} columns={columns} />
		</Box>
	);
}
