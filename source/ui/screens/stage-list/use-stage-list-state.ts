// The stage list's state after a batch: which stage is selected, and which one's table is open.
import {useReducer} from 'react';

export type StageListState = {selected: number; open: number | undefined};

export type StageListAction =
	| {type: 'selectPrevious'}
	| {type: 'selectNext'; count: number}
	| {type: 'opened'}
	| {type: 'closed'};

export function stageListReducer(state: StageListState, action: StageListAction): StageListState {
	switch (action.type) {
		case 'selectPrevious': {
			return {...state, selected: Math.max(0, state.selected - 1)};
		}

		case 'selectNext': {
			return {...state, selected: Math.min(action.count - 1, state.selected + 1)};
		}

		case 'opened': {
			return {...state, open: state.selected};
		}

		case 'closed': {
			return {...state, open: undefined};
		}
	}
}

export function useStageListState() {
	return useReducer(stageListReducer, {selected: 0, open: undefined});
}
