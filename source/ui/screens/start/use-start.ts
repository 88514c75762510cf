// The start screen's keys: move, choose a line, and the pickers and endpoint field it opens.
import type {Dispatch} from 'react';
import type {StartLine, StartLineId} from '../../../wizard/start-lines.js';
import {useKeys} from '../../keys/key-router.js';
import {actionFor} from '../../keys/keybindings.js';
import type {StartAction, StartState} from './use-start-state.js';

export type StartKeys = {
	state: StartState;
	cursor: number;
	dispatch: Dispatch<StartAction>;
	lines: StartLine[];
	pickerCount: number;
	onChoose: (line: StartLine) => void;
	/** n and r: a new stage or the draft, wherever the cursor is. */
	onChooseLine: (id: StartLineId) => void;
	onPick: (index: number) => void;
	onEndpoint: (value: string) => void;
	onQuit: () => void;
};

export function useStart({state, cursor, dispatch, lines, pickerCount, onChoose, onChooseLine, onPick, onEndpoint, onQuit}: StartKeys): void {
	const scope = state.picker ? 'picker' : state.endpoint === undefined ? 'start' : 'endpoint';
	useKeys(
		(input, key) => {
			const action = actionFor(scope, input, key);
			if (scope === 'picker') {
				if (action === 'up' || action === 'down') {
					dispatch({type: 'pickerMoved', by: action === 'up' ? -1 : 1, count: pickerCount});
				} else if (action === 'choose' && state.picker) {
					onPick(state.picker.cursor);
				} else if (action === 'cancel') {
					dispatch({type: 'closed'});
				}

				return;
			}

			if (scope === 'endpoint') {
				if (action === 'choose') {
					onEndpoint(state.endpoint ?? '');
				} else if (action === 'cancel') {
					dispatch({type: 'closed'});
				}

				return;
			}

			if (action === 'up' || action === 'down') {
				dispatch({type: 'moved', from: cursor, by: action === 'up' ? -1 : 1, count: lines.length});
			} else if (action === 'choose') {
				const line = lines[cursor];
				if (line) {
					onChoose(line);
				}
			} else if (action === 'newStage') {
				onChooseLine('new');
			} else if (action === 'resumeDraft') {
				onChooseLine('draft');
			} else if (action === 'yourStages') {
				onChooseLine('stages');
			} else if (action === 'quit') {
				onQuit();
			}
		},
	);
}
