// The review screen's own state: how far it is scrolled, the open prompt, the last notice.
import {useReducer} from 'react';

export type ReviewState = {scroll: number; contentHeight: number; prompt?: 'save-preset'; notice?: string};

export type ReviewAction =
	| {type: 'scrolled'; by: number; viewHeight: number}
	| {type: 'measured'; contentHeight: number}
	| {type: 'promptOpened'}
	| {type: 'promptClosed'; notice?: string}
	| {type: 'noticed'; notice: string};

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
	switch (action.type) {
		case 'scrolled': {
			const max = Math.max(0, state.contentHeight - (action.viewHeight - 1));
			return {...state, scroll: Math.min(Math.max(0, state.scroll + action.by), max)};
		}

		case 'measured': {
			return {...state, contentHeight: action.contentHeight};
		}

		case 'promptOpened': {
			return {...state, prompt: 'save-preset'};
		}

		case 'promptClosed': {
			const {prompt: _prompt, ...rest} = state;
			return action.notice ? {...rest, notice: action.notice} : rest;
		}

		case 'noticed': {
			return {...state, notice: action.notice};
		}
	}
}

export function useReviewState() {
	return useReducer(reviewReducer, {scroll: 0, contentHeight: 0});
}
