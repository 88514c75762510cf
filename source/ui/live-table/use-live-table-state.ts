// The live table's state: a reducer with named actions and nothing else. No I/O and no clock reads
// here — the hooks around it fetch, copy, write and tell it what happened, with the time.
import {useReducer} from 'react';
import type {ParticipantSummary, ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import type {CreateStageResponse} from '../../stage/request.js';
import {participantStates, withUnheldParticipants, type ParticipantStatus} from './participant-state.js';

export type Overlay = 'none' | 'details' | 'help' | 'editor';

export type Notice = {tone: 'info' | 'success' | 'error'; text: string};

/** A test-pattern publisher the table runs as a participant (`p`): joining, sending, or leaving. */
export type LocalPublish = 'starting' | 'publishing' | 'stopping';

export type PollStatus = {
	/** When the last poll succeeded (ms since the epoch). */
	lastUpdated: number | undefined;
	/** Consecutive failures since the last success. */
	failures: number;
	/** The last failure's one-line reason, until a poll succeeds again. */
	error: string | undefined;
	/** When the next attempt after a failure is due. */
	retryAt: number | undefined;
	/** The wait between polls while all is well: it grows while nothing changes. */
	everyMs: number | undefined;
};

export type LiveTableState = {
	tokens: ParticipantToken[];
	selected: number;
	overlay: Overlay;
	revealed: boolean;
	/** Keyed by tokenKey(); absent until the first successful poll. */
	statuses: Record<string, ParticipantStatus>;
	/** The last participants seen, kept so a token added later is matched without a new poll. */
	participants: ParticipantSummary[] | undefined;
	sessionId: string | undefined;
	poll: PollStatus;
	notice: Notice | undefined;
	creatingToken: boolean;
	exportPath: string | undefined;
	/** A stage made elsewhere: participants without a token held here get rows of their own. */
	showsUnheld: boolean;
	/** Keyed by tokenKey(): the rows this table publishes as (`p`); absent when it does not. */
	publishing: Record<string, LocalPublish>;
};

/** How a table starts besides its response: see LiveTableProps. */
export type LiveTableStart = {revealed?: boolean; notice?: Notice | undefined; showsUnheld?: boolean; openEditor?: boolean};

export type LiveTableAction =
	| {type: 'select-previous'}
	| {type: 'select-next'}
	| {type: 'open-details'}
	| {type: 'toggle-help'}
	| {type: 'open-editor'}
	| {type: 'close-overlay'}
	| {type: 'toggle-reveal'}
	| {type: 'poll-succeeded'; at: number; sessionId: string | undefined; participants: ParticipantSummary[]; everyMs: number}
	| {type: 'poll-failed'; message: string; retryAt: number}
	/** The wait between polls changed with no poll (back to the interval after a key). */
	| {type: 'poll-waits'; everyMs: number}
	| {type: 'token-requested'}
	| {type: 'token-created'; token: ParticipantToken}
	| {type: 'token-failed'; message: string}
	| {type: 'copying'; text: string}
	| {type: 'copied'; text: string}
	| {type: 'exported'; path: string}
	| {type: 'failed'; message: string}
	/** Said from outside the table: what the save-as-preset prompt over it did. */
	| {type: 'noticed'; notice: Notice}
	/** A row's publisher changed (undefined: it has stopped), with what to say about it. */
	| {type: 'publish-changed'; key: string; state: LocalPublish | undefined; notice?: Notice};

export function initialLiveTableState(response: CreateStageResponse, revealed = false, notice?: Notice, start: Omit<LiveTableStart, 'revealed' | 'notice'> = {}): LiveTableState {
	return {
		tokens: [...(response.participantTokens ?? [])],
		selected: 0,
		overlay: start.openEditor ? 'editor' : 'none',
		revealed,
		statuses: {},
		participants: undefined,
		sessionId: response.stage?.activeSessionId || undefined,
		poll: {lastUpdated: undefined, failures: 0, error: undefined, retryAt: undefined, everyMs: undefined},
		notice,
		creatingToken: false,
		exportPath: undefined,
		showsUnheld: start.showsUnheld ?? false,
		publishing: {},
	};
}

function sameStatuses(a: Record<string, ParticipantStatus>, b: Record<string, ParticipantStatus>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every(key => a[key] === b[key]);
}

/** New statuses, but the old object when nothing changed, so memoised rows stay put. */
function withStatuses(state: LiveTableState, tokens: ParticipantToken[], participants: ParticipantSummary[] | undefined): Record<string, ParticipantStatus> {
	if (!participants) {
		return state.statuses;
	}

	const next = participantStates(tokens, participants);
	return sameStatuses(next, state.statuses) ? state.statuses : next;
}

export function liveTableReducer(state: LiveTableState, action: LiveTableAction): LiveTableState {
	switch (action.type) {
		case 'select-previous': {
			return state.selected > 0 ? {...state, selected: state.selected - 1} : state;
		}

		case 'select-next': {
			return state.selected < state.tokens.length - 1 ? {...state, selected: state.selected + 1} : state;
		}

		case 'open-details': {
			return state.tokens.length > 0 ? {...state, overlay: 'details'} : state;
		}

		case 'toggle-help': {
			return {...state, overlay: state.overlay === 'help' ? 'none' : 'help'};
		}

		case 'open-editor': {
			return state.creatingToken ? state : {...state, overlay: 'editor', notice: undefined};
		}

		case 'close-overlay': {
			return state.overlay === 'none' ? state : {...state, overlay: 'none'};
		}

		case 'toggle-reveal': {
			return {...state, revealed: !state.revealed};
		}

		case 'poll-succeeded': {
			const tokens = state.showsUnheld ? withUnheldParticipants(state.tokens, action.participants) : state.tokens;
			return {
				...state,
				...(tokens.length === state.tokens.length ? {} : {tokens}),
				participants: action.participants,
				statuses: withStatuses(state, tokens, action.participants),
				sessionId: action.sessionId ?? state.sessionId,
				poll: {lastUpdated: action.at, failures: 0, error: undefined, retryAt: undefined, everyMs: action.everyMs},
			};
		}

		case 'poll-waits': {
			return state.poll.everyMs === action.everyMs ? state : {...state, poll: {...state.poll, everyMs: action.everyMs}};
		}

		case 'poll-failed': {
			return {
				...state,
				poll: {...state.poll, failures: state.poll.failures + 1, error: action.message, retryAt: action.retryAt},
			};
		}

		case 'token-requested': {
			return {...state, overlay: 'none', creatingToken: true, notice: {tone: 'info', text: 'Creating a participant token…'}};
		}

		case 'token-created': {
			const tokens = [...state.tokens, action.token];
			return {
				...state,
				tokens,
				// The new row is selected, so c and Enter act on what was just made.
				selected: tokens.length - 1,
				statuses: withStatuses(state, tokens, state.participants),
				creatingToken: false,
				notice: {tone: 'success', text: `Added a token for ${action.token.userId || action.token.participantId || 'a participant'}`},
			};
		}

		case 'token-failed': {
			return {...state, creatingToken: false, notice: {tone: 'error', text: action.message}};
		}

		case 'copying': {
			return {...state, notice: {tone: 'info', text: action.text}};
		}

		case 'copied': {
			return {...state, notice: {tone: 'success', text: action.text}};
		}

		case 'exported': {
			return {...state, exportPath: action.path, notice: {tone: 'success', text: `Tokens exported to ${action.path} (mode 0600)`}};
		}

		case 'failed': {
			return {...state, notice: {tone: 'error', text: action.message}};
		}

		case 'noticed': {
			return {...state, notice: action.notice};
		}

		case 'publish-changed': {
			const {[action.key]: _previous, ...others} = state.publishing;
			return {...state, publishing: action.state ? {...others, [action.key]: action.state} : others, ...(action.notice ? {notice: action.notice} : {})};
		}
	}
}

export function useLiveTableState(response: CreateStageResponse, revealed: boolean, notice?: Notice, start: Omit<LiveTableStart, 'revealed' | 'notice'> = {}) {
	return useReducer(liveTableReducer, undefined, () => initialLiveTableState(response, revealed, notice, start));
}
