// Runs the after-creation flow (wizard/flows/after-creation.ts) once the response arrives; with an
// explicit --output the wizard ends there, so the formatted output can follow it.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import {afterCreation} from '../../wizard/flows/after-creation.js';
import type {WizardOutcome} from '../../wizard/outcome.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import type {DraftKeeper} from './use-draft-autosave.js';
import {useLatest} from './use-latest.js';

export function useAfterCreation(options: {
	state: WizardState;
	store: PresetStore;
	draft: DraftKeeper;
	savePreset?: string | undefined;
	presetName?: string | undefined;
	explicitOutput: boolean;
	notices: string[];
	onExit: (outcome: WizardOutcome) => void;
}): void {
	const done = useRef(false);
	const response = options.state.creation.status === 'created' ? options.state.creation.response : undefined;
	// Runs once, when the response arrives, with everything as it is then.
	const latest = useLatest(options);
	useEffect(() => {
		if (!response || done.current) {
			return;
		}

		done.current = true;
		const {state, store, draft, savePreset, presetName, explicitOutput, notices, onExit} = latest.current;
		const adoption = state.creation.status === 'created' ? state.creation.adoption : undefined;
		void afterCreation({state, store, ownsDraft: draft.owns(), savePreset, presetName, adoption}).then(found => {
			notices.push(...found);
			if (explicitOutput) {
				onExit({kind: 'created', response, connection: state.connection, notices});
			}
		});
	}, [response, latest]);
}
