// Once the stage exists, the same in both front ends: the draft goes (when it is this run's: it
// has served), the preset the stage came from is marked used, and --save-preset saves. None of it
// may fail the run (the stage exists and its tokens are on screen): what goes wrong comes back as
// notices for the very end.
import type {PresetStore} from '../../presets/store.js';
import {presetToSave, presetUsed} from '../preset-to-save.js';
import type {WizardState} from '../wizard-state.js';

export type AfterCreationInput = {
	state: Pick<WizardState, 'origin' | 'request' | 'connection' | 'nameTemplate'> & {count?: number};
	store: Pick<PresetStore, 'clearDraft' | 'markPresetUsed' | 'savePreset'>;
	/** The stored draft is this run's (resumed, or saved by it); another run's is left alone. */
	ownsDraft: boolean;
	/** --save-preset's name. */
	savePreset: string | undefined;
	/** --preset: the preset the command line's request came from. */
	presetName: string | undefined;
	/** The line saying the stage was adopted after its answer was lost: it stays at the very end too. */
	adoption?: string | undefined;
};

/** Resolves with the notices to show at the end; never rejects. */
export async function afterCreation({state, store, ownsDraft, savePreset, presetName, adoption}: AfterCreationInput): Promise<string[]> {
	const notices: string[] = adoption ? [adoption] : [];
	if (ownsDraft) {
		try {
			store.clearDraft();
		} catch (error) {
			notices.push(`Could not clear the draft: ${(error as Error).message}`);
		}
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

	return notices;
}
