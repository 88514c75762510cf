// The one screen router: it owns the wizard's state and the run's stage session, starts creation
// when the review asks for it (start-creation.ts), saves the draft through a hook, and decides
// which screen shows. Each screen keeps its own local state.
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {Text} from './components/text.js';
import {loadAwsConfig as loadAwsConfigFiles, type AwsConfig} from '../ivs/aws-config.js';
import type {Services} from '../ivs/services.js';
import {safeText} from '../output/safe-text.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import {problemCountsByStep, selectProblems} from '../wizard/problems.js';
import {presetStartingState, startingState} from '../wizard/starting-state.js';
import {createStageSession} from '../wizard/stage-session.js';
import {getStep} from '../wizard/steps.js';
import {wizardReducer, type Connection} from '../wizard/wizard-state.js';
import {Frame, frameLines} from './components/frame.js';
import {useDraftAutosave} from './hooks/use-draft-autosave.js';
import {useGlobalKeys} from './hooks/use-global-keys.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useCurrentScope} from './keys/key-router.js';
import type {Scope} from './keys/keybindings.js';
import {CreatingScreen} from './screens/creating/creating.js';
import {BatchProgress} from './screens/batch/batch-progress.js';
import {LiveScreen} from './screens/live/live-screen.js';
import {BatchScreen} from './screens/stage-list/batch-screen.js';
import {NameScreen} from './screens/name/name.js';
import {ParticipantsScreen} from './screens/participants/participants.js';
import {RecordingScreen} from './screens/recording/recording.js';
import {ReviewScreen} from './screens/review/review.js';
import {Start} from './screens/start/start.js';
import {StagesScreen} from './screens/stages/stages-screen.js';
import {TagsScreen} from './screens/tags/tags.js';
import {batchOutcome, startCreation} from './start-creation.js';
import {ThemeProvider, themeFor} from './theme.js';

export type AppProps = {
	request: CreateStageRequest;
	/** The preset's name before its placeholders were expanded (WizardLaunch.nameTemplate). */
	nameTemplate?: string;
	/** How many stages to start out making (--count or the preset's). */
	count?: number;
	connection: Connection;
	/** --endpoint-url, --region, --profile or --sandbox was given: that place wins over a resumed draft's. */
	placeNamed?: boolean;
	sandbox?: {url: string};
	store: PresetStore;
	services: Services;
	color: boolean;
	/** --output was given: the wizard ends at creation and the formatted output follows it. */
	explicitOutput: boolean;
	savePreset?: string;
	/** --preset: the preset the command line's request came from. */
	presetName?: string;
	revealTokens: boolean;
	now?: () => number;
	loadAwsConfig?: () => Promise<AwsConfig>;
	/** Where the review screen writes a template (default: the working directory). */
	workingDirectory?: string;
	onExit: (outcome: WizardOutcome) => void;
};

/** The wizard in its theme; the key router is around it (mount-wizard.tsx). */
export function App(props: AppProps) {
	const theme = useMemo(() => themeFor(props.color), [props.color]);
	return (
		<ThemeProvider theme={theme}>
			<Router {...props} />
		</ThemeProvider>
	);
}

function Router(props: AppProps) {
	const {store, services, sandbox} = props;
	// Tokens added to existing stages in "Your stages", kept across its visits and handed on at the end, whatever the end.
	const handedOn = useRef<CreateStageResponse[]>([]);
	const {onExit: exitWizard} = props;
	const onExit = useCallback((outcome: WizardOutcome) => {
		exitWizard(handedOn.current.length > 0 ? {...outcome, handedOn: handedOn.current} : outcome);
	}, [exitWizard]);
	const now = props.now ?? Date.now;
	const [state, dispatch] = useReducer(wizardReducer, undefined, () => {
		const first = startingState(props.request, props.connection, props.nameTemplate, props.count);
		return props.presetName ? presetStartingState(first, props.presetName) : first;
	});
	const scope = useCurrentScope();
	const {columns, rows} = useTerminalSize();
	// The overlay lists the keys of the scope that was current when it opened (behind it, every
	// scope is inactive and so unregistered).
	const [help, setHelp] = useState<{scope: Scope | undefined}>();
	const helpOpen = help !== undefined;
	// The stage's work and the run's notices (wizard/stage-session.ts); the props it is made from
	// are fixed for the wizard's life.
	const [session] = useState(() => createStageSession(services, {now, store, savePreset: props.savePreset, presetName: props.presetName}));
	// Aborted when the wizard ends: work still out starts nothing more (start-creation.ts).
	const [ended] = useState(() => new AbortController());
	// Ctrl+C's stop for the batch under way.
	const batchStop = useRef<AbortController | undefined>(undefined);
	const problems = selectProblems(state.request, state.count);
	const created = state.creation.status === 'created' ? state.creation.response : undefined;
	const batch = state.creation.status === 'batch' ? state.creation : undefined;
	// After a batch with stages made: the stage list (and a stage's table from it) takes the terminal.
	const stageList = batch?.ended !== undefined && batch.results.length > 0 && !props.explicitOutput;
	const liveTable = (created !== undefined && !props.explicitOutput) || stageList;
	const draft = useDraftAutosave(state, store, Boolean(sandbox), session);
	// `Your stages` from the start: the stages screen takes the terminal until Esc brings the start back.
	const [stagesOpen, setStagesOpen] = useState(false);

	const exit = useCallback(
		(outcome: WizardOutcome) => {
			ended.abort();
			onExit(outcome);
		},
		[ended, onExit],
	);
	useEffect(
		() => () => {
			ended.abort();
		},
		[ended],
	);

	// Nothing made: the draft (with what was typed on this step since the last step change) is kept.
	const endWithoutStage = useCallback(
		(kind: 'interrupted' | 'quit', whileCreating: boolean) => {
			const problem = draft.save();
			if (problem) {
				session.notice(problem);
			}

			exit({
				kind,
				...(draft.owns() || store.getDraft() ? {draftPath: store.path} : {}),
				...(whileCreating ? {whileCreating: true} : {}),
				notices: session.notices(),
			});
		},
		[draft, session, store, exit],
	);

	const finish = useCallback(
		(kind: 'interrupted' | 'quit') => {
			const madeByBatch = batchOutcome(state, session.notices());
			if (madeByBatch && madeByBatch.results.length > 0) {
				exit({...madeByBatch, ...(kind === 'interrupted' ? {interrupted: true} : {})});
				return;
			}

			if (created) {
				exit({kind: 'created', response: created, connection: state.connection, notices: session.notices(), interrupted: true});
				return;
			}

			endWithoutStage(kind, kind === 'interrupted' && state.creation.status === 'creating');
		},
		[created, state, session, exit, endWithoutStage],
	);

	const creating = useRef(false);
	const create = () => {
		// One at a time: a second Enter read before the review has gone must not send a second request.
		if (creating.current) {
			return;
		}

		creating.current = true;
		const stop = new AbortController();
		batchStop.current = stop;
		void startCreation(
			{
				session,
				dispatch,
				now,
				draft,
				explicitOutput: props.explicitOutput,
				ended: ended.signal,
				batchStop: stop.signal,
				onExit: exit,
				onStoppedEmpty() {
					endWithoutStage('interrupted', false);
				},
			},
			state,
		).finally(() => {
			creating.current = false;
		});
	};

	useGlobalKeys({
		helpOpen,
		// The live table and the stages screen have a `?` of their own.
		helpEnabled: !created && !stagesOpen,
		onHelp: setHelp,
		onInterrupt() {
			// A batch under way stops after the stage in flight; what it made is then listed.
			if (batch && !batch.ended) {
				batchStop.current?.abort();
				dispatch({type: 'batchStopRequested'});
				return;
			}

			// The live screen takes Ctrl+C itself, so the outcome keeps what only the table knows
			// (the tokens added, an export path); the stages screen takes it too.
			if ((!liveTable || stageList) && !stagesOpen) {
				finish('interrupted');
			}
		},
	});

	const height = Math.max(6, rows - frameLines);
	const screen = (() => {
		if (created) {
			return props.explicitOutput ? (
				<Text>{state.creation.status === 'created' && state.creation.adoption ? safeText(state.creation.adoption) : 'Stage created.'}</Text>
			) : (
				<LiveScreen
					response={created}
					request={state.request}
					connection={state.connection}
					nameTemplate={state.nameTemplate}
					sandbox={Boolean(sandbox)}
					services={services}
					store={store}
					revealTokens={props.revealTokens}
					color={props.color}
					{...(props.now ? {now: props.now} : {})}
					notice={state.creation.status === 'created' ? state.creation.adoption : undefined}
					onExit={table => {
						exit({kind: 'created', response: table.response, connection: state.connection, notices: session.notices(), table, ...(table.reason === 'interrupt' ? {interrupted: true} : {})});
					}}
				/>
			);
		}

		if (batch && stageList) {
			return (
				<BatchScreen
					batch={batch}
					request={state.request}
					connection={state.connection}
					sandbox={Boolean(sandbox)}
					services={services}
					store={store}
					revealTokens={props.revealTokens}
					color={props.color}
					width={columns}
					height={rows - 1}
					{...(props.now ? {now: props.now} : {})}
					onExit={reason => {
						const outcome = batchOutcome(state, session.notices());
						if (outcome) {
							exit({...outcome, ...(reason === 'interrupt' ? {interrupted: true} : {}), ...(reason === 'json' ? {json: true} : {})});
						}
					}}
				/>
			);
		}

		if (batch) {
			return batch.ended ? <Text>{batch.results.length} of {batch.total} stages created.</Text> : <BatchProgress batch={batch} connection={state.connection} sandbox={Boolean(sandbox)} width={columns} now={now} />;
		}

		if (state.creation.status === 'creating') {
			return <CreatingScreen creation={state.creation} connection={state.connection} sandbox={Boolean(sandbox)} />;
		}

		if (stagesOpen && state.route === 'start') {
			return (
				<StagesScreen
					services={services}
					connection={state.connection}
					where={sandbox ? 'the sandbox' : state.connection.region ?? 'the default region'}
					sandbox={Boolean(sandbox)}
					revealTokens={props.revealTokens}
					color={props.color}
					width={columns}
					height={rows - 1}
					kept={handedOn.current}
					onExit={(reason, table, kept) => {
						handedOn.current = [...(kept ?? []), ...(table ? [table.response] : [])];
						finish(reason === 'interrupt' ? 'interrupted' : 'quit');
					}}
					onBack={kept => {
						handedOn.current = kept;
						setStagesOpen(false);
					}}
				/>
			);
		}

		const stepProps = {state, dispatch, problems, height};
		switch (state.route) {
			case 'start': {
				return (
					<Start
						request={state.request}
						returned={state.origin !== undefined}
						connection={state.connection}
						placeNamed={Boolean(props.placeNamed)}
						sandbox={Boolean(sandbox)}
						{...(sandbox ? {sandboxUrl: sandbox.url} : {})}
						store={store}
						loadAwsConfig={props.loadAwsConfig ?? loadAwsConfigFiles}
						height={height}
						onStart={choice => {
							dispatch({type: 'started', ...choice});
						}}
						onConnection={connection => {
							dispatch({type: 'connectionChanged', connection});
						}}
						onStages={() => {
							setStagesOpen(true);
						}}
						onQuit={() => {
							finish('quit');
						}}
					/>
				);
			}

			case 'name': {
				return <NameScreen {...stepProps} />;
			}

			case 'tags': {
				return <TagsScreen {...stepProps} />;
			}

			case 'participants': {
				return <ParticipantsScreen {...stepProps} />;
			}

			case 'recording': {
				return <RecordingScreen {...stepProps} services={services} sandbox={Boolean(sandbox)} />;
			}

			case 'review': {
				return (
					<ReviewScreen
						{...stepProps}
						store={store}
						services={services}
						sandbox={Boolean(sandbox)}
						{...(sandbox ? {sandboxUrl: sandbox.url} : {})}
						width={columns}
						{...(props.workingDirectory ? {workingDirectory: props.workingDirectory} : {})}
						onCreate={create}
						onQuit={() => {
							finish('quit');
						}}
					/>
				);
			}
		}
	})();

	// The live table draws its own header and footer, and takes the whole terminal; so do the stages.
	if (liveTable || (stagesOpen && state.route === 'start' && !created && !batch)) {
		return screen;
	}

	const step = state.route === 'start' || state.route === 'review' ? undefined : getStep(state.route);
	return (
		<Frame
			route={state.route}
			title={step?.title ?? (state.route === 'start' ? 'Start' : 'Review and create')}
			{...(step ? {intro: step.intro} : {})}
			problemCounts={problemCountsByStep(problems)}
			connection={state.connection}
			{...(sandbox ? {sandbox} : {})}
			columns={columns}
			rows={rows}
			scope={scope}
			{...(help ? {help} : {})}
		>
			{screen}
		</Frame>
	);
}
