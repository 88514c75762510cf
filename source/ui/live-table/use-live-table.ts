// Input wiring: keys come in through the wizard's key router (keys/key-router.tsx), are looked up
// in the table's scopes of the one key table, and become reducer actions or side effects (copy,
// export, CreateParticipantToken, exit). Side effects start here, in key handlers, never in render.
import {useCallback, useMemo, useRef, type Dispatch} from 'react';
import type {Key} from 'ink';
import type {ParticipantToken, ParticipantTokenConfiguration} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../../ivs/ivs-api.js';
import {safeText} from '../../output/safe-text.js';
import type {CreateStageResponse} from '../../stage/request.js';
import type {Clipboard} from '../../tokens/clipboard.js';
import {exportTokens, tokenExport} from '../../tokens/export-tokens.js';
import {errorLine} from '../../core/describe-error.js';
import type {LiveTableExit} from '../../wizard/outcome.js';
import {useLatest} from '../hooks/use-latest.js';
import {useKeys} from '../keys/key-router.js';
import {actionFor, type KeyContext, type LiveScope} from '../keys/keybindings.js';
import {tokenKey} from './participant-state.js';
import type {Publishers} from './use-publishers.js';
import type {LiveTableAction, LiveTableState, Overlay} from './use-live-table-state.js';

export type LiveTableInputOptions = {
	state: LiveTableState;
	dispatch: Dispatch<LiveTableAction>;
	response: CreateStageResponse;
	region: string;
	api: Pick<IvsApi, 'createParticipantToken'>;
	now: () => number;
	clipboard: Clipboard;
	exportDirectory: string;
	canAdd: boolean;
	onSavePreset: (() => void) | undefined;
	onExit: (result: LiveTableExit) => void;
	/** Esc with nothing open: back to where the table was opened from, with the response as it stands. */
	onBack?: ((response: CreateStageResponse) => void) | undefined;
	pollSoon: () => void;
	/** Any key at all: someone is looking, so polls come at the interval again. */
	onKey: () => void;
	/** `p`'s test-pattern publishers; every one is stopped before the table exits. */
	publishers: Publishers;
	isActive: boolean;
};

export type LiveTableControls = {
	keyContext: KeyContext;
	/** For the participant editor the router supplies. */
	editor: {onSubmit: (config: ParticipantTokenConfiguration) => void; onCancel: () => void};
};

/** The response as it stands now: the tokens added with `a` are part of what the user has. */
export function currentResponse(response: CreateStageResponse, state: LiveTableState): CreateStageResponse {
	return {...response, participantTokens: state.tokens};
}

/** The tokens made with `a` on this table: in the table, not in the response it opened with. */
function addedTokens(response: CreateStageResponse, state: LiveTableState): ParticipantToken[] {
	const opened = new Set((response.participantTokens ?? []).map(token => token.participantId));
	return state.tokens.filter(token => token.token && !opened.has(token.participantId));
}

/** Whose keys apply: the table's, a token's details, or the list of keys. */
export function liveScopeOf(overlay: Overlay): LiveScope {
	return overlay === 'details' ? 'live-details' : overlay === 'help' ? 'live-help' : 'live';
}

export function useLiveTable(options: LiveTableInputOptions): LiveTableControls {
	const {state, dispatch} = options;
	// Handlers read the latest props and state through this, so they never act on a stale frame.
	const latest = useLatest(options);
	const exited = useRef(false);

	const keyContext = useMemo<KeyContext>(
		() => ({revealed: state.revealed, canAdd: options.canAdd, canSave: options.onSavePreset !== undefined, canGoBack: options.onBack !== undefined}),
		[state.revealed, options.canAdd, options.onSavePreset, options.onBack],
	);

	const exit = useCallback((reason: LiveTableExit['reason']) => {
		if (exited.current) {
			return;
		}

		exited.current = true;
		const leave = () => {
			const {response, state, onExit} = latest.current;
			const added = addedTokens(response, state);
			onExit({reason, response: currentResponse(response, state), ...(added.length > 0 ? {added} : {}), ...(state.exportPath ? {exportPath: state.exportPath} : {})});
		};

		// A stream the table started ends before the table does: its WHIP sessions are deleted, so
		// the stage does not keep a participant nobody is behind.
		const stopping = latest.current.publishers.stopAll();
		if (stopping) {
			dispatch({type: 'noticed', notice: {tone: 'info', text: 'Stopping the test-pattern publishing before leaving…'}});
			void stopping.then(leave);
		} else {
			leave();
		}
	}, [dispatch, latest]);

	const copy = useCallback(async () => {
		const {state, clipboard} = latest.current;
		const token = state.tokens[state.selected];
		if (!token?.token) {
			dispatch({type: 'failed', message: 'This row has no token to copy'});
			return;
		}

		const who = safeText(token.userId || token.participantId || 'the participant');
		// Said at once: the system clipboard can take a moment, and the key must visibly have landed.
		dispatch({type: 'copying', text: `Copying the token for ${who}…`});
		try {
			await clipboard.write(token.token);
			dispatch({type: 'copied', text: `Copied the token for ${who}`});
		} catch (error) {
			dispatch({type: 'failed', message: `Could not copy the token: ${safeText((error as Error).message)}`});
		}
	}, [dispatch, latest]);

	const exportAll = useCallback(async () => {
		const {state, response, region, now, exportDirectory} = latest.current;
		try {
			const content = tokenExport({stageArn: response.stage?.arn, stageName: response.stage?.name, region, tokens: state.tokens, now: now()});
			const path = await exportTokens(exportDirectory, content);
			dispatch({type: 'exported', path});
		} catch (error) {
			dispatch({type: 'failed', message: `Could not export the tokens: ${safeText((error as Error).message)}`});
		}
	}, [dispatch, latest]);

	const onSubmit = useCallback((config: ParticipantTokenConfiguration) => {
		const {api, response, pollSoon} = latest.current;
		dispatch({type: 'token-requested'});
		void (async () => {
			try {
				const token = await api.createParticipantToken({stageArn: response.stage?.arn, ...config});
				dispatch({type: 'token-created', token});
				pollSoon();
			} catch (error) {
				dispatch({type: 'token-failed', message: `CreateParticipantToken failed: ${errorLine(error, 'CreateParticipantToken')}`});
			}
		})();
	}, [dispatch, latest]);

	const onCancel = useCallback(() => {
		dispatch({type: 'close-overlay'});
	}, [dispatch]);

	const onInput = useCallback(
		(input: string, key: Key) => {
			const {state, onSavePreset} = latest.current;
			if (state.overlay === 'editor') {
				// The editor owns the keyboard while it is open (its own scope, participant-form).
				return;
			}

			switch (actionFor(liveScopeOf(state.overlay), input, key, keyContext)) {
				case 'up': {
					dispatch({type: 'select-previous'});
					break;
				}

				case 'down': {
					dispatch({type: 'select-next'});
					break;
				}

				case 'details': {
					dispatch({type: 'open-details'});
					break;
				}

				case 'back': {
					if (state.overlay === 'none' && latest.current.onBack) {
						latest.current.onBack(currentResponse(latest.current.response, state));
					} else {
						dispatch({type: 'close-overlay'});
					}

					break;
				}

				case 'copy': {
					void copy();
					break;
				}

				case 'reveal': {
					dispatch({type: 'toggle-reveal'});
					break;
				}

				case 'add': {
					dispatch({type: 'open-editor'});
					break;
				}

				case 'export': {
					void exportAll();
					break;
				}

				case 'publish': {
					const token = state.tokens[state.selected];
					if (token) {
						latest.current.publishers.toggle(token, tokenKey(token, state.selected));
					}

					break;
				}

				case 'json': {
					exit('json');
					break;
				}

				case 'savePreset': {
					onSavePreset?.();
					break;
				}

				case 'help': {
					dispatch({type: 'toggle-help'});
					break;
				}

				case 'quit': {
					exit('quit');
					break;
				}

				// Ctrl+C has a handler of its own (below), active even when this one is not.
				default: {
					break;
				}
			}
		},
		[copy, dispatch, exit, exportAll, keyContext, latest],
	);
	// Off while the router puts something on top that owns the keyboard (its save-preset prompt).
	useKeys(onInput, {isActive: options.isActive});
	// Ctrl+C quits from anywhere, the editor and the router's prompt included, as it does in the
	// rest of the wizard; through exit, so an export path is not lost with the screen. Every key
	// comes here, so this is also where a key wakes the poller.
	useKeys((input, key) => {
		latest.current.onKey();
		if (actionFor('live', input, key, keyContext) === 'interrupt') {
			exit('interrupt');
		}
	});

	// The same object from frame to frame, so the editor is not re-rendered by the clock's tick.
	const editor = useMemo(() => ({onSubmit, onCancel}), [onSubmit, onCancel]);
	return {keyContext, editor};
}
