// Once the stage exists: the draft goes (if it was this run's: it has served), the preset it came
// from is marked used, --save-preset saves, and with an explicit --output the wizard ends here so
// the formatted output can follow it.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import type {WizardOutcome} from '../../wizard/outcome.js';
import {presetToSave, presetUsed} from '../../wizard/preset-to-save.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import type {DraftKeeper} from './use-draft-autosave.js';

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
	const {state, store, draft, savePreset, presetName, explicitOutput, notices, onExit} = options;
	const done = useRef(false);
	const response = state.creation.status === 'created' ? state.creation.response : undefined;
	useEffect(() => {
		if (!response || done.current) {
			return;
		}

		done.current = true;
		try {
			if (draft.owns()) {
				store.clearDraft();
			}
		} catch (error) {
			notices.push(`Could not clear the draft: ${(error as Error).message}`);
		}

		const used = presetUsed(state, presetName);
		if (used) {
			try {
				store.markPresetUsed(used);
			} catch {
				// Only the order of the start screen's list depends on it; the stage exists.
			}
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
