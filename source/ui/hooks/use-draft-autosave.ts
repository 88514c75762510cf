// The draft: saved at every step change, so no typed input is lost to Ctrl+C, a crash or a closed
// terminal. The sandbox's endpoint is a throwaway port and is not kept.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import type {WizardState} from '../../wizard/wizard-state.js';

export function saveDraft(store: PresetStore, state: WizardState, sandbox: boolean): string | undefined {
	try {
		const {profile, region, endpointUrl} = state.connection;
		const settings = sandbox ? undefined : {...(profile ? {profile} : {}), ...(region ? {region} : {}), ...(endpointUrl ? {endpointUrl} : {})};
		store.saveDraft({request: state.request, step: state.route, ...(settings && Object.keys(settings).length > 0 ? {settings} : {})});
		return undefined;
	} catch (error) {
		return `Could not save the draft: ${(error as Error).message}`;
	}
}

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
