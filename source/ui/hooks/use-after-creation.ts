// Once the stage exists: the draft goes (it has served), --save-preset saves, and with an explicit
// --output the wizard ends here so the formatted output can follow it.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import type {WizardOutcome} from '../../wizard/outcome.js';
import {presetToSave} from '../../wizard/preset-to-save.js';
import type {WizardState} from '../../wizard/wizard-state.js';

export function useAfterCreation(options: {
	state: WizardState;
	store: PresetStore;
	savePreset?: string;
	explicitOutput: boolean;
	notices: string[];
	onExit: (outcome: WizardOutcome) => void;
}): void {
	const {state, store, savePreset, explicitOutput, notices, onExit} = options;
	const done = useRef(false);
	const response = state.creation.status === 'created' ? state.creation.response : undefined;
	useEffect(() => {
		if (!response || done.current) {
			return;
		}

		done.current = true;
		try {
			store.clearDraft();
		} catch (error) {
			notices.push(`Could not clear the draft: ${(error as Error).message}`);
		}

		if (savePreset) {
			try {
				store.savePreset(presetToSave(savePreset, state), {overwrite: true});
				notices.push(`Saved preset "${savePreset}".`);
			} catch (error) {
				notices.push(`Could not save preset "${savePreset}": ${(error as Error).message}`);
			}
		}

		if (explicitOutput) {
			onExit({kind: 'created', response, connection: state.connection, notices});
		}
		// Runs once, when the response arrives.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [response]);
}
