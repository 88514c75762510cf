// Start: a new stage, the unfinished draft, or one of the presets, listed here most recently used
// first with the cursor on the first (Enter on it goes straight to review, filled in); and where
// the stage goes (profile, region, endpoint), which can be changed here before anything is sent.
// When the draft was going somewhere else than this run, the menu says so under it, and resuming
// asks which place (wizard/draft-place.ts).
import {useEffect} from 'react';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {regionChoices, type AwsConfig} from '../../../ivs/aws-config.js';
import {safeText} from '../../../output/safe-text.js';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest} from '../../../stage/request.js';
import {draftPlaceConflict, placeChoices, placeConflictLine, type PlaceConflict} from '../../../wizard/draft-place.js';
import {draftStart, presetStart, type StartChoice} from '../../../wizard/start-choice.js';
import {defaultStartLine, startLines, type StartLine} from '../../../wizard/start-lines.js';
import {describeWhere} from '../../../wizard/summary.js';
import {columnsOf, padToColumns} from '../../../wizard/text-columns.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {listWindow} from '../../components/list-window.js';
import {ProblemLines} from '../../components/problem-lines.js';
import {TextField} from '../../components/text-field/text-field.js';
import {KeyScope} from '../../keys/key-router.js';
import {useTheme} from '../../theme.js';
import {useAwsConfig} from './use-aws-config.js';
import {useSavedWork} from './use-saved-work.js';
import {useStartState, type PickerKind} from './use-start-state.js';
import {useStart} from './use-start.js';

export type StartProps = {
	request: CreateStageRequest;
	/** Back from the steps (Esc): the request is what was typed there, not only the command line's. */
	returned?: boolean;
	connection: Connection;
	/** The command line named where the stage goes: that place is the default over a draft's. */
	placeNamed: boolean;
	sandbox: boolean;
	/** The sandbox's emulator, shown as where the stage goes (there is nothing to choose there). */
	sandboxUrl?: string;
	store: PresetStore;
	loadAwsConfig: () => Promise<AwsConfig>;
	height: number;
	onStart: (choice: StartChoice) => void;
	onConnection: (connection: Connection) => void;
	/** `Your stages` (s): the stages screen; without it the line is not offered. */
	onStages?: () => void;
	onQuit: () => void;
};

type PickerItem = {label: string; detail?: string | undefined};

function pickerItems(kind: PickerKind, config: AwsConfig | undefined, connection: Connection, conflict: PlaceConflict | undefined): PickerItem[] {
	switch (kind) {
		case 'place': {
			return conflict ? placeChoices(conflict).map(choice => ({label: choice.label, detail: choice.detail})) : [];
		}

		case 'profile': {
			const profiles = config && config.profiles.length > 0 ? config.profiles : ['default'];
			return profiles.map(profile => ({label: profile, detail: config?.regionOf[profile]}));
		}

		case 'region': {
			return regionChoices(config, connection.region).map(region => ({label: region}));
		}
	}
}

export function Start({request, returned, connection, placeNamed, sandbox, sandboxUrl, store, loadAwsConfig, height, onStart, onConnection, onStages, onQuit}: StartProps) {
	const theme = useTheme();
	const work = useSavedWork(store);
	const config = useAwsConfig(loadAwsConfig);
	const lines = startLines({request, returned, presets: work.presets, draft: work.draft, connection, sandbox, listPresets: true, yourStages: onStages !== undefined});
	const [state, dispatch] = useStartState();
	// No region from the command line or the environment: the profile's own, as the SDK would use it.
	const profileRegion = config?.regionOf[connection.profile ?? 'default'];
	useEffect(() => {
		if (!sandbox && !connection.region && profileRegion) {
			onConnection({region: profileRegion});
		}
	}, [sandbox, connection.region, profileRegion, onConnection]);
	// Until the user moves: back from the steps with no region (the review sends its 0 here), the
	// Region line; else the most recently used preset, or else the draft (defaultStartLine).
	const regionLine = returned && !sandbox && !connection.region ? lines.findIndex(line => line.id === 'region') : -1;
	const cursor = Math.min(state.cursor ?? (regionLine === -1 ? defaultStartLine(lines, request) : regionLine), lines.length - 1);
	const conflict = work.draft ? draftPlaceConflict(work.draft, connection, {sandbox, named: placeNamed}) : undefined;
	const items = state.picker ? pickerItems(state.picker.kind, config, connection, conflict) : [];

	const choose = (line: StartLine) => {
		switch (line.id) {
			case 'new': {
				onStart({request, origin: {kind: 'new'}});
				break;
			}

			case 'draft': {
				if (work.draft && conflict && !sandbox) {
					// Never moved silently: the user picks, the preferred place under the cursor.
					dispatch({type: 'pickerOpened', kind: 'place', cursor: conflict.preferred === 'run' ? 0 : 1});
				} else if (work.draft) {
					// In the sandbox this run's place is the only one the sandbox's keys can reach.
					onStart(draftStart(work.draft, sandbox, conflict ? 'run' : 'draft'));
				}

				break;
			}

			case 'preset': {
				// Everything is filled in: review shows it all, and Enter there creates the stage.
				if (line.preset) {
					onStart({...presetStart(line.preset, request, sandbox), route: 'review'});
				}

				break;
			}

			case 'stages': {
				onStages?.();
				break;
			}

			case 'profile':
			case 'region': {
				const current = line.id === 'profile' ? connection.profile ?? 'default' : connection.region;
				const found = pickerItems(line.id, config, connection, conflict).findIndex(item => item.label === current);
				dispatch({type: 'pickerOpened', kind: line.id, cursor: Math.max(0, found)});
				break;
			}

			case 'endpoint': {
				dispatch({type: 'endpointOpened', value: connection.endpointUrl ?? ''});
				break;
			}
		}
	};

	useStart({
		state,
		cursor,
		dispatch,
		lines,
		pickerCount: items.length,
		onChoose: choose,
		onChooseLine(id) {
			const line = lines.find(candidate => candidate.id === id);
			if (line) {
				choose(line);
			}
		},
		onPick(index) {
			const kind = state.picker?.kind;
			const item = items[index];
			dispatch({type: 'closed'});
			if (!item) {
				return;
			}

			if (kind === 'place') {
				if (work.draft) {
					onStart(draftStart(work.draft, sandbox, index === 0 ? 'run' : 'draft'));
				}
			} else if (kind === 'profile') {
				const region = config?.regionOf[item.label];
				onConnection({profile: item.label, ...(region ? {region} : {})});
			} else if (kind === 'region') {
				onConnection({region: item.label});
			}
		},
		onEndpoint(value) {
			dispatch({type: 'closed'});
			onConnection({endpointUrl: value.trim() === '' ? undefined : value.trim()});
		},
		onQuit,
	});

	if (state.picker) {
		const title = {profile: 'Pick a profile', region: 'Pick a region', place: 'Resume your draft: where should the stage go?'}[state.picker.kind];
		const window = listWindow(items.length, state.picker.cursor, Math.max(3, height - 2));
		return (
			<KeyScope scope="picker">
				<Box flexDirection="column">
					<Text bold>{title}</Text>
					{state.picker.kind === 'place' && conflict ? <Text color={theme.warning}>{safeText(placeConflictLine(conflict, {asking: true}))}</Text> : null}
					{window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
					{items.slice(window.start, window.end).map((item, offset) => {
						const selected = window.start + offset === state.picker?.cursor;
						return (
							<Text key={item.label} wrap="truncate-end">
								<Text color={theme.accent}>{selected ? '› ' : '  '}</Text>
								<Text bold={selected}>{safeText(item.label)}</Text>
								{item.detail ? <Text color={theme.muted}> {safeText(item.detail)}</Text> : null}
							</Text>
						);
					})}
					{window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
				</Box>
			</KeyScope>
		);
	}

	// Presets beyond the room there is scroll with the cursor; every other line always shows.
	const presetIndexes = lines.flatMap((line, index) => (line.preset ? [index] : []));
	// The line about the draft's place wraps: up to three lines of an 80-column terminal.
	// In the sandbox, where the stage goes takes a blank line, a title and up to two lines.
	const otherLines = lines.length - presetIndexes.length + 4 + (conflict ? 3 : 0) + (sandbox ? 4 : 0);
	const window = listWindow(presetIndexes.length, Math.max(0, presetIndexes.indexOf(cursor)), Math.max(3, height - otherLines));
	const shownPresets = new Set(presetIndexes.slice(window.start, window.end));
	// Preset names in a column, so what each makes lines up (a very long name is not waited for).
	const nameWidth = Math.min(24, Math.max(0, ...presetIndexes.map(index => columnsOf(safeText(lines[index]!.label)))));
	const firstShown = presetIndexes[window.start];
	const lastShown = presetIndexes[window.end - 1];
	return (
		<KeyScope scope={state.endpoint === undefined ? 'start' : 'endpoint'}>
			<Box flexDirection="column">
				<Text bold>What would you like to do?</Text>
				{lines.map((line, index) => {
					if (line.preset && !shownPresets.has(index)) {
						return null;
					}

					const selected = index === cursor;
					const where = line.id === 'profile' || line.id === 'region' || line.id === 'endpoint';
					const shortcut = line.id === 'new' ? 'n' : line.id === 'draft' ? 'r' : line.id === 'stages' ? 's' : undefined;
					return (
						<Box key={line.preset ? `preset-${line.preset.name}` : line.id} flexDirection="column" marginTop={line.id === 'profile' ? 1 : 0}>
							{line.id === 'profile' ? <Text color={theme.muted}>Where the stage goes</Text> : null}
							{index === firstShown ? <Text color={theme.muted}>Presets, most recently used first</Text> : null}
							{index === firstShown && window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
							{line.id === 'endpoint' && state.endpoint !== undefined ? (
								// A text field lays itself out in a box (one row, see text-field.tsx), which Ink
								// allows beside text, not inside it.
								<Box>
									<Text>
										<Text color={theme.accent}>{selected ? '› ' : '  '}</Text>
										<Text bold={selected}>{padToColumns(line.label, 10)}</Text>
									</Text>
									<TextField
										focus
										value={state.endpoint}
										placeholder="https://… (empty: the region’s own)"
										onChange={value => {
											dispatch({type: 'endpointChanged', value});
										}}
									/>
								</Box>
							) : (
							<Text wrap="truncate-end">
								<Text color={theme.accent}>{selected ? '› ' : '  '}</Text>
								<Text bold={selected}>{where ? padToColumns(line.label, 10) : line.preset ? padToColumns(safeText(line.label), nameWidth) : safeText(line.label)}</Text>
								{line.detail ? (
									<Text color={where ? undefined : theme.muted}>
										{where ? '' : line.preset ? '  ' : ' — '}
										{safeText(line.detail)}
									</Text>
								) : null}
								{shortcut ? <Text color={theme.muted}>{`  (${shortcut})`}</Text> : null}
							</Text>
							)}
							{line.id === 'draft' && conflict ? (
								<Box marginLeft={4}>
									<Text color={theme.warning}>! {safeText(placeConflictLine(conflict))}</Text>
								</Box>
							) : null}
							{index === lastShown && window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
						</Box>
					);
				})}
				{sandbox ? (
					<Box marginTop={1} flexDirection="column">
						<Text color={theme.muted}>Where the stage goes</Text>
						<Box marginLeft={2}>
							<Text wrap="wrap">{safeText(describeWhere(connection, true, sandboxUrl))}</Text>
						</Box>
					</Box>
				) : null}
				{work.notices.length > 0 ? (
					<Box marginTop={1}>
						<ProblemLines problems={work.notices} />
					</Box>
				) : null}
			</Box>
		</KeyScope>
	);
}
