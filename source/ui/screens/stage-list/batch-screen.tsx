// What follows a batch in the wizard: the stage list, or one stage's live table opened from it
// (Esc there comes back to the list). Quitting from either ends the run with the whole batch.
import React from 'react';
import type {Services} from '../../../ivs/services.js';
import type {PresetStore} from '../../../presets/store.js';
import type {CreateStageRequest} from '../../../stage/request.js';
import type {LiveTableExit} from '../../../wizard/outcome.js';
import type {BatchCreation, Connection} from '../../../wizard/wizard-state.js';
import {LiveScreen} from '../live/live-screen.js';
import {StageList} from './stage-list.js';
import {useJoinedCounts} from './use-joined-counts.js';
import {useStageListState} from './use-stage-list-state.js';

export type BatchScreenProps = {
	batch: BatchCreation;
	request: CreateStageRequest;
	connection: Connection;
	sandbox: boolean;
	services: Services;
	store: PresetStore;
	revealTokens: boolean;
	color: boolean;
	width: number;
	height: number;
	now?: () => number;
	/** `json` prints {"results"} as --output json would; `interrupt` is Ctrl+C in a stage's table. */
	onExit: (reason: LiveTableExit['reason']) => void;
};

export function BatchScreen({batch, request, connection, sandbox, services, store, revealTokens, color, width, height, now, onExit}: BatchScreenProps) {
	const [state, dispatch] = useStageListState();
	const open = state.open === undefined ? undefined : batch.results[state.open];
	const joined = useJoinedCounts(services, connection, batch.results, open === undefined);
	if (open) {
		return (
			<LiveScreen
				// A fresh table for each stage opened.
				key={open.stage?.arn}
				response={open}
				request={request}
				connection={connection}
				sandbox={sandbox}
				services={services}
				store={store}
				revealTokens={revealTokens}
				color={color}
				{...(now ? {now} : {})}
				onExit={table => {
					onExit(table.reason);
				}}
				onBack={() => {
					dispatch({type: 'closed'});
				}}
			/>
		);
	}

	return <StageList batch={batch} state={state} dispatch={dispatch} joined={joined} sandbox={sandbox} width={width} height={height} isActive onExit={onExit} />;
}
