// The stages screen's state: the region's stages as last read, the filter, the selection (by ARN,
// so it survives filtering and a fresh read), the stage whose table is open, and the question
// before a delete. A reducer with named actions and no I/O: the hooks read, delete and copy.
import {useReducer} from 'react';
import type {StageOverview} from '../../../stages/stage-overview.js';

export type StagesNotice = {tone: 'info' | 'success' | 'error'; text: string};

export type StagesState = {
	/** Undefined until the first read. */
	stages: StageOverview[] | undefined;
	/** Counts read so far, by ARN; a stage missing here shows "…". */
	counted: ReadonlySet<string>;
	loading: boolean;
	filter: string;
	filtering: boolean;
	selectedArn: string | undefined;
	/** The stage whose live table is open; addToken opens it on the participant editor. */
	open: {stage: StageOverview; addToken: boolean} | undefined;
	/** Asking whether to delete this stage. */
	confirm: StageOverview | undefined;
	deleting: string | undefined;
	help: boolean;
	notice: StagesNotice | undefined;
	/** Bumped to read the stages again. */
	generation: number;
};

export type StagesAction =
	| {type: 'loading'}
	| {type: 'loaded'; stages: StageOverview[]}
	| {type: 'counted'; arn: string; count: number}
	| {type: 'load-failed'; message: string}
	| {type: 'refresh'}
	| {type: 'filter-changed'; filter: string}
	| {type: 'filter-opened'}
	| {type: 'filter-closed'; clear: boolean}
	| {type: 'select-previous'}
	| {type: 'select-next'}
	| {type: 'opened'; addToken: boolean}
	| {type: 'closed'}
	| {type: 'delete-asked'}
	| {type: 'delete-answered'; yes: boolean}
	| {type: 'deleted'; arn: string}
	| {type: 'delete-failed'; message: string}
	| {type: 'toggle-help'}
	| {type: 'noticed'; notice: StagesNotice};

export function initialStagesState(): StagesState {
	return {
		stages: undefined,
		counted: new Set(),
		loading: true,
		filter: '',
		filtering: false,
		selectedArn: undefined,
		open: undefined,
		confirm: undefined,
		deleting: undefined,
		help: false,
		notice: undefined,
		generation: 0,
	};
}

/** Whether a stage shows under the filter: part of its name, ARN, session or a tag, any case. */
export function matchesFilter(stage: StageOverview, filter: string): boolean {
	const wanted = filter.trim().toLowerCase();
	if (wanted === '') {
		return true;
	}

	const haystack = [stage.name, stage.arn, stage.activeSessionId ?? '', ...Object.entries(stage.tags).map(([key, value]) => `${key}=${value}`)];
	return haystack.some(text => text.toLowerCase().includes(wanted));
}

export function visibleStages(state: Pick<StagesState, 'stages' | 'filter'>): StageOverview[] {
	return (state.stages ?? []).filter(stage => matchesFilter(stage, state.filter));
}

/** Where the selection is among the stages shown: the selected ARN's place, else the first. */
export function selectedIndex(state: StagesState): number {
	const index = visibleStages(state).findIndex(stage => stage.arn === state.selectedArn);
	return Math.max(0, index);
}

export function selectedStage(state: StagesState): StageOverview | undefined {
	return visibleStages(state)[selectedIndex(state)];
}

function moved(state: StagesState, by: number): StagesState {
	const visible = visibleStages(state);
	const next = visible[Math.min(visible.length - 1, Math.max(0, selectedIndex(state) + by))];
	return next ? {...state, selectedArn: next.arn} : state;
}

export function stagesReducer(state: StagesState, action: StagesAction): StagesState {
	switch (action.type) {
		case 'loading': {
			return {...state, loading: true};
		}

		case 'loaded': {
			return {...state, loading: false, stages: action.stages, counted: new Set()};
		}

		case 'counted': {
			const stages = state.stages?.map(stage => (stage.arn === action.arn ? {...stage, participantsConnected: action.count} : stage));
			return {...state, stages, counted: new Set(state.counted).add(action.arn)};
		}

		case 'load-failed': {
			return {...state, loading: false, notice: {tone: 'error', text: action.message}};
		}

		case 'refresh': {
			return {...state, generation: state.generation + 1, notice: undefined};
		}

		case 'filter-changed': {
			return {...state, filter: action.filter};
		}

		case 'filter-opened': {
			return {...state, filtering: true};
		}

		case 'filter-closed': {
			return {...state, filtering: false, ...(action.clear ? {filter: ''} : {})};
		}

		case 'select-previous': {
			return moved(state, -1);
		}

		case 'select-next': {
			return moved(state, 1);
		}

		case 'opened': {
			const stage = selectedStage(state);
			return stage ? {...state, open: {stage, addToken: action.addToken}, notice: undefined} : state;
		}

		case 'closed': {
			// The table may have changed who is there: the list is read again on the way back.
			return {...state, open: undefined, generation: state.generation + 1};
		}

		case 'delete-asked': {
			const stage = selectedStage(state);
			return stage && !state.deleting ? {...state, confirm: stage, notice: undefined} : state;
		}

		case 'delete-answered': {
			if (!state.confirm) {
				return state;
			}

			return action.yes
				? {...state, confirm: undefined, deleting: state.confirm.arn, notice: {tone: 'info', text: `Deleting ${state.confirm.name || state.confirm.arn}…`}}
				: {...state, confirm: undefined};
		}

		case 'deleted': {
			const gone = state.stages?.find(stage => stage.arn === action.arn);
			return {
				...state,
				deleting: undefined,
				stages: state.stages?.filter(stage => stage.arn !== action.arn),
				notice: {tone: 'success', text: `Deleted stage ${gone?.name ? `${gone.name} ` : ''}(${action.arn})`},
			};
		}

		case 'delete-failed': {
			return {...state, deleting: undefined, notice: {tone: 'error', text: action.message}};
		}

		case 'toggle-help': {
			return {...state, help: !state.help};
		}

		case 'noticed': {
			return {...state, notice: action.notice};
		}
	}
}

export function useStagesState() {
	return useReducer(stagesReducer, undefined, initialStagesState);
}
