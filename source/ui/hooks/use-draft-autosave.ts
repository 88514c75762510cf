// The draft (wizard/draft.ts), saved at every step change once the user has begun, and no more
// once the stage exists.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import {saveDraft} from '../../wizard/draft.js';
import type {WizardState} from '../../wizard/wizard-state.js';

export function useDraftAutosave(state: WizardState, store: PresetStore, sandbox: boolean, onProblem: (message: string) => void): void {
	const latest = useRef(state);
	latest.current = state;
	const started = state.origin !== undefined;
	const finished = state.creation.status === 'created';
	useEffect(() => {
		if (!started || finished) {
			return;
		}

		const problem = saveDraft(store, latest.current, sandbox);
		if (problem) {
			onProblem(problem);
		}
		// Saved on step changes only: on every keystroke it would lock and rewrite the file each time.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [state.route, started, finished]);
}
