// Start: a new stage, one from a preset, or the unfinished draft; and where the stage goes
// (profile, region, endpoint), which can be changed here before anything is sent.
import React, {useEffect} from 'react';
import {Box, Text} from 'ink';
import {regionChoices, type AwsConfig} from '../../../ivs/aws-config.js';
import {safeText} from '../../../output/safe-text.js';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest} from '../../../stage/request.js';
import {draftStart, presetStart, type StartChoice} from '../../../wizard/start-choice.js';
import {startLines, type StartLine} from '../../../wizard/start-lines.js';
import {describeRequest} from '../../../wizard/summary.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {listWindow} from '../../components/list-window.js';
import {ProblemLines} from '../../components/problem-lines.js';
import {TextField} from '../../components/text-field/text-field.js';
import {useHoldKeys} from '../../input/key-router.js';
import {KeyScope} from '../../keys/key-scope.js';
import {useTheme} from '../../theme.js';
import {useAwsConfig} from './use-aws-config.js';
import {useSavedWork} from './use-saved-work.js';
import {useStartState} from './use-start-state.js';
import {useStart} from './use-start.js';

export type StartProps = {
	request: CreateStageRequest;
	connection: Connection;
	sandbox: boolean;
	store: PresetStore;
	loadAwsConfig: () => Promise<AwsConfig>;
	height: number;
	onStart: (choice: StartChoice) => void;
	onConnection: (connection: Connection) => void;
	onQuit: () => void;
};

type PickerItem = {label: string; detail?: string};

function pickerItems(kind: 'profile' | 'region' | 'preset', work: ReturnType<typeof useSavedWork>, config: AwsConfig | undefined, connection: Connection): PickerItem[] {
	switch (kind) {
		case 'preset': {
			return work.presets.map(preset => ({label: preset.name, detail: preset.description ?? describeRequest(preset.request)}));
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

export function Start({request, connection, sandbox, store, loadAwsConfig, height, onStart, onConnection, onQuit}: StartProps) {
	const theme = useTheme();
	const work = useSavedWork(store);
	const config = useAwsConfig(loadAwsConfig);
	const lines = startLines({request, presets: work.presets, draft: work.draft, connection, sandbox});
	const [state, dispatch] = useStartState();
	// Until the presets and the draft are read, Enter would choose from a menu without them.
	useHoldKeys(!work.loaded);
	// No region from the command line or the environment: the profile's own, as the SDK would use it.
	const profileRegion = config?.regionOf[connection.profile ?? 'default'];
	useEffect(() => {
		if (!sandbox && !connection.region && profileRegion) {
			onConnection({region: profileRegion});
		}
	}, [sandbox, connection.region, profileRegion, onConnection]);
	// Until the user moves, the cursor rests on the draft: Enter then resumes instead of overwriting it.
	const cursor = Math.min(state.cursor ?? Math.max(0, lines.findIndex(line => line.id === 'draft')), lines.length - 1);
	const items = state.picker ? pickerItems(state.picker.kind, work, config, connection) : [];

	const choose = (line: StartLine) => {
		switch (line.id) {
			case 'new': {
				onStart({request, origin: {kind: 'new'}});
				break;
			}

			case 'draft': {
				if (work.draft) {
					onStart(draftStart(work.draft, sandbox));
				}

				break;
			}

			case 'preset':
			case 'profile':
			case 'region': {
				const current = line.id === 'profile' ? connection.profile ?? 'default' : line.id === 'region' ? connection.region : undefined;
				const found = pickerItems(line.id, work, config, connection).findIndex(item => item.label === current);
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
		onPick(index) {
			const kind = state.picker?.kind;
			const item = items[index];
			dispatch({type: 'closed'});
			if (!item) {
				return;
			}

			if (kind === 'preset') {
				const preset = work.presets[index];
				if (preset) {
					onStart(presetStart(preset, request, sandbox));
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

	// The menu waits for the saved work, so the draft line and the cursor resting on it are there
	// from the first frame a key can act on (and the keys are listened to by then).
	if (!work.loaded) {
		return <Text color={theme.muted}>Reading your presets and draft…</Text>;
	}

	if (state.picker) {
		const title = {preset: 'Pick a preset', profile: 'Pick a profile', region: 'Pick a region'}[state.picker.kind];
		const window = listWindow(items.length, state.picker.cursor, Math.max(3, height - 2));
		return (
			<KeyScope scope="picker">
				<Box flexDirection="column">
					<Text bold>{title}</Text>
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

	return (
		<KeyScope scope={state.endpoint === undefined ? 'start' : 'endpoint'}>
			<Box flexDirection="column">
				<Text bold>What would you like to do?</Text>
				{lines.map((line, index) => {
					const selected = index === cursor;
					const separator = line.id === 'profile' ? <Text color={theme.muted}>Where the stage goes</Text> : null;
					return (
						<Box key={line.id} flexDirection="column" marginTop={line.id === 'profile' ? 1 : 0}>
							{separator}
							<Text wrap="truncate-end">
								<Text color={theme.accent}>{selected ? '› ' : '  '}</Text>
								<Text bold={selected}>{line.id === 'profile' || line.id === 'region' || line.id === 'endpoint' ? line.label.padEnd(10) : line.label}</Text>
								{line.id === 'endpoint' && state.endpoint !== undefined ? (
									<TextField
										focus
										value={state.endpoint}
										placeholder="https://… (empty: the region’s own)"
										onChange={value => {
											dispatch({type: 'endpointChanged', value});
										}}
									/>
								) : line.detail ? (
									<Text color={line.id === 'profile' || line.id === 'region' || line.id === 'endpoint' ? undefined : theme.muted}>
										{line.id === 'profile' || line.id === 'region' || line.id === 'endpoint' ? '' : ' — '}
										{safeText(line.detail)}
									</Text>
								) : null}
							</Text>
						</Box>
					);
				})}
				{work.notices.length > 0 ? (
					<Box marginTop={1}>
						<ProblemLines problems={work.notices} />
					</Box>
				) : null}
			</Box>
		</KeyScope>
	);
}
